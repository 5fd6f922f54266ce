// The kind monthly_share: each month a share of the person's own monthly basic salary, for whoever
// meets the item's condition (§17 基层工作津贴 is one).
import type { MonthlyShareItem } from '../../policy/types.js';
import { formatFen, scaleFen } from '../../base/money.js';
import { missingFact } from '../payers.js';
import type { ItemResult } from '../types.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemContext } from './common.js';

export function monthlyShare(item: MonthlyShareItem, context: ItemContext): ItemResult | null {
  const { person } = context;
  if (!item.when(person)) return null;
  if (person.base_salary === null) throw missingFact('base_salary', item.label, `person ${person.id}`);
  const monthly = scaleFen(person.base_salary, item.shareOfBaseSalary, item.rounding);
  const why = whyOf(context, item.readings);
  // An item may name the reason its condition is told by; its parameter is where the person works.
  why?.reasons.push(item.words ? { key: item.words.reason, params: { level: person.work_level } } : { key: 'condition_met', params: { item: item.item } });
  why?.reasons.push({ key: 'share_of_salary', params: { salary: formatFen(person.base_salary), share: item.shareOfBaseSalary.text, rounding: item.rounding, monthly: formatFen(monthly) } });
  if (item.whoReading) why?.readings.push(item.whoReading);
  return monthlyItem(item, monthly, 'computed', { first: person.start, last: person.end }, context, why);
}
