// The kind one_off_by_tier: once, the amount of the person's tier, for the item's ways of coming
// (§16 购房补贴 is one); those its housing-reform exclusion names get nothing. `tiersPaid: each` (a
// reading's alternative) adds the amounts of every tier the person meets instead.
import type { OneOffByTierItem } from '../../policy/types.js';
import { addFen, formatFen, type Fen } from '../../base/money.js';
import type { ItemResult, Tier } from '../types.js';
import { whyOf } from '../why.js';
import { oneOffItem, type ItemContext } from './common.js';

export function oneOffByTier(item: OneOffByTierItem, context: ItemContext): ItemResult | null {
  const { person, policy, tier } = context;
  if (!tier || !item.introModes.includes(person.intro_mode)) return null;
  const reform = item.housingReformExcludes;
  if (person.housing_reform && reform && reform.introModes.includes(person.intro_mode)) return null;
  const each = item.tiersPaid === 'each' ? eachTierMet(item, context) : null;
  const amount = each ? each.amount : item.amountByTier[tier];
  if (amount === undefined) return null;
  const why = whyOf(context, item.readings);
  if (person.housing_reform && reform) why?.readings.push(reform.reading);
  // The readings the tiers paid depend on: the person's own tier, or each tier met when each is paid.
  if (why) {
    for (const paid of each ? each.tiers : [tier]) {
      const tierReadings = policy.tierReadings[paid];
      if (tierReadings) why.readings.push(...tierReadings(person));
    }
  }
  why?.reasons.push({ key: 'tier', params: { tier } }, { key: 'intro_mode', params: { mode: person.intro_mode } });
  why?.reasons.push(each && each.tiers.length > 1
    ? { key: 'amount_each_tier', params: { tiers: each.tiers.join(','), amount: formatFen(amount) } }
    : { key: 'amount_by_tier', params: { tier, amount: formatFen(amount) } });
  if (person.housing_reform && reform) why?.reasons.push({ key: 'housing_reform_not_excluded', params: { mode: person.intro_mode } });
  return oneOffItem(item, amount, context, why);
}

/** The tiers the person meets that the item has an amount for, and those amounts added. */
function eachTierMet(item: OneOffByTierItem, context: ItemContext): { tiers: Tier[]; amount: Fen } | null {
  const met = context.policy.tiersMet(context.person);
  const tiers: Tier[] = [];
  let amount = 0 as Fen;
  context.policy.tiers.forEach((entry, index) => {
    const own = item.amountByTier[entry.tier];
    if (met & (1 << index) && own !== undefined) {
      tiers.push(entry.tier);
      amount = addFen(amount, own);
    }
  });
  return tiers.length ? { tiers, amount } : null;
}
