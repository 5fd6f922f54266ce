// A person item of any kind, computed by its kind: the one place that goes from kind to calculator.
import type { PersonItem } from '../../policy/types.js';
import type { ItemResult } from '../types.js';
import type { ItemContext } from './common.js';
import { monthlyByTierRate } from './monthly-by-tier-rate.js';
import { monthlyFixed } from './monthly-fixed.js';
import { monthlyHighestLine } from './monthly-highest-line.js';
import { monthlyShare } from './monthly-share.js';
import { oneOffByTier } from './one-off-by-tier.js';

export function computePersonItem(item: PersonItem, context: ItemContext): ItemResult | null {
  switch (item.form) {
    case 'one_off_by_tier': return oneOffByTier(item, context);
    case 'monthly_by_tier_rate': return monthlyByTierRate(item, context);
    case 'monthly_fixed': return monthlyFixed(item, context);
    case 'monthly_highest_line': return monthlyHighestLine(item, context);
    case 'monthly_share': return monthlyShare(item, context);
  }
}
