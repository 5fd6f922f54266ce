// CSV for rencai budget: the roll-up as rows a spreadsheet can filter, one section per kind of
// line (a budget meeting wants the totals; per-person and per-unit CSV come from roster and units).
// Each section's amounts sum to its total row: by_payer, by_item and by_county to total; the tax
// sections to tax_total.
import { addFen, formatFen, type Fen } from '../../base/money.js';
import { BUDGET_CSV_HEADER } from '../../i18n/csv-headers.js';
import type { RollupTotals } from '../../budget/rollup.js';
import { csvLine } from '../../io/csv-line.js';
import type { CsvOptions } from './csv.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import type { BudgetFormatter, RunInfo } from './types.js';

export const BUDGET_CSV_COLUMNS = ['section', 'code', 'label', 'status', 'count', 'amount', 'low', 'high', 'revenue', 'floor', 'short_by', 'exceeds_by'] as const;

type Row = Partial<Record<(typeof BUDGET_CSV_COLUMNS)[number] | 'year', string>>;

const money = (amount: Fen | null): string => (amount === null ? '' : formatFen(amount));

export function createBudgetCsvFormatter(info: RunInfo, options: CsvOptions): BudgetFormatter {
  const names = options.header === 'zh' ? BUDGET_CSV_HEADER : {};
  const { labels } = info;

  // A range of years: each year's rows with its year, then the range's with "2014-2016"; a single year has no year column.
  const yearCell = info.years ? (year: string) => ({ year }) : () => ({});
  const columns = info.years ? [...BUDGET_CSV_COLUMNS, 'year' as const] : BUDGET_CSV_COLUMNS;
  const csvRow = (row: Row) => csvLine(columns.map((column) => row[column] ?? ''));

  function rollupRows(totals: RollupTotals, year = ''): string {
    const line = (row: Row) => csvRow({ ...row, ...yearCell(year) });
    let text = '';
    for (const [code, amount] of orderPayers(totals.byPayer)) text += line({ section: 'by_payer', code, label: labels.payer(code), amount: formatFen(amount) });
    for (const [code, amount] of orderItems(totals.byItem, info.policy)) text += line({ section: 'by_item', code, label: labels.item(code), amount: formatFen(amount) });
    for (const [code, amount] of orderCounties(totals.byCounty)) text += line({ section: 'by_county', code, label: labels.county(code), amount: formatFen(amount) });
    text += line({ section: 'total', amount: formatFen(totals.total), low: formatFen(totals.bounds.low), high: money(totals.bounds.high) });
    for (const [code, range] of orderItems(totals.bounds.byItem, info.policy)) {
      text += line({ section: 'bounds_by_item', code, label: labels.item(code), low: formatFen(range.low), high: money(range.high) });
    }
    for (const [code, amount] of orderPayers(totals.tax.byPayer)) text += line({ section: 'tax_by_payer', code, label: labels.payer(code), amount: formatFen(amount) });
    for (const [code, amount] of orderItems(totals.tax.byItem, info.policy)) text += line({ section: 'tax_by_item', code, label: labels.item(code), amount: formatFen(amount) });
    text += line({ section: 'tax_total', amount: formatFen(totals.tax.total) });
    for (const [code, counts] of orderItems(totals.uncomputed.byItem, info.policy)) {
      for (const [status, count] of Object.entries(counts)) text += line({ section: 'uncomputed', code, label: labels.item(code), status, count: String(count) });
    }
    if (totals.fund && !totals.fund.applies) text += line({ section: 'fund', status: 'not_applicable' });
    for (const [code, level] of orderPayers((totals.fund?.levels ?? []).map((entry) => [entry.payer, entry] as [string, typeof entry]))) {
      text += line({
        section: 'fund', code, label: labels.payer(code), status: level.fits ? 'within_floor' : 'exceeds_floor',
        amount: formatFen(level.cost), revenue: formatFen(level.revenue), floor: formatFen(level.floor), short_by: formatFen(level.fits ? addFen(level.floor, -level.cost as Fen) : (0 as Fen)), exceeds_by: formatFen(level.exceedsBy),
      });
    }
    return text;
  }

  return {
    explains: false,
    begin: () => (options.bom ? '\uFEFF' : '') + csvLine(columns.map((column) => names[column] ?? column)),
    person: () => '',
    unit: () => '',
    end: (_rejected, totals) => {
      if (!totals.byYear || !info.years) return rollupRows(totals);
      let text = '';
      for (const [year, own] of totals.byYear) text += rollupRows(own, String(year));
      return text + rollupRows(totals, `${info.years[0]}-${info.years[info.years.length - 1]}`);
    },
  };
}
