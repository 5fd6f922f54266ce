// §17 人才津贴: every line of the table the person meets is a candidate; the highest is paid
// ("就高不就低"). Flexible introductions: the employer sets it, with no amount.
import { formatFen } from '../money.js';
import type { AllowanceCandidate, Reason } from '../types.js';
import { monthlyItem, type ItemCalculator } from './common.js';

export const talentAllowance: ItemCalculator = (context) => {
  const { person, policy } = context;
  const item = policy.items.talent_allowance;
  const met = item.lines.filter((line) => line.when(person));
  if (met.length === 0) return null;
  const span = { first: person.start, last: person.end };
  if (item.flexible.introModes.includes(person.intro_mode)) {
    const reasons: Reason[] = [
      { key: 'intro_mode', params: { mode: person.intro_mode } },
      ...met.map((line) => ({ key: 'allowance_line_met', params: { line: line.id, monthly: formatFen(line.monthly) } })),
      { key: 'employer_set' },
    ];
    const result = monthlyItem(item, null, 'employer_set', span, context, reasons, [item.flexible.reading], item.flexible.payer);
    if (result) result.candidates = met.map((line) => ({ line: line.id, monthly: line.monthly, chosen: false }));
    return result;
  }
  if (!item.introModes.includes(person.intro_mode)) return null;
  // The first of equal amounts wins, so the table's order decides ties.
  const chosen = met.reduce((best, line) => (line.monthly > best.monthly ? line : best));
  const candidates: AllowanceCandidate[] = met.map((line) => ({ line: line.id, monthly: line.monthly, chosen: line === chosen }));
  const reasons: Reason[] = [
    { key: 'intro_mode', params: { mode: person.intro_mode } },
    ...met.map((line) => ({ key: 'allowance_line_met', params: { line: line.id, monthly: formatFen(line.monthly) } })),
    { key: 'allowance_highest', params: { line: chosen.id, monthly: formatFen(chosen.monthly), count: met.length } },
  ];
  const readings = met.flatMap((line) => (line.reading ? [line.reading] : []));
  const result = monthlyItem(item, chosen.monthly, 'computed', span, context, reasons, readings);
  if (result) result.candidates = candidates;
  return result;
};
