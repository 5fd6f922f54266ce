// CSV output: one row per person, item and payer (ROSTER-CONTRACT.md), then the roster's
// passthrough columns. The amount column is each payer's part of a cash item, so it sums to
// rollup.total; a tax expenditure's part goes in tax_amount instead (category = tax).
import { formatFen, type Fen } from '../../engine/money.js';
import { messages } from '../../i18n/messages.js';
import type { Formatter, PersonEntry, RunInfo } from './types.js';

/** The contract's columns, then ours. */
export const CSV_COLUMNS = [
  'row', 'id', 'name', 'tier', 'item', 'clause', 'payer', 'monthly', 'months', 'amount',
  'status', 'item_label', 'payer_label', 'category', 'tax_amount',
] as const;

const PLAIN_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe: one starting with
 * = + @ tab or CR, or with - unless the whole cell is a plain negative number.
 */
export function neutralise(cell: string): string {
  if (/^[=+@\t\r]/.test(cell)) return `'${cell}`;
  if (cell.startsWith('-') && cell.length > 1 && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

/** RFC 4180: a cell with a comma, quote, CR or LF is quoted, quotes doubled. */
export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map((cell) => quote(neutralise(cell))).join(',')}\r\n`;
}

const money = (amount: Fen | null): string => (amount === null ? '' : formatFen(amount));

export interface CsvOptions {
  header: 'en' | 'zh';
  /** A UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (files, not pipes). */
  bom: boolean;
}

export function createCsvFormatter(info: RunInfo, options: CsvOptions): Formatter {
  const names = options.header === 'zh' ? messages('zh').csvHeader : {};
  return {
    begin: () => (options.bom ? '\uFEFF' : '') + csvLine([...CSV_COLUMNS.map((column) => names[column] ?? column), ...info.passthrough]),
    person(entry: PersonEntry) {
      const { result } = entry;
      let text = '';
      for (const item of result.items) {
        const parts = item.payers.length ? item.payers : [null];
        const tax = item.category === 'tax';
        for (const part of parts) {
          const amount = money(part ? part.amount : item.amount);
          text += csvLine([
            String(entry.row), result.id, result.name ?? '', result.tier ?? '', item.item, item.clause,
            part?.payer ?? '', money(item.monthly), item.months === null ? '' : String(item.months),
            tax ? '' : amount,
            item.status, info.labels.item(item.item), part ? info.labels.payer(part.payer) : '',
            tax ? 'tax' : 'cash', tax ? amount : '',
            ...entry.extra,
          ]);
        }
      }
      return text;
    },
    end: () => '',
  };
}
