// The kinds of question the window asks (a choice, yes/no, text, an amount, honours), each made from
// a column's entry in the column table, and the shape of a question; the questions are questions.ts.
import type { Lang } from '../i18n/lang.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import type { AskDefault, ColumnQuestion, ColumnSpec } from '../policy/columns.js';
import type { ContractKey } from '../roster/columns.js';
import { codeLabel } from '../i18n/code-labels.js';
import { formatFen } from '../base/money.js';
import { checkMessages, type CheckMessages } from './messages.js';
import type { Choice, Prompter } from './prompter.js';
import { fieldProblem, type Answers } from './relevance.js';
import { AMOUNT_UNDECIDED, defaultGrantMonth, rewardedNewHonours, type SituationId } from './situations.js';

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

function choicesOf(field: CodeField, lang: Lang): Choice<string>[] {
  return loadVocabulary()
    .codesOf(field)
    .map((code) => ({ value: code, name: codeLabel(field, code, lang) }));
}

/** A column the questionnaire asks: its entry in the column table, with its question. */
export type AskedColumn = ColumnSpec & { readonly key: ContractKey; readonly ask: ColumnQuestion };

/** The answer a question offers when there is no earlier one. */
type Fallback = (answers: Answers, context: FlowContext) => string | undefined;

function questionText(column: AskedColumn, lang: Lang): string {
  return lang === 'en' ? column.ask.en : column.ask.zh;
}

function codeQuestion(column: AskedColumn, field: CodeField, fallback: Fallback): Question['ask'] {
  return (context, answers, current) =>
    context.prompter.select({
      key: column.key,
      message: questionText(column, context.lang),
      choices: choicesOf(field, context.lang),
      default: current ?? fallback(answers, context),
    });
}

function yesNoQuestion(column: AskedColumn): Question['ask'] {
  return async (context, _answers, current) => {
    const yes = await context.prompter.confirm({ key: column.key, message: questionText(column, context.lang), default: current === FLAG_YES });
    return yes ? FLAG_YES : 'no';
  };
}

/** The hint of a typed answer: the column's own, or its kind's (the rent's names the county's rate, which a blank takes). */
function hintOf(column: AskedColumn, m: CheckMessages, context: FlowContext, answers: Answers): string | undefined {
  if (column.ask.hint) return context.lang === 'en' ? column.ask.hint.en : column.ask.hint.zh;
  switch (column.kind) {
    case 'yuan': return m.salaryHint;
    case 'share': return m.shareHint;
    case 'month': return m.monthHint;
    case 'rent': {
      const rate = answers.county ? context.policy.rentRates[answers.county as keyof Policy['rentRates']] : null;
      return m.rentHint(rate ? rate.text : null);
    }
    default: return undefined;
  }
}

function textQuestion(column: AskedColumn, fallback: Fallback): Question['ask'] {
  const { key } = column;
  return async (context, answers, current) => {
    const m = checkMessages(context.lang);
    const hint = hintOf(column, m, context, answers);
    const question = questionText(column, context.lang);
    const text = await context.prompter.input({
      key,
      message: hint ? m.withHint(question, hint) : question,
      default: current ?? fallback(answers, context),
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
function amountQuestion(column: AskedColumn): Question['ask'] {
  const { key } = column;
  return async (context, answers, current) => {
    const m = checkMessages(context.lang);
    const text = await context.prompter.input({
      key,
      message: m.withHint(questionText(column, context.lang), m.amountHint(policyRange(key, context.policy, m))),
      default: current === AMOUNT_UNDECIDED ? undefined : current,
      validate: (value) => fieldProblem(key, value, answers, context.year, context.policy, context.lang),
    });
    const trimmed = text.trim();
    return trimmed === '' ? AMOUNT_UNDECIDED : trimmed;
  };
}

/** Honours, several or none; `offered` are the codes shown. */
function honoursQuestion(column: AskedColumn, offered: (answers: Answers, context: FlowContext) => readonly string[]): Question['ask'] {
  return async (context, answers, current) => {
    const codes = await context.prompter.checkbox({
      key: column.key,
      message: questionText(column, context.lang),
      choices: offered(answers, context).map((code) => ({ value: code, name: codeLabel('honors', code, context.lang) })),
      checked: current ? current.split(';') : [],
    });
    return codes.length === 0 ? null : codes.join(';');
  };
}

function fallbackOf(offered: AskDefault | undefined): Fallback {
  if (offered === undefined) return () => undefined;
  if ('code' in offered) return () => offered.code;
  if ('month' in offered) return offered.month === 'year_start' ? (_answers, context) => `${context.year}-01` : (answers, context) => defaultGrantMonth(answers, context.year, context.policy);
  return (answers) => {
    const value = answers[offered.from as ContractKey];
    return value !== undefined && (offered.in === undefined || offered.in.includes(value)) ? value : offered.else;
  };
}

/** How a column is asked, by its kind. */
export function askOf(column: AskedColumn): Question['ask'] {
  const fallback = fallbackOf(column.ask.default);
  switch (column.kind) {
    case 'code': return codeQuestion(column, column.field!, fallback);
    case 'yes_no': return yesNoQuestion(column);
    case 'amount_claim': return amountQuestion(column);
    case 'honors':
      return honoursQuestion(column, column.ask.rewarding
        ? (answers, context) => rewardedNewHonours(answers, context.year, context.policy)
        : () => loadVocabulary().codesOf(column.field!));
    case 'id': throw new Error(`the questionnaire cannot ask ${column.key}: an id is made for a walk-in`);
    default: return textQuestion(column, fallback);
  }
}
