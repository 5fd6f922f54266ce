// The lines on stderr after a run's summary that a finance office must not miss: what ranged
// amounts add beside the total (never silently one number), and each level short of its §22 floor.
import type { RollupTotals } from '../budget/rollup.js';
import { addFen } from '../engine/money.js';
import { budgetMessages } from '../i18n/budget-messages.js';
import type { Labels } from '../i18n/labels.js';
import { formatGrouped } from '../i18n/number.js';
import { writeProblem } from './errors.js';

export function rollupNotes(totals: RollupTotals, year: number, labels: Labels): string[] {
  const b = budgetMessages(labels.lang);
  const lines: string[] = [];
  const { bounds } = totals;
  if (bounds.ranged > 0) {
    const total = formatGrouped(totals.total);
    if (bounds.withoutPoint > 0) {
      const addHigh = bounds.high === null ? null : formatGrouped(addFen(bounds.high, -totals.total));
      lines.push(b.boundsSummary(total, bounds.withoutPoint, formatGrouped(addFen(bounds.low, -totals.total)), addHigh));
    } else {
      lines.push(b.boundsPointSummary(total, formatGrouped(bounds.low), bounds.high === null ? null : formatGrouped(bounds.high)));
    }
  }
  const { fund } = totals;
  if (fund && !fund.applies) lines.push(b.fundNotApplies(year, fund.firstYear, fund.lastYear));
  for (const level of fund?.levels ?? []) {
    if (!level.covered) lines.push(b.fundShortSummary(labels.payer(level.payer), formatGrouped(level.cost), formatGrouped(level.floor), formatGrouped(level.shortBy)));
  }
  return lines;
}

export function writeRollupNotes(totals: RollupTotals, year: number, labels: Labels): void {
  for (const line of rollupNotes(totals, year, labels)) writeProblem(line);
}
