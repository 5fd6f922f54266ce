// Yearly items (the tax expenditures of §14–§15): a fixed sum for each of the first N calendar
// years from the start, or the amount the roster supplies for the budget year.
import type { AnnualItem } from '../../policy/types.js';
import { yearOfMonth } from '../../base/months.js';
import { formatFen, type Fen } from '../../base/money.js';
import { splitPayers } from '../payers.js';
import type { ItemResult, ItemStatus } from '../types.js';
import { readingsOf, reasonsOf, whyOf } from '../why.js';
import { itemResult, type ItemContext } from './common.js';
import { declined } from '../claim-rules.js';

export function annualItem(item: AnnualItem, context: ItemContext): ItemResult | null {
  const { person, policy, year } = context;
  if (item.when && !item.when(person)) return null;
  const claim = item.claim ? person.claims?.[item.claim] : undefined;
  if (item.claim && !item.when && !claim) return null;
  if (year < yearOfMonth(item.effectiveMonth)) return null;
  // A window of N years runs from the hire, even a hire before the policy: only its years in force count.
  const firstYear = yearOfMonth(person.start);
  if (year < firstYear) return null;
  if (person.end !== null && year > yearOfMonth(person.end)) return null;

  const why = whyOf(context, item.readings);
  for (const reading of item.readingIds) why?.readings.push(reading);
  let amount: Fen | null;
  let status: ItemStatus = 'computed';
  if (claim) {
    amount = claim.amount;
    if (item.amountReading) why?.readings.push(item.amountReading);
    if (amount === null) {
      status = 'amount_missing';
      why?.reasons.push({ key: 'amount_missing' });
    } else {
      why?.reasons.push({ key: 'claimed_amount', params: { amount: formatFen(amount) } });
    }
  } else if (item.amountPerYear !== null) {
    if (item.maxYears !== null && year > firstYear + item.maxYears - 1) return null;
    amount = item.amountPerYear;
    why?.reasons.push({ key: 'per_year', params: { amount: formatFen(amount), first: firstYear, last: item.maxYears === null ? '' : firstYear + item.maxYears - 1 } });
  } else {
    return null;
  }
  if (amount === 0) return null;
  if (declined(item, context)) return null;
  const payers = splitPayers(amount, item.payer, person, policy, why);
  return itemResult({
    item: item.item, clause: item.clause, kind: 'annual', category: item.category, status,
    monthly: null, months: null, amount,
    payers,
    reasons: reasonsOf(why),
    readings: readingsOf(why),
  });
}
