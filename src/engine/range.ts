import { divideRounded, type Fen } from '../base/money.js';
import type { EngineOptions } from './types.js';

/**
 * The point of a range that --range picks, or null when none is asked for. An open-ended range
 * ("not less than") has only its floor, whatever point is asked for; the reasons say so.
 */
export function pointOf(range: { low: Fen; high: Fen | null }, point: EngineOptions['rangePoint']): Fen | null {
  if (!point) return null;
  if (point === 'low' || range.high === null) return range.low;
  if (point === 'high') return range.high;
  return divideRounded(range.low + range.high, 2, 'half_up') as Fen;
}
