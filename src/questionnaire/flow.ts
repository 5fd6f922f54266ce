// The window questionnaire: pure logic over a Prompter. It asks, in the policy's own words, only
// what can still change the result, shows a summary with the chance to change any answer, and
// hands back the same answers object `rencai check --answers` takes (roster keys, string values),
// validated by the same parsePersonAnswers — so the window and a batch can never disagree.
import type { Person } from '../engine/types.js';
import type { Lang } from '../i18n/reasons.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { parsePersonAnswers } from '../roster/person.js';
import type { ContractKey } from '../roster/columns.js';
import { codeLabel } from '../i18n/code-labels.js';
import { checkMessages, type CheckMessages } from './messages.js';
import type { Choice, Prompter } from './prompter.js';
import { canChangeResult, fieldProblem, hasItem, honourTier, type Answers } from './relevance.js';

export type { Answers } from './relevance.js';

export interface FlowContext {
  prompter: Prompter;
  lang: Lang;
  policy: Policy;
  year: number;
  /** Shows a line to the people at the window (the summary, refused answers); stderr in the CLI. */
  say(line: string): void;
}

interface Question {
  key: ContractKey;
  /** Whether the contract lets this key have an answer at all here; when not, an earlier answer is dropped. */
  applies?(answers: Answers, context: FlowContext): boolean;
  /** Whether asking can still change the result; checked only before asking. */
  worthAsking?(answers: Answers, context: FlowContext): boolean;
  /** The answer as a roster cell, or null for "not given". `current` is the earlier answer, offered as default. */
  ask(context: FlowContext, answers: Answers, current: string | undefined): Promise<string | null>;
}

const FLAG_YES = 'yes';

function choicesOf(field: CodeField, lang: Lang): Choice<string>[] {
  return loadVocabulary()
    .codesOf(field)
    .map((code) => ({ value: code, name: codeLabel(field, code, lang) }));
}

function codeQuestion(key: ContractKey & CodeField, fallback: (answers: Answers) => string | undefined = () => undefined): Question['ask'] {
  return (context, answers, current) =>
    context.prompter.select({
      key,
      message: checkMessages(context.lang).question[key] ?? key,
      choices: choicesOf(key, context.lang),
      default: current ?? fallback(answers),
    });
}

function yesNoQuestion(key: ContractKey): Question['ask'] {
  return async (context, _answers, current) => {
    const yes = await context.prompter.confirm({ key, message: checkMessages(context.lang).question[key] ?? key, default: current === FLAG_YES });
    return yes ? FLAG_YES : 'no';
  };
}

function textQuestion(key: ContractKey, options: { hint?: (m: CheckMessages, context: FlowContext, answers: Answers) => string; fallback?: (answers: Answers, context: FlowContext) => string } = {}): Question['ask'] {
  return async (context, answers, current) => {
    const m = checkMessages(context.lang);
    const hint = options.hint?.(m, context, answers);
    const text = await context.prompter.input({
      key,
      message: hint ? `${m.question[key] ?? key}（${hint}）` : m.question[key] ?? key,
      default: current ?? options.fallback?.(answers, context),
      validate: (value) => fieldProblem(key, value, answers, context.year),
    });
    const trimmed = text.trim();
    return trimmed === '' ? null : trimmed;
  };
}

const atTownshipOrBelow = (answers: Answers) => answers.work_level === 'township' || answers.work_level === 'village';
const enterprise = (answers: Answers) => answers.employer_type === 'soe' || answers.employer_type === 'private';
const DEGREE_OF_EDUCATION = new Set(['bachelor', 'master', 'doctor']);
const worth = (key: 'education' | 'degree' | 'title' | 'skill' | 'housing_reform') => (answers: Answers, context: FlowContext) =>
  canChangeResult(key, answers, context.year, context.policy);

