// Why a person's result is what it is: which attribute gave the tier, and for every item of the
// edition which of its data conditions the person meets and which not — including the items that
// did not apply, which computePerson leaves out. Pure, and apart from computePerson's hot path:
// the amounts always come from computePerson itself; this only evaluates the same data conditions
// (intro modes, tiers, allowance lines, compiled `when` predicates) once more to report them.
import type { ItemBase, Policy } from '../policy/types.js';
import { computePerson } from './index.js';
import { formatMonth } from '../base/months.js';
import { formatFen } from '../base/money.js';
import { tierOf } from './tier.js';
import type { ItemResult, Person, PersonResult, Reason, Tier } from './types.js';

export interface Check {
  met: boolean;
  reason: Reason;
  clause: string;
}

export interface TierExplanation {
  tier: Tier | null;
  /** The attributes that put the person in that tier (each a reason `tier_given_by`). */
  givenBy: Reason[];
  /** Every tier whose own condition the person meets, highest first. */
  meets: Tier[];
}

export interface ItemExplanation {
  item: string;
  clause: string;
  /** True when the item pays (or is listed without an amount) in the year. */
  applies: boolean;
  checks: Check[];
  /** The engine's result when it applies. */
  result: ItemResult | null;
  /** The edition that priced it, when the year spans editions. */
  edition?: string;
}

export interface Explanation {
  year: number;
  edition: string;
  tier: TierExplanation;
  items: ItemExplanation[];
  result: PersonResult;
}

const NEUTRAL: Pick<Person, 'honors' | 'education' | 'degree' | 'title' | 'skill'> = {
  honors: [], education: 'none', degree: 'none', title: 'none', skill: 'none',
};
type TierField = keyof typeof NEUTRAL;

/** Each attribute that can give a tier, with the person as they would be without it. */
function attributes(person: Person): { field: TierField; value: string; without: Person; alone: Person }[] {
  const list: { field: TierField; value: string; without: Person; alone: Person }[] = [];
  const base: Person = { ...person, ...NEUTRAL };
  for (const honor of person.honors) {
    list.push({ field: 'honors', value: honor, without: { ...person, honors: person.honors.filter((entry) => entry !== honor) }, alone: { ...base, honors: [honor] } });
  }
  for (const field of ['education', 'degree', 'title', 'skill'] as const) {
    if (person[field] !== 'none') list.push({ field, value: person[field], without: { ...person, [field]: 'none' }, alone: { ...base, [field]: person[field] } });
  }
  return list;
}

/**
 * The attributes behind a tier, found by taking each away: those without which the tier is lost
 * (a doctor needs both education and degree); when none is indispensable because several suffice
 * alone (two tier-B honours), those that alone suffice.
 */
export function explainTier(person: Person, policy: Policy): TierExplanation {
  const tier = tierOf(person, policy);
  const meets = policy.tiers.filter((entry) => entry.when(person)).map((entry) => entry.tier);
  if (!tier) return { tier, givenBy: [], meets };
  const candidates = attributes(person);
  let chosen = candidates.filter((attribute) => !policy.meetsTier(attribute.without, tier));
  if (chosen.length === 0) chosen = candidates.filter((attribute) => policy.meetsTier(attribute.alone, tier));
  return { tier, givenBy: chosen.map((attribute) => ({ key: 'tier_given_by', params: { tier, field: attribute.field, value: attribute.value } })), meets };
}

type Data = ItemBase & Record<string, unknown>;

function check(met: boolean, key: string, clause: string, params: Record<string, string | number> = {}): Check {
  return { met, reason: { key, params }, clause };
}

