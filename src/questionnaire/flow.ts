// The window questionnaire: pure logic over a Prompter. It asks, in the policy's own words, only
// what can still change the result, shows a summary with the chance to change any answer, and
// hands back the same answers object `rencai check --answers` takes (roster keys, string values),
// validated by the same parsePersonAnswers — so the window and a batch can never disagree.
import type { Person } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { parseMonthCell, parsePersonAnswers } from '../roster/person.js';
import { CONTRACT_KEYS, type ContractKey } from '../roster/columns.js';
import { codeLabel, columnLabel } from '../i18n/code-labels.js';
import { formatFen, parseYuan } from '../base/money.js';
import { formatMonth } from '../base/months.js';
import { formatGrouped } from '../i18n/number.js';
import { foldMoney } from '../roster/numbers.js';
import { checkMessages, type CheckMessages } from './messages.js';
import type { Choice, Prompter } from './prompter.js';
import { breaksClaimRules, canChangeResult, fieldProblem, hasItem, honourTier, type Answers } from './relevance.js';
import {
  AMOUNT_UNDECIDED, SITUATIONS, defaultGrantMonth, followUpMatters, hasGrantMonthItem, offeredSituations, rewardedNewHonours,
  situationsIn, type Situation, type SituationId,
} from './situations.js';

export type { Answers } from './relevance.js';

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

