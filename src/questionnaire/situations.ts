// The grants, awards, tax items and non-money facts (the roster's claim columns) as situations a
// person ticks in one checklist near the end of the questionnaire. Which situations are offered is
// decided by the engine, not by a second copy of the policy: a situation is offered when ticking it
// (with stand-in follow-up answers) changes the person's result — items, amounts, payers or rights —
// so an organ employee is never offered 民营吸纳, nor a locally trained person the §11 research funding.
import { computePerson } from '../engine/index.js';
import { formatMonth, yearOfMonth } from '../base/months.js';
import type { Person, PersonResult } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { ContractKey } from '../roster/columns.js';
import { crossFieldRules, isAllowed } from '../roster/cross-field.js';
import { completedAnswers, parseProbe, type Answers } from './relevance.js';

export const SITUATION_IDS = [
  'new_honors', 'research_grant', 'sci_award', 'hired_graduate', 'grassroots_program', 'tuition_compensation',
  'sme_graduate', 'startup_tax_exempt', 'income_tax_return', 'urgent_talent', 'scientist_in_enterprise',
  'coal_safety_inspector', 'registered_safety_engineer', 'grassroots_years', 'technical_staff', 'technical_years', 'frontline_scientist', 'tech_transfer_tax_exempt',
] as const;

export type SituationId = (typeof SITUATION_IDS)[number];

/** An amount cell meaning "entitled, amount not decided" (the claim columns' 是). */
export const AMOUNT_UNDECIDED = '是';
const FLAG_YES = 'yes';

export interface Situation {
  id: SituationId;
  /** The claim columns this situation alone owns: set by it and its follow-ups, cleared when it is unticked. */
  keys: readonly ContractKey[];
  /** Answers set the moment it is ticked (a flag); the other keys are asked as follow-ups. */
  mark: Answers;
  /** Stand-in answers for its follow-ups: it is offered when any of them changes the result. */
  probes(): Answers[];
  /**
   * Facts the claim presupposes that other questions ask (tuition: a programme and years served),
   * laid under both sides of the probe where not yet answered, so the claim alone is weighed.
   */
  presupposes?(): Answers[];
}

const flag = (key: ContractKey): Situation => ({ id: key as SituationId, keys: [key], mark: { [key]: FLAG_YES }, probes: () => [{ [key]: FLAG_YES }] });
const amount = (id: SituationId, key: ContractKey, extra: readonly ContractKey[] = []): Situation => ({
  id, keys: [key, ...extra], mark: {}, probes: () => [{ [key]: AMOUNT_UNDECIDED }],
});

/** In the order the checklist shows them. */
export const SITUATIONS: readonly Situation[] = [
  { id: 'new_honors', keys: ['new_honors'], mark: {}, probes: () => loadVocabulary().codesOf('honors').map((code) => ({ new_honors: code })) },
  {
    id: 'research_grant', keys: ['research_grant', 'innovation_team'], mark: {},
    probes: () => [{ research_grant: AMOUNT_UNDECIDED }, { research_grant: AMOUNT_UNDECIDED, innovation_team: FLAG_YES }],
  },
  amount('sci_award', 'sci_award_amount', ['sci_award']),
  flag('hired_graduate'),
  {
    id: 'grassroots_program', keys: ['grassroots_program', 'settlement_amount'], mark: {},
    probes: () => loadVocabulary().codesOf('grassroots_program').map((code) => ({ grassroots_program: code })),
  },
  {
    ...amount('tuition_compensation', 'tuition_compensation'),
    // "到基层工作三年以上" of a programme: offered to whoever could meet it, granted or declined by the same rules.
    presupposes: () => loadVocabulary().codesOf('grassroots_program').map((code) => ({ grassroots_program: code, grassroots_years: '3' })),
  },
  { id: 'sme_graduate', keys: ['sme_graduate', 'first_year_insurance'], mark: { sme_graduate: FLAG_YES }, probes: () => [{ sme_graduate: FLAG_YES }] },
  amount('startup_tax_exempt', 'startup_tax_exempt'),
  amount('income_tax_return', 'income_tax_return'),
  amount('tech_transfer_tax_exempt', 'tech_transfer_tax_exempt'),
  flag('urgent_talent'),
  flag('scientist_in_enterprise'),
  flag('coal_safety_inspector'),
  flag('registered_safety_engineer'),
  // The §8 right reads "满3年"; any number at or above it stands in for the years not yet asked.
  { id: 'grassroots_years', keys: ['grassroots_years'], mark: {}, probes: () => [{ grassroots_years: '99' }] },
  // §19 title rights: technical staff (one year early), five years of county/township technical work, the front line (破格).
  flag('technical_staff'),
  { id: 'technical_years', keys: ['technical_years'], mark: {}, probes: () => [{ technical_years: '99' }] },
  flag('frontline_scientist'),
];

/** Claim columns shared by several situations, kept only while one of them needs them. */
export const SHARED_CLAIM_KEYS = ['grant_month', 'project_level', 'project_county'] as const satisfies readonly ContractKey[];

const OWNED_KEYS: ReadonlySet<ContractKey> = new Set([...SITUATIONS.flatMap((situation) => situation.keys), ...SHARED_CLAIM_KEYS]);

