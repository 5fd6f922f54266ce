// §16 购房补贴: one-off, at the highest tier, for direct and local introductions.
import { formatFen } from '../money.js';
import type { Reason } from '../types.js';
import { oneOffItem, type ItemCalculator } from './common.js';

export const housingPurchase: ItemCalculator = (context) => {
  const { person, policy, tier } = context;
  const item = policy.items.housing_purchase;
  if (!tier || !item.introModes.includes(person.intro_mode)) return null;
  const readings: string[] = [];
  if (person.housing_reform) {
    if (item.housingReformExcludes.introModes.includes(person.intro_mode)) return null;
    readings.push(item.housingReformExcludes.reading);
  }
  const amount = item.amountByTier[tier];
  if (amount === undefined) return null;
  const reasons: Reason[] = [
    { key: 'tier', params: { tier } },
    { key: 'intro_mode', params: { mode: person.intro_mode } },
    { key: 'amount_by_tier', params: { tier, amount: formatFen(amount) } },
  ];
  if (person.housing_reform) reasons.push({ key: 'housing_reform_not_excluded', params: { mode: person.intro_mode } });
  return oneOffItem(item, amount, context, reasons, readings);
};