interface Question {
  key: QuestionKey;
  /** Whether the contract lets this key have an answer at all here; when not, an earlier answer is dropped. */
  applies?(answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>): boolean;
  /** Whether asking can still change the result; checked only before asking. */
  worthAsking?(answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>): boolean;
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
function amountQuestion(key: ContractKey): Question['ask'] {
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

const ticked = (id: SituationId) => (_answers: Answers, _context: FlowContext, chosen: ReadonlySet<SituationId>) => chosen.has(id);
/** Where the project enterprise is registered decides who pays §11; asked only when an item is paid that way. */
const projectRegistrationMatters = (answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>) =>
  chosen.size > 0 &&
  followUpMatters(
    [{ project_level: 'city' }, { project_level: 'county', project_county: answers.county ?? loadVocabulary().codesOf('county')[0] }],
    answers, context.year, context.policy,
  );

const atTownshipOrBelow = (answers: Answers) => answers.work_level === 'township' || answers.work_level === 'village';
const enterprise = (answers: Answers) => answers.employer_type === 'soe' || answers.employer_type === 'private';
const DEGREE_OF_EDUCATION = new Set(['bachelor', 'master', 'doctor']);
const worth = (key: 'education' | 'degree' | 'title' | 'skill' | 'housing_reform') => (answers: Answers, context: FlowContext) =>
  canChangeResult(key, answers, context.year, context.policy);

/** In the order they are asked: who, how they came, where they work, what they hold, money, dates. */
export const QUESTIONS: readonly Question[] = [
  { key: 'name', ask: textQuestion('name') },
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
    // Asked when an item priced by the rent per m² would pay.
    worthAsking: (answers, context) => context.policy.items.some((item) => item.form === 'monthly_by_tier_rate' && hasItem(item.item, answers, context.year, context.policy)),
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
    // 应届 graduate; 学历学位 is the claim rule the roster applies (claim-rules.json), not a copy of it.
    applies: (answers, context) =>
      enterprise(answers) &&
      honourTier(answers, context.year, context.policy) === null &&
      !breaksClaimRules({ ...answers, fresh_graduate: FLAG_YES }, context.year, context.policy),
    ask: yesNoQuestion('fresh_graduate'),
  },
  { key: 'start', ask: textQuestion('start', { hint: (m) => m.monthHint, fallback: (_answers, context) => `${context.year}-01` }) },
  { key: 'end', ask: textQuestion('end', { hint: (m) => m.endHint }) },
  // The checklist (Session.askSituations), then the follow-ups of the situations ticked.
  { key: SITUATIONS_KEY, worthAsking: (answers, context) => offeredSituations(answers, context.year, context.policy).length > 0, ask: async () => null },
  {
    key: 'new_honors',
    applies: ticked('new_honors'),
    async ask(context, answers, current) {
      const codes = await context.prompter.checkbox({
        key: 'new_honors',
        message: checkMessages(context.lang).question.new_honors ?? 'new_honors',
        choices: rewardedNewHonours(answers, context.year, context.policy).map((code) => ({ value: code, name: codeLabel('honors', code, context.lang) })),
        checked: current ? current.split(';') : [],
      });
      return codes.length === 0 ? null : codes.join(';');
    },
  },
  { key: 'research_grant', applies: ticked('research_grant'), ask: amountQuestion('research_grant') },
  {
    key: 'innovation_team',
    applies: ticked('research_grant'),
    // Only when the honours alone do not make the person eligible for §11.
    worthAsking: (answers, context) => followUpMatters([{}, { innovation_team: FLAG_YES }], answers, context.year, context.policy),
    ask: yesNoQuestion('innovation_team'),
  },
  { key: 'sci_award_amount', applies: ticked('sci_award'), ask: amountQuestion('sci_award_amount') },
  // Asked for the settlement grant, and for tuition compensation, which presupposes a programme (§14).
  { key: 'grassroots_program', applies: (answers, context, chosen) => chosen.has('grassroots_program') || chosen.has('tuition_compensation'), ask: codeQuestion('grassroots_program') },
  {
    key: 'settlement_amount',
    applies: (answers, _context, chosen) => chosen.has('grassroots_program') && answers.grassroots_program !== undefined,
    ask: amountQuestion('settlement_amount'),
  },
  { key: 'tuition_compensation', applies: ticked('tuition_compensation'), ask: amountQuestion('tuition_compensation') },
  { key: 'first_year_insurance', applies: ticked('sme_graduate'), ask: amountQuestion('first_year_insurance') },
  { key: 'startup_tax_exempt', applies: ticked('startup_tax_exempt'), ask: amountQuestion('startup_tax_exempt') },
  { key: 'income_tax_return', applies: ticked('income_tax_return'), ask: amountQuestion('income_tax_return') },
  { key: 'tech_transfer_tax_exempt', applies: ticked('tech_transfer_tax_exempt'), ask: amountQuestion('tech_transfer_tax_exempt') },
  // The §8 right, and tuition compensation's "到基层工作三年以上".
  { key: 'technical_years', applies: ticked('technical_years'), ask: textQuestion('technical_years') },
  { key: 'grassroots_years', applies: (answers, context, chosen) => chosen.has('grassroots_years') || chosen.has('tuition_compensation'), ask: textQuestion('grassroots_years') },
  {
    key: 'project_level',
    applies: projectRegistrationMatters,
    ask: (context, answers, current) =>
      context.prompter.select({
        key: 'project_level',
        message: checkMessages(context.lang).question.project_level ?? 'project_level',
        choices: choicesOf('employer_level', context.lang),
        default: current ?? answers.employer_level,
      }),
  },
  {
    key: 'project_county',
    applies: (answers, context, chosen) => answers.project_level === 'county' && projectRegistrationMatters(answers, context, chosen),
    ask: (context, answers, current) =>
      context.prompter.select({
        key: 'project_county',
        message: checkMessages(context.lang).question.project_county ?? 'project_county',
        choices: choicesOf('county', context.lang),
        default: current ?? answers.county,
      }),
  },
  {
    key: 'grant_month',
    applies: (answers, context, chosen) => chosen.size > 0 && hasGrantMonthItem(answers, context.year, context.policy),
    ask: textQuestion('grant_month', { hint: (m) => m.monthHint, fallback: (answers, context) => defaultGrantMonth(answers, context.year) }),
  },
];

const ORDER = QUESTIONS.map((question) => question.key);

/** The vocabulary a code answer is read in: its own field, or another one's (claim columns). */
const CODE_FIELD_OF: Partial<Record<ContractKey, CodeField>> = {
  education: 'education', degree: 'degree', title: 'title', skill: 'skill', intro_mode: 'intro_mode', employer_type: 'employer_type',
  employer_level: 'employer_level', county: 'county', work_level: 'work_level', grassroots_program: 'grassroots_program',
  project_level: 'employer_level', project_county: 'county', sci_award: 'sci_award',
};
const HONOUR_KEYS: ReadonlySet<ContractKey> = new Set(['honors', 'new_honors']);
const FLAG_KEYS: ReadonlySet<ContractKey> = new Set(['housing_reform', 'fresh_graduate', 'innovation_team']);
const AMOUNT_KEYS: ReadonlySet<ContractKey> = new Set([
  'research_grant', 'sci_award_amount', 'settlement_amount', 'tuition_compensation', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return',
]);

/**
 * A walk-in has no roster id and the id changes no result, so it is not asked: the person's name
 * stands in (or "1"), as `check --answers` without an id does. A given id is kept.
 */
export function withWalkInId(answers: Answers): Answers {
  // An answers file is JSON not yet validated: a value of the wrong type is left for parsePersonAnswers to refuse.
  const { id, name } = answers as Record<string, unknown>;
  if (id !== undefined && !(typeof id === 'string' && id.trim() === '')) return answers;
  return { ...answers, id: (typeof name === 'string' && name.trim()) || '1' };
}

const MONTH_KEYS: ReadonlySet<ContractKey> = new Set(['start', 'end', 'grant_month']);

/** An amount as the result will print it (3,200.00), or as typed when it is not one (the review then says why). */
function groupedYuan(value: string): string {
  const fen = parseYuan(foldMoney(value.trim()));
  return fen === null ? value : formatGrouped(fen);
}

/** A month as the result will use it (2014-03 for "2014-3" or "2014年3月"), or as typed when it is not one. */
function normalMonth(value: string): string {
  const month = parseMonthCell('start', value.trim(), []);
  return typeof month === 'number' ? formatMonth(month) : value;
}

/** How an answer reads in the summary. */
export function answerText(key: ContractKey, value: string | undefined, lang: Lang): string {
  const m = checkMessages(lang);
  if (value === undefined || value === '') return '—';
  if (HONOUR_KEYS.has(key)) return value.split(';').map((code) => codeLabel('honors', code, lang)).join(lang === 'zh' ? '、' : '; ');
  if (FLAG_KEYS.has(key)) return value === FLAG_YES ? m.yes : m.no;
  if (AMOUNT_KEYS.has(key)) return value === AMOUNT_UNDECIDED ? m.amountUndecided : m.yuan(groupedYuan(value));
  if (key === 'base_salary') return m.yuan(groupedYuan(value));
  if (MONTH_KEYS.has(key)) return normalMonth(value);
  const field = CODE_FIELD_OF[key];
  const code = field ? loadVocabulary().lookup(field, value) : null;
  if (field && code !== null) return codeLabel(field, code, lang);
  return value;
}

export function questionLabel(key: QuestionKey, lang: Lang): string {
  if (key === SITUATIONS_KEY) return checkMessages(lang).situationsLabel;
  return columnLabel(key, lang);
}

/** A ticked situation as the summary names it: the header of its first column. */
function situationName(situation: Situation, lang: Lang): string {
  return questionLabel(situation.keys[0] ?? situation.id, lang);
}

/** State of one questionnaire run: answers, which keys were asked (an empty answer is settled too). */
class Session {
  readonly settled = new Set<QuestionKey>();
  /** Earlier answers, offered as defaults when a question comes back after being dropped. */
  readonly remembered: Answers = {};
  /** The situations of the claim checklist ticked. */
  readonly chosen: Set<SituationId>;

