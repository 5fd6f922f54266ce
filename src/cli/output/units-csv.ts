// CSV for rencai units: one row per unit, item and payer, like the roster's CSV (same quoting,
// formula neutralising, BOM for files), then the units roster's passthrough columns. The amount
// column sums to rollup.total.
import { formatFen, type Fen } from '../../base/money.js';
import { BUDGET_CSV_HEADER } from '../../i18n/csv-headers.js';
import { csvLine } from '../../io/csv-line.js';
import type { CsvOptions } from './csv.js';
import type { BudgetFormatter, RunInfo, UnitEntry } from './types.js';

export const UNIT_CSV_COLUMNS = [
  'row', 'id', 'name', 'unit_type', 'item', 'clause', 'payer', 'amount', 'status',
  'item_label', 'payer_label', 'category', 'range_low', 'range_high',
] as const;

const money = (amount: Fen | null): string => (amount === null ? '' : formatFen(amount));

export function createUnitsCsvFormatter(info: RunInfo, options: CsvOptions): BudgetFormatter {
  const names = options.header === 'zh' ? BUDGET_CSV_HEADER : {};
  return {
    explains: false,
    begin: () => (options.bom ? '\uFEFF' : '') + csvLine([...UNIT_CSV_COLUMNS.map((column) => names[column] ?? column), ...(info.years ? [names.year ?? 'year'] : []), ...info.passthrough]),
    person: () => '',
    unit(entry: UnitEntry) {
      const { result } = entry;
      let text = '';
      for (const item of result.items) {
        for (const part of item.payers.length ? item.payers : [null]) {
          text += csvLine([
            String(entry.row), result.id, result.name ?? '', entry.unit.unit_type, item.item, item.clause,
            part?.payer ?? '', money(part ? part.amount : item.amount), item.status,
            info.labels.item(item.item), part ? info.labels.payer(part.payer) : '', item.category ?? 'cash',
            item.range ? formatFen(item.range.low) : '', item.range ? money(item.range.high) : '',
            ...(info.years ? [item.year === undefined ? '' : String(item.year)] : []),
            ...entry.extra,
          ]);
        }
      }
      return text;
    },
    end: () => '',
  };
}