/** The situations answers already speak of (facts given before the questionnaire). */
export function situationsIn(answers: Answers): SituationId[] {
  return SITUATIONS.filter((situation) => situation.keys.some((key) => answers[key] !== undefined && answers[key] !== '' && answers[key] !== 'no'))
    .map((situation) => situation.id);
}

/** The answers without any claim column: the person as the core questions describe them. */
function withoutClaims(answers: Answers): Answers {
  const core: Answers = {};
  for (const [key, value] of Object.entries(answers) as [ContractKey, string][]) if (!OWNED_KEYS.has(key)) core[key] = value;
  return core;
}

function fullSignature(result: PersonResult): string {
  return JSON.stringify([
    result.items.map((item) => [item.item, item.status, item.monthly, item.months, item.amount, item.payers, item.range ?? null]),
    (result.rights ?? []).map((right) => right.id),
    (result.declined ?? []).map((claim) => [claim.item, claim.reasons]),
  ]);
}

/** The signature of the answers' result, or null when they do not make a valid person (the contract refuses them). */
function resultOf(answers: Answers, year: number, policy: Policy): { person: Person; result: PersonResult } | null {
  const parsed = parseProbe(completedAnswers(answers, year, policy), policy);
  if (!parsed.ok) return null;
  try {
    return { person: parsed.person, result: computePerson(parsed.person, year, policy) };
  } catch {
    return null;
  }
}

function signatureOf(answers: Answers, year: number, policy: Policy): string | null {
  const outcome = resultOf(answers, year, policy);
  return outcome === null ? null : fullSignature(outcome.result);
}

/**
 * The grant month offered by default: the start month when it falls in the budget year (the usual
 * case: an honour won, a project approved on arrival), otherwise the budget year's first month.
 */
export function defaultGrantMonth(answers: Answers, year: number, policy: Policy): string {
  const outcome = parseProbe(completedAnswers(withoutClaims(answers), year, policy), policy);
  if (outcome.ok && yearOfMonth(outcome.person.start) === year) return formatMonth(outcome.person.start);
  return `${year}-01`;
}

/** Probing is done with the grant month in the budget year, so a grant is found whenever one could be paid this year. */
function probeBase(answers: Answers, year: number, policy: Policy): Answers {
  return { ...answers, grant_month: answers.grant_month ?? defaultGrantMonth(answers, year, policy) };
}

/** Whether some stand-in answers for the situation change the result of `answers` (its own keys left out). */
function changesResult(situation: Situation, answers: Answers, year: number, policy: Policy): boolean {
  const answered: Answers = probeBase({ ...answers }, year, policy);
  for (const key of situation.keys) delete answered[key];
  const grounds = situation.presupposes?.() ?? [{}];
  return grounds.some((ground) => {
    const base: Answers = { ...ground, ...answered };
    const before = signatureOf(base, year, policy);
    if (before === null) return false;
    return situation.probes().some((probe) => {
      const after = signatureOf({ ...base, ...situation.mark, ...probe }, year, policy);
      return after !== null && after !== before;
    });
  });
}

/** The situations that can change this person's result, in checklist order. */
export function offeredSituations(answers: Answers, year: number, policy: Policy): Situation[] {
  // A situation whose claim column the rules between columns (cross-field.ts) do not allow for this person is not offered.
  return SITUATIONS.filter((situation) => isAllowed(crossFieldRules(policy.columnRules), situation.keys[0]!, { ...answers, ...situation.mark }) && changesResult(situation, answers, year, policy));
}

/** The honours that, newly won, give the person something (§11 candidate match, §18 reward). */
export function rewardedNewHonours(answers: Answers, year: number, policy: Policy): string[] {
  const base: Answers = probeBase({ ...answers }, year, policy);
  delete base.new_honors;
  const before = signatureOf(base, year, policy);
  return loadVocabulary()
    .codesOf('honors')
    .filter((code) => {
      const after = signatureOf({ ...base, new_honors: code }, year, policy);
      return after !== null && after !== before;
    });
}

/**
 * Whether the answer to a follow-up can change the result: two of the alternative `values` give
 * different results, everything else as answered (the grant month held in the budget year).
 */
export function followUpMatters(values: readonly Answers[], answers: Answers, year: number, policy: Policy): boolean {
  const base: Answers = probeBase({ ...answers }, year, policy);
  for (const value of values) for (const key of Object.keys(value) as ContractKey[]) delete base[key];
  const seen = new Set<string>();
  for (const value of values) {
    const signature = signatureOf({ ...base, ...value }, year, policy);
    if (signature !== null) seen.add(signature);
    if (seen.size > 1) return true;
  }
  return false;
}

/**
 * Whether the result has a one-off grant paid in the grant month (so that month is worth asking),
 * probed with the default month whatever month was answered: an answer outside the budget year
 * (granted last year, nothing this year) must not make the question vanish and come back.
 */
export function hasGrantMonthItem(answers: Answers, year: number, policy: Policy): boolean {
  const outcome = resultOf({ ...answers, grant_month: defaultGrantMonth(answers, year, policy) }, year, policy);
  if (outcome === null) return false;
  const inGrantMonth = new Set(policy.grants.filter((grant) => grant.grantedAt === 'grant_month').map((grant) => grant.item));
  return outcome.result.items.some((item) => inGrantMonth.has(item.item));
}