/** In the order they are asked: who, how they came, where they work, what they hold, money, dates. */
export const QUESTIONS: readonly Question[] = [
  { key: 'name', ask: textQuestion('name') },
  { key: 'id', ask: textQuestion('id', { fallback: (answers) => answers.name ?? '1' }) },
  {
    key: 'honors',
    async ask(context, _answers, current) {
      const codes = await context.prompter.checkbox({
        key: 'honors',
        message: checkMessages(context.lang).question.honors ?? 'honors',
        choices: choicesOf('honors', context.lang),
        checked: current ? current.split(';') : [],
      });
      return codes.length === 0 ? null : codes.join(';');
    },
  },
  { key: 'intro_mode', ask: codeQuestion('intro_mode', () => 'direct') },
  { key: 'employer_type', ask: codeQuestion('employer_type') },
  {
    key: 'fiscal_share',
    applies: (answers) => answers.employer_type === 'inst_partial',
    ask: textQuestion('fiscal_share', { hint: (m) => m.shareHint }),
  },
  { key: 'employer_level', ask: codeQuestion('employer_level', () => 'city') },
  { key: 'work_level', ask: codeQuestion('work_level', (answers) => (answers.employer_level === 'county' ? 'county' : 'city')) },
  {
    key: 'county',
    // Needed to know which county pays, unless employer and work place are both city level; and
    // for a fresh graduate, whose subsidy the enterprise's county pays.
    applies: (answers) => answers.employer_level !== 'city' || answers.work_level !== 'city' || answers.fresh_graduate === FLAG_YES,
    ask: codeQuestion('county'),
  },
  { key: 'education', worthAsking: worth('education'), ask: codeQuestion('education', () => 'bachelor') },
  {
    key: 'degree',
    worthAsking: worth('degree'),
    ask: codeQuestion('degree', (answers) => (answers.education && DEGREE_OF_EDUCATION.has(answers.education) ? answers.education : 'none')),
  },
  { key: 'title', worthAsking: worth('title'), ask: codeQuestion('title', () => 'none') },
  { key: 'skill', worthAsking: worth('skill'), ask: codeQuestion('skill', () => 'none') },
  { key: 'housing_reform', worthAsking: worth('housing_reform'), ask: yesNoQuestion('housing_reform') },
  { key: 'base_salary', applies: atTownshipOrBelow, ask: textQuestion('base_salary', { hint: (m) => m.salaryHint }) },
  {
    key: 'rent_per_m2',
    applies: (answers) => answers.intro_mode === 'flexible',
    worthAsking: (answers, context) => hasItem('housing_rent_flexible', answers, context.year, context.policy),
    ask: textQuestion('rent_per_m2', {
      hint: (m, context, answers) => {
        const rate = answers.county ? context.policy.rentRates[answers.county as keyof Policy['rentRates']] : null;
        return m.rentHint(rate ? rate.text : null);
      },
    }),
  },
  {
    key: 'fresh_graduate',
    // The contract allows it only with an enterprise; someone whose honours give a tier is no
    // 应届 graduate, and 学历学位 means a bachelor's or more.
    applies: (answers, context) =>
      enterprise(answers) &&
      honourTier(answers, context.year, context.policy) === null &&
      (answers.education === undefined || DEGREE_OF_EDUCATION.has(answers.education)),
    ask: yesNoQuestion('fresh_graduate'),
  },
  { key: 'start', ask: textQuestion('start', { hint: (m) => m.monthHint, fallback: (_answers, context) => `${context.year}-01` }) },
  { key: 'end', ask: textQuestion('end', { hint: (m) => m.endHint }) },
];

const ORDER = QUESTIONS.map((question) => question.key);

const CODE_KEYS: ReadonlySet<string> = new Set(['education', 'degree', 'title', 'skill', 'intro_mode', 'employer_type', 'employer_level', 'county', 'work_level']);

/** How an answer reads in the summary. */
export function answerText(key: ContractKey, value: string | undefined, lang: Lang): string {
  const m = checkMessages(lang);
  if (value === undefined || value === '') return '—';
  if (key === 'honors') return value.split(';').map((code) => codeLabel('honors', code, lang)).join(lang === 'zh' ? '、' : '; ');
  if (key === 'housing_reform' || key === 'fresh_graduate') return value === FLAG_YES ? m.yes : m.no;
  const vocabulary = loadVocabulary();
  const field = key as CodeField;
  const code = CODE_KEYS.has(key) ? vocabulary.lookup(field, value) : null;
  if (code !== null) return codeLabel(field, code, lang);
  return value;
}

