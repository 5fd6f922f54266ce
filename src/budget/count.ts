// A counted row (the 人数 column): one row standing for `count` identical people. The engine prices
// one head; here every amount of the row becomes that head's amount times the count, payer parts
// included, so that a row of 3 equals three rows of 1 to the fen (each part is split per head by the
// engine, then multiplied: the parts still sum to the item). Overflow is MoneyOverflowError, as in
// the engine, and rejects the row.
import { multiplyFen, type Fen } from '../base/money.js';
import type { ItemResult } from '../engine/types.js';

/** What a person's or a unit's result holds that a count multiplies. */
export interface CountableResult {
  items: ItemResult[];
  total: Fen;
  taxTotal?: Fen;
  count?: number;
  perHead?: { total: Fen; taxTotal?: Fen };
}

const times = (amount: Fen | null, count: number): Fen | null => (amount === null ? null : multiplyFen(amount, count));

/** The result of `count` heads; count 1 returns the result itself, so an uncounted row is untouched. */
export function countedResult<R extends CountableResult>(result: R, count: number): R {
  if (count === 1) return result;
  const items = result.items.map((item): ItemResult => ({
    ...item,
    monthly: times(item.monthly, count),
    amount: times(item.amount, count),
    payers: item.payers.map((part) => ({ ...part, amount: times(part.amount, count) })),
    ...(item.range ? { range: { low: multiplyFen(item.range.low, count), high: times(item.range.high, count) } } : {}),
    perHead: { monthly: item.monthly, amount: item.amount },
  }));
  return {
    ...result,
    items,
    total: multiplyFen(result.total, count),
    ...(result.taxTotal !== undefined ? { taxTotal: multiplyFen(result.taxTotal, count) } : {}),
    count,
    perHead: { total: result.total, ...(result.taxTotal !== undefined ? { taxTotal: result.taxTotal } : {}) },
  };
}