  constructor(readonly answers: Answers, private readonly context: FlowContext) {
    for (const key of Object.keys(answers) as ContractKey[]) this.settled.add(key);
    this.chosen = new Set(situationsIn(answers));
    if (this.chosen.size > 0) this.settled.add(SITUATIONS_KEY);
  }

  /** Asks every question that applies and is worth asking, until nothing more is needed. */
  async fill(): Promise<void> {
    for (let pass = 0; pass < QUESTIONS.length; pass += 1) {
      this.dropSituationsThatNoLongerCount();
      let asked = false;
      for (const question of QUESTIONS) {
        const { key } = question;
        if (question.applies && !question.applies(this.answers, this.context, this.chosen)) {
          if (key !== SITUATIONS_KEY) this.forget(key);
          continue;
        }
        if (this.settled.has(key)) continue;
        if (question.worthAsking && !question.worthAsking(this.answers, this.context, this.chosen)) continue;
        await this.ask(question);
        asked = true;
      }
      if (!asked) return;
    }
  }

  private forget(key: ContractKey): void {
    if (this.answers[key] !== undefined) this.remembered[key] = this.answers[key];
    delete this.answers[key];
    this.settled.delete(key);
  }

  /** A ticked situation that an edit made meaningless (民营吸纳 after the employer became an organ) is dropped, as an answer that no longer applies is. */
  private dropSituationsThatNoLongerCount(): void {
    if (this.chosen.size === 0) return;
    const offered = new Set(offeredSituations(this.answers, this.context.year, this.context.policy).map((situation) => situation.id));
    for (const situation of SITUATIONS) if (this.chosen.has(situation.id) && !offered.has(situation.id)) this.untick(situation);
  }

