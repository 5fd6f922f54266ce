// §16 应届毕业生租房补贴: a fixed monthly sum for at most maxMonths from the contract month.
import { formatMonth } from '../../base/months.js';
import { formatFen } from '../../base/money.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemCalculator } from './common.js';

export const graduateRent: ItemCalculator = (context) => {
  const { person, policy } = context;
  const item = policy.items.graduate_rent;
  if (!person.fresh_graduate) return null;
  const capEnd = person.start + item.maxMonths - 1;
  const last = person.end === null ? capEnd : Math.min(person.end, capEnd);
  const why = whyOf(context);
  why?.reasons.push(
    { key: 'fresh_graduate', params: { monthly: formatFen(item.monthly) } },
    { key: 'graduate_cap', params: { first: formatMonth(person.start), last: formatMonth(capEnd), max: item.maxMonths } },
  );
  return monthlyItem(item, item.monthly, 'computed', { first: person.start, last }, context, why);
};
