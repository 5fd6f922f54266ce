// The lines on stderr after a run's summary that a finance office must not miss: what ranged
// amounts add beside the total (never silently one number), and each level's §22 floor against its cost.
import type { RollupTotals } from '../../budget/rollup.js';
import { addFen, type Fen } from '../../base/money.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import type { Labels } from '../../i18n/labels.js';
import { formatGrouped } from '../../i18n/number.js';

/** "合计 X 元；另有区间项目 N 项未计入：下限 +A 元，上限 +B 元 / 无上限", or null without ranged items. */
export function boundsSentence(totals: RollupTotals, labels: Labels): string | null {
  const b = budgetMessages(labels.lang);
  const { bounds } = totals;
  if (bounds.ranged === 0) return null;
  const total = formatGrouped(totals.total);
  if (bounds.withoutPoint > 0) {
    const addHigh = bounds.high === null ? null : formatGrouped(addFen(bounds.high, -totals.total as Fen));
    return b.boundsSummary(total, bounds.withoutPoint, formatGrouped(addFen(bounds.low, -totals.total as Fen)), addHigh);
  }
  return b.boundsPointSummary(total, formatGrouped(bounds.low), bounds.high === null ? null : formatGrouped(bounds.high));
}

/** `years`: the run's budget years; over a range each year's §22 floor is set against that year's cost. */
export function rollupNotes(totals: RollupTotals, years: number | readonly number[], labels: Labels): string[] {
  const b = budgetMessages(labels.lang);
  const lines: string[] = [];
  const bounds = boundsSentence(totals, labels);
  if (bounds) lines.push(bounds);
  if (totals.byYear) {
    for (const [year, own] of totals.byYear) lines.push(...fundNotes(own, year, labels).map((line) => `${b.yearPrefix(year)}${line}`));
  } else {
    lines.push(...fundNotes(totals, typeof years === 'number' ? years : years[0]!, labels));
  }
  return lines;
}

function fundNotes(totals: RollupTotals, year: number, labels: Labels): string[] {
  const b = budgetMessages(labels.lang);
  const lines: string[] = [];
  const { fund } = totals;
  if (fund && !fund.applies) lines.push(b.fundNotApplies(year, fund.firstYear, fund.lastYear));
  // Each level: its fund's floor, this budget's cost, and whether the cost fits inside the floor (§22 sets a minimum size).
  for (const level of fund?.levels ?? []) {
    lines.push(b.fundSummary(labels.payer(level.payer), formatGrouped(level.floor), formatGrouped(level.cost), level.fits ? null : formatGrouped(level.exceedsBy)));
  }
  return lines;
}
