// Why a person's result is what it is: which attribute gave the tier, and for every item of the
// edition which of its data conditions the person meets and which not — including the items that
// did not apply, which computePerson leaves out. Pure, and apart from computePerson's hot path:
// the amounts always come from computePerson itself; this only evaluates the same data conditions
// (intro modes, tiers, allowance lines, compiled `when` predicates) once more to report them.
import type { Policy } from '../policy/types.js';
import { check, itemChecks, type Check } from './item-checks.js';
import { computePerson } from './index.js';
import { formatMonth } from '../base/months.js';
import { tierOf } from './tier.js';
import type { ItemResult, Person, PersonResult, Reason, Tier } from './types.js';

export type { Check } from './item-checks.js';

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
  const extra = [...policy.grants, ...policy.annual].filter((item) => applied.has(item.item));
  const items = [...policy.items, ...extra].flatMap((item): ItemExplanation[] => {
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
