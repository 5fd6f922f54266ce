// The window's question table: which facts are asked, in which order, when each applies and when
// it can still change the result. How each kind of question is asked is question-kinds.ts.
import { crossFieldRules, isAllowed, isRequired } from '../roster/cross-field.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import { codeLabel } from '../i18n/code-labels.js';
import { checkMessages } from './messages.js';
import { breaksClaimRules, canChangeResult, completedAnswers, hasItem, honourTier, type Answers, type WeighedKey } from './relevance.js';
import {
  amountQuestion, choicesOf, codeQuestion, FLAG_YES, SITUATIONS_KEY, textQuestion, yesNoQuestion, type FlowContext, type Question,
} from './question-kinds.js';
import { defaultGrantMonth, followUpMatters, hasGrantMonthItem, offeredSituations, rewardedNewHonours, type SituationId } from './situations.js';

/** The edition's rules between columns, as the roster applies them to a row. */
const rulesOf = (context: FlowContext) => crossFieldRules(context.policy.columnRules);
const ticked = (id: SituationId) => (_answers: Answers, _context: FlowContext, chosen: ReadonlySet<SituationId>) => chosen.has(id);
/** Where the project enterprise is registered decides who pays §11; asked only when an item is paid that way. */
const projectRegistrationMatters = (answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>) =>
  chosen.size > 0 &&
  followUpMatters(
    [{ project_level: 'city' }, { project_level: 'county', project_county: answers.county ?? loadVocabulary().codesOf('county')[0] }],
    answers, context.year, context.policy,
  );

const DEGREE_OF_EDUCATION = new Set(['bachelor', 'master', 'doctor']);
const worth = (key: WeighedKey) => (answers: Answers, context: FlowContext) =>
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
    applies: (answers, context) => isRequired(rulesOf(context), 'fiscal_share', answers),
    ask: textQuestion('fiscal_share', { hint: (m) => m.shareHint }),
  },
  // Asked where a level's finance pays (an organ, a funded institution), or once an item of an
  // enterprise is paid that way (a ticked situation); otherwise the stand-in stays (Session.completed).
  { key: 'employer_level', worthAsking: worth('employer_level'), ask: codeQuestion('employer_level', () => 'city') },
  { key: 'work_level', ask: codeQuestion('work_level', (answers) => (answers.employer_level === 'county' ? 'county' : 'city')) },
  {
    key: 'county',
    // Needed to know which county pays, unless employer and work place are both city level; and
    // for a fresh graduate, whose subsidy the enterprise's county pays.
    // The employer level may not have been asked: its stand-in then counts (Session.completed).
    applies: (answers, context) =>
      isRequired(rulesOf(context), 'county', { ...answers, employer_level: completedAnswers(answers, context.year, context.policy).employer_level }),
    // Which county it is matters only where that county pays or its rent rate prices an item; else the stand-in stays.
    worthAsking: worth('county'),
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
  { key: 'base_salary', applies: (answers, context) => isRequired(rulesOf(context), 'base_salary', answers), ask: textQuestion('base_salary', { hint: (m) => m.salaryHint }) },
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
      answers.employer_type !== undefined && isAllowed(rulesOf(context), 'fresh_graduate', answers) &&
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
    applies: (answers, context, chosen) => chosen.has('grassroots_program') && isAllowed(rulesOf(context), 'settlement_amount', answers),
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
    ask: textQuestion('grant_month', { hint: (m) => m.monthHint, fallback: (answers, context) => defaultGrantMonth(answers, context.year, context.policy) }),
  },
];

export const ORDER = QUESTIONS.map((question) => question.key);
