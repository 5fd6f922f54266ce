// §16 购房补贴: one-off, at the highest tier, for direct and local introductions.
import { formatFen } from '../../base/money.js';
import { whyOf } from '../why.js';
import { oneOffItem, type ItemCalculator } from './common.js';

export const housingPurchase: ItemCalculator = (context) => {
  const { person, policy, tier } = context;
  const item = policy.items.housing_purchase;
  if (!tier || !item.introModes.includes(person.intro_mode)) return null;
  if (person.housing_reform && item.housingReformExcludes.introModes.includes(person.intro_mode)) return null;
  const amount = item.amountByTier[tier];
  if (amount === undefined) return null;
  const why = whyOf(context);
  if (person.housing_reform) why?.readings.push(item.housingReformExcludes.reading);
  why?.reasons.push(
    { key: 'tier', params: { tier } },
    { key: 'intro_mode', params: { mode: person.intro_mode } },
    { key: 'amount_by_tier', params: { tier, amount: formatFen(amount) } },
  );
  if (person.housing_reform) why?.reasons.push({ key: 'housing_reform_not_excluded', params: { mode: person.intro_mode } });
  return oneOffItem(item, amount, context, why);
};
