// "Ask only what can still change the result", decided by the engine rather than by a second copy
// of the policy's rules: a qualification question is worth asking when two of its answers give a
// different result for some choice of the qualifications not yet asked, everything already
// answered held fixed. An academician is therefore never asked for a degree, and a bachelor never
// for a degree either (no line or tier reads a bachelor's degree) — whatever the policy data says.
import { computePerson } from '../engine/index.js';
import { claimViolations } from '../engine/claim-rules.js';
import type { Person, PersonResult } from '../engine/types.js';
import { tierOf } from '../engine/tier.js';
import type { Policy } from '../policy/types.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import { parsePersonAnswers, parsePersonRecord } from '../roster/person.js';
import { rosterMessages } from '../roster/messages.js';
import type { ContractKey } from '../roster/columns.js';
import { crossFieldRules, isRequired } from '../roster/cross-field.js';

export type Answers = Partial<Record<ContractKey, string>>;

/** The facts a person can have or not that only the engine can judge the weight of. */
export const PROBED_KEYS = ['education', 'degree', 'title', 'skill', 'housing_reform'] as const;
type ProbedKey = (typeof PROBED_KEYS)[number];
/**
 * The facts asked only when the engine says they count: the qualifications, and the employer's
 * level and county, which the engine reads to find who pays (a private firm pays its own way, so
 * neither is asked unless an item it has is paid by the finance of that level or county, or the
 * county's rent rate prices an item).
 */
export type WeighedKey = ProbedKey | 'employer_level' | 'county';

/** A fact's possible answers, as roster cells. */
function answerValues(key: WeighedKey): readonly string[] {
  return key === 'housing_reform' ? ['no', 'yes'] : loadVocabulary().codesOf(key);
}

/** A qualification's possible values, as the Person holds them. */
function personValues(key: ProbedKey): readonly (string | boolean)[] {
  return key === 'housing_reform' ? [false, true] : loadVocabulary().codesOf(key);
}

/**
 * The answers so far, completed with neutral stand-ins for what is still missing, so that a
 * Person can be built: the rest of the questionnaire fills these in for real.
 */
export function completedAnswers(answers: Answers, year: number, policy: Policy): Answers {
  const filled: Answers = {
    id: 'probe',
    intro_mode: 'direct',
    employer_type: 'organ',
    employer_level: 'city',
    work_level: 'city',
    start: `${year}-01`,
    ...answers,
  };
  // Stand-ins for what the person's rules between columns (cross-field.ts) require and is not yet
  // answered; a claim's own needs (a county for a programme) are the claim's to meet, not a stand-in's.
  const rules = crossFieldRules(policy.columnRules);
  if (isRequired(rules, 'fiscal_share', filled, false) && filled.fiscal_share === undefined) filled.fiscal_share = '1';
  if (isRequired(rules, 'base_salary', filled, false) && filled.base_salary === undefined) filled.base_salary = '0';
  if (isRequired(rules, 'county', filled, false) && filled.county === undefined) filled.county = loadVocabulary().codesOf('county')[0];
  return filled;
}

/** The answers read as the roster reads a row, by the edition's rules between columns; the messages are never shown. */
export function parseProbe(answers: Answers, policy: Policy): ReturnType<typeof parsePersonAnswers> {
  return parsePersonAnswers(answers, rosterMessages('zh'), crossFieldRules(policy.columnRules));
}

/** A Person for probing the engine, or null when the answers so far cannot make one. */
export function probePerson(answers: Answers, year: number, policy: Policy): Person | null {
  const parsed = parseProbe(completedAnswers(answers, year, policy), policy);
  return parsed.ok ? parsed.person : null;
}

function signature(result: PersonResult): string {
  return JSON.stringify([
    result.tier,
    result.items.map((item) => [item.item, item.status, item.monthly, item.months, item.amount, item.payers]),
  ]);
}

function safeSignature(person: Person, year: number, policy: Policy): string {
  try {
    return signature(computePerson(person, year, policy));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Every combination of values of `keys`, as partial persons. */
function* assignments(keys: readonly ProbedKey[]): Generator<Partial<Person>> {
  if (keys.length === 0) {
    yield {};
    return;
  }
  const [first, ...rest] = keys as [ProbedKey, ...ProbedKey[]];
  for (const tail of assignments(rest)) for (const value of personValues(first)) yield { ...tail, [first]: value };
}

/**
 * Can the answer to `key` still change the person's result, given the answers so far? Each of its
 * values is read with the answers (so a county-level employer gets its county's stand-in); a value
 * the roster would refuse with them is no possible answer.
 */
export function canChangeResult(key: WeighedKey, answers: Answers, year: number, policy: Policy): boolean {
  const variants = answerValues(key).flatMap((value) => probePerson({ ...answers, [key]: value }, year, policy) ?? []);
  if (variants.length === 0) return true;
  const others = PROBED_KEYS.filter((other) => other !== key && answers[other] === undefined);
  for (const assignment of assignments(others)) {
    const seen = new Set<string>();
    for (const variant of variants) {
      seen.add(safeSignature({ ...variant, ...assignment }, year, policy));
      if (seen.size > 1) return true;
    }
  }
  return false;
}

/** Does the engine list an item for the person as answered so far (others at their stand-ins)? */
export function hasItem(item: string, answers: Answers, year: number, policy: Policy): boolean {
  const person = probePerson(answers, year, policy);
  if (person === null) return true;
  try {
    return computePerson(person, year, policy).items.some((entry) => entry.item === item);
  } catch {
    return true;
  }
}

/** Whether the answers (stand-ins for the rest) break a claim rule of the text: the roster would reject them. */
export function breaksClaimRules(answers: Answers, year: number, policy: Policy): boolean {
  const person = probePerson(answers, year, policy);
  return person !== null && claimViolations(person, policy).length > 0;
}

/** The tier the person's honours alone give (qualifications left out). */
export function honourTier(answers: Answers, year: number, policy: Policy): string | null {
  const person = probePerson({ honors: answers.honors ?? '' , intro_mode: answers.intro_mode }, year, policy);
  return person === null ? null : tierOf(person, policy);
}

/**
 * Why a single typed answer is refused, checked by the roster's own validation with the other
 * answers so far (so "end before start" is caught at the end question); null when acceptable.
 */
export function fieldProblem(key: ContractKey, text: string, answers: Answers, year: number, policy: Policy, lang: 'zh' | 'en'): string | null {
  const record: Record<string, string> = { ...completedAnswers(answers, year, policy) };
  if (text.trim() === '') delete record[key];
  else record[key] = text;
  const parsed = parsePersonRecord(record, rosterMessages(lang), crossFieldRules(policy.columnRules));
  if (parsed.ok) {
    // The claim rules of the text, the roster's own: a settlement grant of 1,500 is refused at its question.
    if (text.trim() === '') return null;
    const violation = claimViolations(parsed.person, policy).find((entry) => entry.column === key);
    return violation ? violation.message[lang] : null;
  }
  return parsed.errors.find((error) => error.column === key)?.message ?? null;
}