/** The data conditions of an item, by the kind of item it is (its form). */
function itemChecks(item: Data, person: Person, tier: Tier | null, policy: Policy): Check[] {
  const clause = item.clause;
  const checks: Check[] = [];
  const usesTier = item.form === 'one_off_by_tier' || item.form === 'monthly_by_tier_rate';
  if (usesTier) checks.push(check(tier !== null, tier ? 'check_tier' : 'check_no_tier', clause, tier ? { tier } : {}));
  const flexible = item.flexible as { introModes: readonly string[] } | undefined;
  if (Array.isArray(item.introModes)) {
    const allowed = [...(item.introModes as string[]), ...(flexible?.introModes ?? [])];
    checks.push(check(allowed.includes(person.intro_mode), 'check_intro_mode', clause, { mode: person.intro_mode, allowed: allowed.join(',') }));
  }
  const reform = item.housingReformExcludes as { introModes: readonly string[] } | undefined;
  if (reform && person.housing_reform) {
    checks.push(check(!reform.introModes.includes(person.intro_mode), 'check_housing_reform', clause, { mode: person.intro_mode, excluded: reform.introModes.join(',') }));
  }
  for (const [field, key] of [['amountByTier', 'check_amount_for_tier'], ['areaM2ByTier', 'check_area_for_tier']] as const) {
    const table = item[field] as Partial<Record<Tier, unknown>> | undefined;
    if (table && tier) checks.push(check(table[tier] !== undefined, key, clause, { tier }));
  }
  if (item.form === 'monthly_by_tier_rate') {
    const rate = person.rent_per_m2 ?? (person.county ? policy.rentRates[person.county] : null);
    checks.push(check(rate !== null, 'check_rent_rate', clause, { county: person.county ?? '', rate: rate?.text ?? '' }));
  }
  if (item.form === 'monthly_for_fresh_graduates') checks.push(check(person.fresh_graduate, 'check_fresh_graduate', clause));
  if (item.form === 'monthly_highest_line') {
    for (const line of item.lines as { id: string; monthly: number; when: (person: Person) => boolean }[]) {
      checks.push(check(line.when(person), 'check_line', clause, { line: line.id, monthly: formatFen(line.monthly) }));
    }
  }
  if (typeof item.when === 'function') {
    const met = (item.when as (person: Person) => boolean)(person);
    if (item.form !== 'monthly_share') {
      checks.push(check(met, 'check_condition', clause, { item: item.item }));
    } else {
      checks.push(check(met, 'check_work_level', clause, { level: person.work_level }));
      if (met) checks.push(check(person.base_salary !== null, 'check_base_salary', clause, { salary: person.base_salary === null ? '' : formatFen(person.base_salary) }));
    }
  }
  return checks;
}

/** A line is one of several alternatives: the item's conditions are met when every other check is and any line is. */
function conditionsMet(checks: readonly Check[]): boolean {
  const lines = checks.filter((entry) => entry.reason.key === 'check_line');
  const others = checks.filter((entry) => entry.reason.key !== 'check_line');
  return others.every((entry) => entry.met) && (lines.length === 0 || lines.some((entry) => entry.met));
}

export function explainPerson(person: Person, year: number, policy: Policy): Explanation {
  const result = computePerson(person, year, policy);
  const tier = explainTier(person, policy);
  // The core items always (a person is told why one did not apply); grants and yearly items when they apply.
  const applied = new Set([...result.items.map((entry) => entry.item), ...(result.declined ?? []).map((entry) => entry.item)]);
  const extra = [...policy.grants, ...policy.annual].filter((item) => applied.has(item.item)) as unknown as Data[];
  const items = [...Object.values(policy.items as unknown as Record<string, Data>), ...(policy.monthly as unknown as Data[]), ...extra].flatMap((item): ItemExplanation[] => {
    // A year that spans editions may price an item twice, once by each edition: one explanation each.
    const computed = result.items.filter((entry) => entry.item === item.item);
    const checks = itemChecks(item, person, tier.tier, policy);
    // The conditions of claim-rules.json for an item the row claims: a declined claim shows the one it fails.
    for (const rule of policy.claimRules) {
      if (rule.item === item.item && rule.claimedBy(person)) checks.push(check(rule.when(person), 'check_claim_rule', item.clause, { rule: rule.id }));
    }
    if (computed.length === 0) {
      if (conditionsMet(checks)) {
        // Entitled, but nothing falls in this year: a one-off granted in another year, months outside it.
        checks.push(check(false, 'check_in_year', item.clause, { year, start: formatMonth(person.start), end: person.end === null ? '' : formatMonth(person.end), kind: item.kind }));
      }
      return [{ item: item.item, clause: item.clause, applies: false, checks, result: null }];
    }
    return computed.map((entry) => ({ item: item.item, clause: item.clause, applies: true, checks, result: entry, ...(entry.edition ? { edition: entry.edition } : {}) }));
  });
  return { year, edition: policy.edition, tier, items, result };
}
