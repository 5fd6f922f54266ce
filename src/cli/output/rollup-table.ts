// The roll-up of a table output, after the blocks: totals by payer, item and county (one year, or
// the years side by side over a range), tax expenditures, bounds of ranged amounts, what could not
// be computed, and the §22 fund floor.
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Fen } from '../../base/money.js';
import type { RollupTotals } from '../../budget/rollup.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped } from '../../i18n/number.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import { boundsSentence } from './rollup-notes.js';
import { BORDERLESS, moneyWithWan, PLAIN, statusText, wanCell } from './table-style.js';
import type { RunInfo } from './types.js';

export function createRollupTables(info: RunInfo, c: ChalkInstance) {
  const { labels } = info;
  const t = messages(labels.lang).table;
  const b = budgetMessages(labels.lang);

  function moneyTable(title: string, keyHead: string, rows: [string, Fen][], total: Fen | null): string {
    const table = new Table({ ...PLAIN(), head: [keyHead, t.yuan, ...(labels.lang === 'zh' ? [t.wan] : [])], colAligns: ['left', 'right', 'right'] });
    for (const [name, amount] of rows) table.push([name, formatGrouped(amount), ...(labels.lang === 'zh' ? [wanCell(amount)] : [])]);
    if (total !== null) table.push([c.bold(t.total), c.bold(formatGrouped(total)), ...(labels.lang === 'zh' ? [c.bold(wanCell(total))] : [])]);
    return `${title ? `${c.bold(title)}\n` : ''}${table.toString()}\n`;
  }

  function boundsTable(totals: RollupTotals): string {
    const { bounds } = totals;
    if (bounds.ranged === 0) return '';
    const high = (amount: Fen | null) => (amount === null ? b.table.unbounded : formatGrouped(amount));
    const table = new Table({ ...PLAIN(), head: [t.item, b.table.low, b.table.high], colAligns: ['left', 'right', 'right'] });
    for (const [item, range] of orderItems(bounds.byItem, info.policy)) table.push([labels.item(item), formatGrouped(range.low), high(range.high)]);
    table.push([c.bold(b.table.boundsTotal), c.bold(formatGrouped(bounds.low)), c.bold(high(bounds.high))]);
    return `${c.bold(c.yellow(b.table.boundsTitle))}\n${table.toString()}\n${c.dim(b.table.boundsNote)}\n`;
  }

  /** `year`: over a range, the year whose floor this is (named in the title). */
  function fundTable(totals: RollupTotals, year?: number): string {
    const { fund } = totals;
    if (!fund) return '';
    const title = c.bold(`${year === undefined ? '' : `${b.table.fundYear(year)}  `}${fund.clause} ${info.policy.fund?.label[labels.lang] ?? ''}`);
    if (!fund.applies) return `${title}\n${b.table.fundNotApplies(year ?? info.year, fund.firstYear, fund.lastYear)}\n`;
    const table = new Table({ ...PLAIN(), head: [t.payer, b.table.revenue, b.table.floor, b.table.cost, b.table.result], colAligns: ['left', 'right', 'right', 'right', 'left'] });
    for (const [payer, level] of orderPayers(fund.levels.map((entry) => [entry.payer, entry] as [string, typeof entry]))) {
      const result = level.fits ? c.green(b.table.fits) : c.yellow(b.table.exceeds(formatGrouped(level.exceedsBy)));
      table.push([labels.payer(payer), formatGrouped(level.revenue), formatGrouped(level.floor), formatGrouped(level.cost), result]);
    }
    return `${title}\n${table.toString()}\n${c.dim(b.table.fundNote)}\n`;
  }

  function uncomputedTables(totals: RollupTotals): string {
    if (totals.uncomputed.count === 0) return `${c.bold(t.uncomputedTitle)}${labels.lang === 'zh' ? '：' : ': '}${t.allComputed}\n`;
    const byItem = new Table({ ...PLAIN(), head: [t.item, t.problem, t.count], colAligns: ['left', 'left', 'right'] });
    for (const [item, counts] of orderItems(totals.uncomputed.byItem, info.policy)) {
      for (const [status, count] of statusText(counts, t.status)) byItem.push([labels.item(item), status, String(count)]);
    }
    const byPayer = new Table({ ...PLAIN(), head: [t.payer, t.problem, t.count], colAligns: ['left', 'left', 'right'] });
    for (const [payer, counts] of orderPayers(totals.uncomputed.byPayer)) {
      for (const [status, count] of statusText(counts, t.status)) byPayer.push([labels.payer(payer), status, String(count)]);
    }
    return `${c.bold(c.yellow(t.uncomputedTitle))}\n${byItem.toString()}\n${byPayer.toString()}\n${c.dim(t.uncomputedNote)}\n`;
  }

  /**
   * A roll-up of a range of years: the years side by side, then the range's total, per payer, item
   * and county (in yuan; 万元 would not fit five years on a terminal's width).
   */
  function yearsTable(title: string, keyHead: string, byYear: ReadonlyMap<number, RollupTotals>, pick: (totals: RollupTotals) => ReadonlyMap<string, Fen>, rows: [string, string][], total: (totals: RollupTotals) => Fen, range: RollupTotals): string {
    const years = [...byYear.keys()];
    const head = [keyHead, ...years.map((year) => b.table.yearColumn(year)), b.table.rangeTotal(years[0]!, years[years.length - 1]!)];
    // Without box lines: five years of eight-figure amounts and the total then fit 120 columns.
    const table = new Table({ ...BORDERLESS(), head: head.map((cell) => c.bold(cell)), colAligns: ['left', ...head.slice(1).map(() => 'right' as const)] });
    for (const [code, name] of rows) table.push([name, ...[...byYear.values()].map((own) => formatGrouped(pick(own).get(code) ?? (0 as Fen))), c.bold(formatGrouped(pick(range).get(code) ?? (0 as Fen)))]);
    table.push([c.bold(t.total), ...[...byYear.values()].map((own) => c.bold(formatGrouped(total(own)))), c.bold(formatGrouped(total(range)))]);
    return `${title ? `${c.bold(title + b.table.yearsUnit)}\n` : ''}${table.toString()}\n`;
  }

  function rangeRollupText(totals: RollupTotals, byYear: ReadonlyMap<number, RollupTotals>, count: string): string {
    const parts: string[] = [];
    const bounds = boundsSentence(totals, labels);
    parts.push(`${c.bold(count)}    ${t.total} ${c.bold(moneyWithWan(totals.total, labels.lang))}\n${bounds ? `${c.yellow(bounds)}\n` : ''}`);
    const cash = (own: RollupTotals) => own.total;
    parts.push(yearsTable(t.byPayerTitle, t.payer, byYear, (own) => own.byPayer, orderPayers(totals.byPayer).map(([code]) => [code, labels.payer(code)]), cash, totals));
    parts.push(yearsTable(t.byItemTitle, t.item, byYear, (own) => own.byItem, orderItems(totals.byItem, info.policy).map(([code]) => [code, labels.item(code)]), cash, totals));
    parts.push(yearsTable(t.byCountyTitle, t.county, byYear, (own) => own.byCounty, orderCounties(totals.byCounty).map(([code]) => [code, labels.county(code)]), cash, totals));
    if (totals.tax.byItem.size > 0) {
      const tax = (own: RollupTotals) => own.tax.total;
      parts.push(yearsTable(t.taxTitle, t.item, byYear, (own) => own.tax.byItem, orderItems(totals.tax.byItem, info.policy).map(([code]) => [code, labels.item(code)]), tax, totals)
        + yearsTable('', t.payer, byYear, (own) => own.tax.byPayer, orderPayers(totals.tax.byPayer).map(([code]) => [code, labels.payer(code)]), tax, totals)
        + `${c.dim(t.taxNote)}\n`);
    }
    parts.push(boundsTable(totals));
    parts.push(uncomputedTables(totals));
    // §22 sets each year's floor against that year's cost.
    for (const [year, own] of byYear) {
      const fund = fundTable(own, year);
      if (fund) parts.push(fund);
    }
    return parts.filter((part) => part !== '').join('\n');
  }

  /** The roll-up after the blocks; `count` says what was computed ("共 12 人"). */
  function rollupText(totals: RollupTotals, count: string): string {
    if (totals.byYear) return rangeRollupText(totals, totals.byYear, count);
    const parts: string[] = [];
    const bounds = boundsSentence(totals, labels);
    parts.push(`${c.bold(count)}    ${t.total} ${c.bold(moneyWithWan(totals.total, labels.lang))}\n${bounds ? `${c.yellow(bounds)}\n` : ''}`);
    parts.push(moneyTable(t.byPayerTitle, t.payer, orderPayers(totals.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.total));
    parts.push(moneyTable(t.byItemTitle, t.item, orderItems(totals.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.total));
    parts.push(moneyTable(t.byCountyTitle, t.county, orderCounties(totals.byCounty).map(([code, amount]) => [labels.county(code), amount]), totals.total));
    if (totals.tax.byItem.size > 0) {
      parts.push(moneyTable(t.taxTitle, t.item, orderItems(totals.tax.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.tax.total)
        + moneyTable('', t.payer, orderPayers(totals.tax.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.tax.total)
        + `${c.dim(t.taxNote)}\n`);
    }
    parts.push(boundsTable(totals));
    parts.push(uncomputedTables(totals));
    parts.push(fundTable(totals));
    return parts.filter((part) => part !== '').join('\n');
  }

  return { rollupText };
}