  private untick(situation: Situation): void {
    this.chosen.delete(situation.id);
    for (const key of situation.keys) this.forget(key);
  }

  async ask(question: Question): Promise<void> {
    const { key } = question;
    if (key === SITUATIONS_KEY) {
      await this.askSituations();
      return;
    }
    const value = await question.ask(this.context, this.answers, this.answers[key] ?? this.remembered[key]);
    if (value === null) delete this.answers[key];
    else this.answers[key] = value;
    this.settled.add(key);
  }

  /** The checklist: only situations that can change the result are offered; the follow-ups are asked next. */
  private async askSituations(): Promise<void> {
    const { context } = this;
    const m = checkMessages(context.lang);
    const offered = offeredSituations(this.answers, context.year, context.policy);
    const picked = await context.prompter.checkbox({
      key: SITUATIONS_KEY,
      message: m.situationsQuestion,
      choices: offered.map((situation) => ({ value: situation.id, name: m.situation[situation.id] ?? situation.id })),
      checked: offered.filter((situation) => this.chosen.has(situation.id)).map((situation) => situation.id),
    });
    for (const situation of SITUATIONS) {
      const now = picked.includes(situation.id);
      if (this.chosen.has(situation.id) && !now) this.untick(situation);
      if (!this.chosen.has(situation.id) && now) {
        this.chosen.add(situation.id);
        for (const [key, value] of Object.entries(situation.mark) as [ContractKey, string][]) {
          this.answers[key] = value;
          this.settled.add(key);
        }
      }
    }
    this.settled.add(SITUATIONS_KEY);
  }

  private shownValue(key: QuestionKey): string {
    const { lang } = this.context;
    if (key !== SITUATIONS_KEY) return answerText(key, this.answers[key], lang);
    const names = SITUATIONS.filter((situation) => this.chosen.has(situation.id)).map((situation) => situationName(situation, lang));
    return names.length === 0 ? checkMessages(lang).none : names.join(lang === 'zh' ? '、' : ', ');
  }

  /** The summary; resolves when the person confirms. */
  async review(): Promise<Person> {
    const { lang, prompter, say } = this.context;
    const m = checkMessages(lang);
    for (;;) {
      say('');
      say(m.summaryTitle);
      const shown = ORDER.filter((key) => this.settled.has(key));
      for (const key of shown) say(`  ${m.labelled(questionLabel(key, lang), this.shownValue(key))}`);
      const skipped = ORDER.filter(
        (key) => !this.settled.has(key) && QUESTIONS.find((q) => q.key === key)?.applies?.(this.answers, this.context, this.chosen) !== false,
      );
      if (skipped.length > 0) say(`  ${m.notAsked} ${skipped.map((key) => questionLabel(key, lang)).join(lang === 'zh' ? '、' : ', ')}`);

      const parsed = parsePersonAnswers(withWalkInId(this.answers));
      const invalid = parsed.ok ? [] : parsed.errors;
      if (invalid.length > 0) {
        say(m.answersInvalid);
        for (const error of invalid) say(`  - ${error.message}`);
      }
      const choices: Choice<string>[] = [
        ...(invalid.length === 0 ? [{ value: '', name: m.confirm }] : []),
        ...shown.map((key) => ({ value: key, name: m.change(m.labelled(questionLabel(key, lang), this.shownValue(key))) })),
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
  for (const key of CONTRACT_KEYS) if (session.answers[key] !== undefined) answers[key] = session.answers[key];
  return { answers: withWalkInId(answers), person };
}
