// The kind monthly_fixed: a fixed sum a month for whoever meets the item's condition, for at most
// maxMonths months from the start (§16 应届毕业生租房补贴 is one). An edition adds such an item as data alone.
import type { MonthlyFixedItem } from '../../policy/types.js';
import { formatMonth } from '../../base/months.js';
import { formatFen } from '../../base/money.js';
import type { ItemResult } from '../types.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemContext } from './common.js';

export function monthlyFixed(item: MonthlyFixedItem, context: ItemContext): ItemResult | null {
  const { person } = context;
  if (item.introModes && !item.introModes.includes(person.intro_mode)) return null;
  if (!item.when(person)) return null;
  const why = whyOf(context, item.readings);
  if (item.introModes) why?.reasons.push({ key: 'intro_mode', params: { mode: person.intro_mode } });
  // An item may name the one reason its condition and amount are told by.
  if (item.words) why?.reasons.push({ key: item.words.reason, params: { monthly: formatFen(item.monthly) } });
  else why?.reasons.push({ key: 'condition_met', params: { item: item.item } }, { key: 'monthly_fixed', params: { monthly: formatFen(item.monthly) } });
  if (item.reading) why?.readings.push(item.reading);
  let last = person.end;
  if (item.maxMonths !== null) {
    const capEnd = person.start + item.maxMonths - 1;
    last = last === null ? capEnd : Math.min(last, capEnd);
    why?.reasons.push({ key: 'graduate_cap', params: { first: formatMonth(person.start), last: formatMonth(capEnd), max: item.maxMonths } });
  }
  return monthlyItem(item, item.monthly, 'computed', { first: person.start, last }, context, why);
}
