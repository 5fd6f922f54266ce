// The kind monthly_highest_line: every line of the item's table the person meets is a candidate;
// the highest is paid ("就高不就低", §17 人才津贴 is one). The item's flexible intro modes: the
// employer sets it, with no amount.
import type { AllowanceLine, MonthlyHighestLineItem } from '../../policy/types.js';
import { formatFen } from '../../base/money.js';
import type { AllowanceCandidate, ItemResult } from '../types.js';
import { whyOf } from '../why.js';
import { monthlyItem, type ItemContext } from './common.js';

export function monthlyHighestLine(item: MonthlyHighestLineItem, context: ItemContext): ItemResult | null {
  const { person } = context;
  // Most people meet no line: one call tells, and no array is made for them.
  const mask = item.linesMet(person);
  if (mask === 0) return null;
  const met = item.lines.filter((_line, index) => mask & (1 << index));
  const flexible = item.flexible.introModes.includes(person.intro_mode);
  if (!flexible && !item.introModes.includes(person.intro_mode)) return null;
  // The first of equal amounts wins, so the table's order decides ties; a flexible introduction has
  // no amount, so none is chosen.
  let chosen: AllowanceLine | null = null;
  if (!flexible) for (const line of met) if (chosen === null || line.monthly > chosen.monthly) chosen = line;
  const candidates: AllowanceCandidate[] = met.map((line) => ({ line: line.id, monthly: line.monthly, chosen: line === chosen }));
  const why = whyOf(context, item.readings);
  why?.reasons.push({ key: 'intro_mode', params: { mode: person.intro_mode } });
  for (const line of met) why?.reasons.push({ key: 'allowance_line_met', params: { line: line.id, monthly: formatFen(line.monthly) } });
  let result;
  if (chosen === null) {
    why?.reasons.push({ key: 'employer_set' });
    why?.readings.push(item.flexible.reading);
    result = monthlyItem(item, null, 'employer_set', { first: person.start, last: person.end }, context, why, item.flexible.payer);
  } else {
    why?.reasons.push({ key: 'allowance_highest', params: { line: chosen.id, monthly: formatFen(chosen.monthly), count: met.length } });
    for (const line of met) {
      if (line.reading) why?.readings.push(line.reading);
      if (line.readingsFor && why) why.readings.push(...line.readingsFor(person));
    }
    result = monthlyItem(item, chosen.monthly, 'computed', { first: person.start, last: person.end }, context, why);
  }
  if (result) result.candidates = candidates;
  return result;
}