export function questionLabel(key: ContractKey, lang: Lang): string {
  if (lang === 'en') return key;
  return loadVocabulary().columns.find((column) => column.key === key)?.zh ?? key;
}

/** State of one questionnaire run: answers, which keys were asked (an empty answer is settled too). */
class Session {
  readonly settled = new Set<ContractKey>();
  /** Earlier answers, offered as defaults when a question comes back after being dropped. */
  readonly remembered: Answers = {};

  constructor(readonly answers: Answers, private readonly context: FlowContext) {
    for (const key of Object.keys(answers) as ContractKey[]) this.settled.add(key);
  }

  /** Asks every question that applies and is worth asking, until nothing more is needed. */
  async fill(): Promise<void> {
    for (let pass = 0; pass < QUESTIONS.length; pass += 1) {
      let asked = false;
      for (const question of QUESTIONS) {
        const { key } = question;
        if (question.applies && !question.applies(this.answers, this.context)) {
          if (this.answers[key] !== undefined) this.remembered[key] = this.answers[key];
          delete this.answers[key];
          this.settled.delete(key);
          continue;
        }
        if (this.settled.has(key)) continue;
        if (question.worthAsking && !question.worthAsking(this.answers, this.context)) continue;
        await this.ask(question);
        asked = true;
      }
      if (!asked) return;
    }
  }

  async ask(question: Question): Promise<void> {
    const { key } = question;
    const value = await question.ask(this.context, this.answers, this.answers[key] ?? this.remembered[key]);
    if (value === null) delete this.answers[key];
    else this.answers[key] = value;
    this.settled.add(key);
  }

  /** The summary; resolves when the person confirms. */
  async review(): Promise<Person> {
    const { lang, prompter, say } = this.context;
    const m = checkMessages(lang);
    for (;;) {
      say('');
      say(m.summaryTitle);
      const shown = ORDER.filter((key) => this.settled.has(key));
      for (const key of shown) say(`  ${m.labelled(questionLabel(key, lang), answerText(key, this.answers[key], lang))}`);
      const skipped = ORDER.filter((key) => !this.settled.has(key) && QUESTIONS.find((q) => q.key === key)?.applies?.(this.answers, this.context) !== false);
      if (skipped.length > 0) say(`  ${m.notAsked} ${skipped.map((key) => questionLabel(key, lang)).join(lang === 'zh' ? '、' : ', ')}`);

      const parsed = parsePersonAnswers(this.answers);
      const invalid = parsed.ok ? [] : parsed.errors;
      if (invalid.length > 0) {
        say(m.answersInvalid);
        for (const error of invalid) say(`  - ${error.message}`);
      }
      const choices: Choice<string>[] = [
        ...(invalid.length === 0 ? [{ value: '', name: m.confirm }] : []),
        ...shown.map((key) => ({ value: key, name: m.change(m.labelled(questionLabel(key, lang), answerText(key, this.answers[key], lang))) })),
      ];
      const choice = await prompter.select({ key: 'review', message: m.changeWhich, choices, default: choices[0]?.value });
      if (choice === '' && parsed.ok) return parsed.person;
      const question = QUESTIONS.find((q) => q.key === choice);
      if (!question) continue;
      await this.ask(question);
      await this.fill();
    }
  }
}

export interface QuestionnaireResult {
  /** The contract's answers object: what `check --answers` would take for the same person. */
  answers: Answers;
  person: Person;
}

/** Runs the questionnaire; `given` holds facts already known (command-line flags), not asked again. */
export async function runQuestionnaire(context: FlowContext, given: Answers = {}): Promise<QuestionnaireResult> {
  const session = new Session({ ...given }, context);
  await session.fill();
  const person = await session.review();
  const answers: Answers = {};
  for (const key of ORDER) if (session.answers[key] !== undefined) answers[key] = session.answers[key];
  return { answers, person };
}
