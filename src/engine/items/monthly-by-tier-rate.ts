// The kind monthly_by_tier_rate: each month, the area standard of the person's tier × the public
// rental rent per m² where they work (§16 柔性引进租房补贴 is one); no rate known, no amount.
import type { MonthlyByTierRateItem } from '../../policy/types.js';
import { divideRounded, formatFen, type ExactDecimal, type Fen } from '../../base/money.js';
import type { ItemResult } from '../types.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemContext } from './common.js';

export function monthlyByTierRate(item: MonthlyByTierRateItem, context: ItemContext): ItemResult | null {
  const { person, policy, tier } = context;
  if (!tier || !item.introModes.includes(person.intro_mode)) return null;
  const area = item.areaM2ByTier[tier];
  if (!area) return null;
  const why = whyOf(context, item.readings);
  const tierReadings = policy.tierReadings[tier];
  if (tierReadings && why) why.readings.push(...tierReadings(person));
  why?.reasons.push({ key: 'tier', params: { tier } }, { key: 'intro_mode', params: { mode: person.intro_mode } });
  const fromTable = person.county ? policy.rentRates[person.county] : null;
  const rate: ExactDecimal | null = person.rent_per_m2 ?? fromTable;
  const span = { first: person.start, last: person.end };
  if (!rate) {
    why?.reasons.push({ key: 'rate_missing', params: { county: person.county ?? '' } });
    why?.readings.push(item.rateReading);
    return monthlyItem(item, null, 'rate_missing', span, context, why);
  }
  // area × rate is yuan; × 100 makes fen, rounded once, by the item's rounding mode, at the end.
  const monthly = divideRounded(area.numerator * rate.numerator * 100, area.denominator * rate.denominator, item.rounding) as Fen;
  why?.reasons.push({ key: person.rent_per_m2 ? 'rate_from_roster' : 'rate_from_table', params: { rate: rate.text, county: person.county ?? '' } });
  why?.reasons.push({ key: 'area_times_rate', params: { area: area.text, rate: rate.text, monthly: formatFen(monthly) } });
  return monthlyItem(item, monthly, 'computed', span, context, why);
}
