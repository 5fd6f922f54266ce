// The kinds of question the window asks (a choice, yes/no, text, an amount, honours) and the
// shape of a question-table entry; the table itself is questions.ts.
import type { Lang } from '../i18n/lang.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import type { ContractKey } from '../roster/columns.js';
import { codeLabel } from '../i18n/code-labels.js';
import { formatFen } from '../base/money.js';
import { checkMessages, type CheckMessages } from './messages.js';
import type { Choice, Prompter } from './prompter.js';
import { fieldProblem, type Answers } from './relevance.js';
import { AMOUNT_UNDECIDED, type SituationId } from './situations.js';

export interface FlowContext {
  prompter: Prompter;
  lang: Lang;
  policy: Policy;
  year: number;
  /** Shows a line to the people at the window (the summary, refused answers); stderr in the CLI. */
  say(line: string): void;
}

/** The claim checklist: not a roster column itself; its choices set the claim columns (situations.ts). */
export const SITUATIONS_KEY = 'situations';
export type QuestionKey = ContractKey | typeof SITUATIONS_KEY;

export interface Question {
  key: QuestionKey;
  /** Whether the contract lets this key have an answer at all here; when not, an earlier answer is dropped. */
  applies?(answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>): boolean;
  /** Whether asking can still change the result; checked only before asking. */
  worthAsking?(answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>): boolean;
  /** The answer as a roster cell, or null for "not given". `current` is the earlier answer, offered as default. */
  ask(context: FlowContext, answers: Answers, current: string | undefined): Promise<string | null>;
}

export const FLAG_YES = 'yes';

export function choicesOf(field: CodeField, lang: Lang): Choice<string>[] {
  return loadVocabulary()
    .codesOf(field)
    .map((code) => ({ value: code, name: codeLabel(field, code, lang) }));
}

export function codeQuestion(key: ContractKey & CodeField, fallback: (answers: Answers) => string | undefined = () => undefined): Question['ask'] {
  return (context, answers, current) =>
    context.prompter.select({
      key,
      message: checkMessages(context.lang).question[key] ?? key,
      choices: choicesOf(key, context.lang),
      default: current ?? fallback(answers),
    });
}

export function yesNoQuestion(key: ContractKey): Question['ask'] {
  return async (context, _answers, current) => {
    const yes = await context.prompter.confirm({ key, message: checkMessages(context.lang).question[key] ?? key, default: current === FLAG_YES });
    return yes ? FLAG_YES : 'no';
  };
}

export function textQuestion(key: ContractKey, options: { hint?: (m: CheckMessages, context: FlowContext, answers: Answers) => string; fallback?: (answers: Answers, context: FlowContext) => string } = {}): Question['ask'] {
  return async (context, answers, current) => {
    const m = checkMessages(context.lang);
    const hint = options.hint?.(m, context, answers);
    const text = await context.prompter.input({
      key,
      message: hint ? m.withHint(m.question[key] ?? key, hint) : m.question[key] ?? key,
      default: current ?? options.fallback?.(answers, context),
      validate: (value) => fieldProblem(key, value, answers, context.year, context.policy, context.lang),
    });
    const trimmed = text.trim();
    return trimmed === '' ? null : trimmed;
  };
}

/** The policy's range for an amount column ("100–500 万元", "不低于 2000 元"), from the grant that reads it. */
function policyRange(key: ContractKey, policy: Policy, m: CheckMessages): string | null {
  const range = policy.grants.find((grant) => grant.claim === key && grant.range !== null)?.range;
  return range ? m.rangeText(formatFen(range.low), range.high === null ? null : formatFen(range.high)) : null;
}

/** An amount claim: yuan, or Enter for "entitled, amount not decided" (the column's 是). */
export function amountQuestion(key: ContractKey): Question['ask'] {
  return async (context, answers, current) => {
    const m = checkMessages(context.lang);
    const text = await context.prompter.input({
      key,
      message: m.withHint(m.question[key] ?? key, m.amountHint(policyRange(key, context.policy, m))),
      default: current === AMOUNT_UNDECIDED ? undefined : current,
      validate: (value) => fieldProblem(key, value, answers, context.year, context.policy, context.lang),
    });
    const trimmed = text.trim();
    return trimmed === '' ? AMOUNT_UNDECIDED : trimmed;
  };
}
