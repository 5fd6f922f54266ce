// The kind one_off_by_tier: once, the amount of the person's tier, for the item's ways of coming
// (§16 购房补贴 is one); those its housing-reform exclusion names get nothing.
import type { OneOffByTierItem } from '../../policy/types.js';
import { formatFen } from '../../base/money.js';
import type { ItemResult } from '../types.js';
import { whyOf } from '../why.js';
import { oneOffItem, type ItemContext } from './common.js';

export function oneOffByTier(item: OneOffByTierItem, context: ItemContext): ItemResult | null {
  const { person, tier } = context;
  if (!tier || !item.introModes.includes(person.intro_mode)) return null;
  const reform = item.housingReformExcludes;
  if (person.housing_reform && reform && reform.introModes.includes(person.intro_mode)) return null;
  const amount = item.amountByTier[tier];
  if (amount === undefined) return null;
  const why = whyOf(context);
  if (person.housing_reform && reform) why?.readings.push(reform.reading);
  why?.reasons.push(
    { key: 'tier', params: { tier } },
    { key: 'intro_mode', params: { mode: person.intro_mode } },
    { key: 'amount_by_tier', params: { tier, amount: formatFen(amount) } },
  );
  if (person.housing_reform && reform) why?.reasons.push({ key: 'housing_reform_not_excluded', params: { mode: person.intro_mode } });
  return oneOffItem(item, amount, context, why);
}
