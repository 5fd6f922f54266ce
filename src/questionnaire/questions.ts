// The window's questions, made from the column table (policy/columns.ts): each column with an `ask`
// entry is asked in its words, by its kind (question-kinds.ts), when its tests hold. What each test
// means is decided here, by the engine and the rules between columns rather than by a copy of the
// policy; the table only says which tests a column's question makes.
import { crossFieldRules, isAllowed, isRequired } from '../roster/cross-field.js';
import { PERSON_COLUMNS, type AskTest, type ColumnQuestion } from '../policy/columns.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { ContractKey } from '../roster/columns.js';
import { breaksClaimRules, canChangeResult, completedAnswers, hasItem, honourTier, PROBED_KEYS, type Answers, type WeighedKey } from './relevance.js';
import { askOf, FLAG_YES, SITUATIONS_KEY, type AskedColumn, type FlowContext, type Question } from './question-kinds.js';
import { followUpMatters, hasGrantMonthItem, offeredSituations, SITUATION_IDS, type SituationId } from './situations.js';

type Test = (key: ContractKey, answers: Answers, context: FlowContext, chosen: ReadonlySet<SituationId>) => boolean;

/** The edition's rules between columns, as the roster applies them to a row. */
const rulesOf = (context: FlowContext) => crossFieldRules(context.policy.columnRules);

const WEIGHED_KEYS: ReadonlySet<string> = new Set<WeighedKey>([...PROBED_KEYS, 'employer_level', 'county']);

/** Where the project enterprise is registered decides who pays §11; asked only when an item is paid that way. */
const projectRegistrationMatters: Test = (_key, answers, context, chosen) =>
  chosen.size > 0 &&
  followUpMatters(
    [{ project_level: 'city' }, { project_level: 'county', project_county: answers.county ?? loadVocabulary().codesOf('county')[0] }],
    answers, context.year, context.policy,
  );

const TESTS: Readonly<Record<Exclude<AskTest, object>, Test>> = {
  // The employer level may not have been asked (it cannot change the result): its stand-in then counts (Session.completed).
  required: (key, answers, context) =>
    isRequired(rulesOf(context), key, { ...answers, employer_level: completedAnswers(answers, context.year, context.policy).employer_level }),
  allowed: (key, answers, context) => isAllowed(rulesOf(context), key, answers),
  weighed: (key, answers, context) => canChangeResult(key as WeighedKey, answers, context.year, context.policy),
  rent_priced: (_key, answers, context) =>
    context.policy.items.some((item) => item.form === 'monthly_by_tier_rate' && hasItem(item.item, answers, context.year, context.policy)),
  yes_matters: (key, answers, context) => followUpMatters([{}, { [key]: FLAG_YES }], answers, context.year, context.policy),
  employer_known: (_key, answers) => answers.employer_type !== undefined,
  // Someone whose honours give a tier is no 应届 graduate.
  no_honour_tier: (_key, answers, context) => honourTier(answers, context.year, context.policy) === null,
  // 学历学位 is the claim rule the roster applies (claim-rules.json), not a copy of it.
  claim_rules_allow_yes: (key, answers, context) => !breaksClaimRules({ ...answers, [key]: FLAG_YES }, context.year, context.policy),
  project_registration_matters: projectRegistrationMatters,
  grant_month_item: (_key, answers, context, chosen) => chosen.size > 0 && hasGrantMonthItem(answers, context.year, context.policy),
};

function testOf(test: AskTest, key: ContractKey): Test {
  if (typeof test === 'string') {
    if (test === 'weighed' && !WEIGHED_KEYS.has(key)) throw new Error(`column table: ${key} cannot be weighed (only ${[...WEIGHED_KEYS].join(', ')})`);
    return TESTS[test];
  }
  return (_key, answers) => answers[test.column as ContractKey] !== undefined && test.in.includes(answers[test.column as ContractKey]!);
}

/** Every test holds (in the table's order: the cheap ones first), or undefined when there is none. */
function allOf(tests: readonly Test[], key: ContractKey): Question['applies'] | undefined {
  if (tests.length === 0) return undefined;
  return (answers, context, chosen) => tests.every((test) => test(key, answers, context, chosen));
}

function situationsOf(question: ColumnQuestion, key: ContractKey): SituationId[] {
  return (question.ticked ?? []).map((id) => {
    if (!(SITUATION_IDS as readonly string[]).includes(id)) throw new Error(`column table: ${key} is asked when "${id}" is ticked, which is no situation of the checklist`);
    return id as SituationId;
  });
}

function questionOf(column: AskedColumn): Question {
  const { key, ask } = column;
  const ticked = situationsOf(ask, key);
  const when: Test[] = [
    ...(ticked.length > 0 ? [(_key: ContractKey, _answers: Answers, _context: FlowContext, chosen: ReadonlySet<SituationId>) => ticked.some((id) => chosen.has(id))] : []),
    ...(ask.when ?? []).map((test) => testOf(test, key)),
  ];
  const applies = allOf(when, key);
  const worthAsking = allOf((ask.worth ?? []).map((test) => testOf(test, key)), key);
  return { key, ask: askOf(column), ...(applies ? { applies } : {}), ...(worthAsking ? { worthAsking } : {}) };
}

const asked: readonly AskedColumn[] = PERSON_COLUMNS.flatMap((column) => ('ask' in column ? [column] : []));
const inOrder = (columns: readonly AskedColumn[]) => [...columns].sort((a, b) => a.ask.order - b.ask.order).map(questionOf);

/** The claim checklist (Session.askSituations), offered when some situation can change the result. */
const CHECKLIST: Question = {
  key: SITUATIONS_KEY,
  worthAsking: (answers, context) => offeredSituations(answers, context.year, context.policy).length > 0,
  ask: async () => null,
};

/** In the order they are asked: the person's columns, the checklist, then the follow-ups of the situations ticked. */
export const QUESTIONS: readonly Question[] = [
  ...inOrder(asked.filter((column) => !column.claim)),
  CHECKLIST,
  ...inOrder(asked.filter((column) => column.claim)),
];

export const ORDER = QUESTIONS.map((question) => question.key);
