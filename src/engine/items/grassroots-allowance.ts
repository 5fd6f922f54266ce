// §17 基层工作津贴: a share of the person's own monthly basic salary, for work at township level or below.
import { formatFen, scaleFen } from '../../base/money.js';
import { EngineInputError } from '../payers.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemCalculator } from './common.js';

export const grassrootsAllowance: ItemCalculator = (context) => {
  const { person, policy } = context;
  const item = policy.items.grassroots_allowance;
  if (!item.when(person)) return null;
  if (person.base_salary === null) throw new EngineInputError(`person ${person.id}: work at township level or below needs base_salary`);
  const monthly = scaleFen(person.base_salary, item.shareOfBaseSalary, item.rounding);
  const why = whyOf(context);
  why?.reasons.push(
    { key: 'works_at_township', params: { level: person.work_level } },
    { key: 'share_of_salary', params: { salary: formatFen(person.base_salary), share: item.shareOfBaseSalary.text, rounding: item.rounding, monthly: formatFen(monthly) } },
  );
  why?.readings.push(item.whoReading);
  return monthlyItem(item, monthly, 'computed', { first: person.start, last: person.end }, context, why);
};
