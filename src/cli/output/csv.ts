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

/**
 * quote(neutralise(cell)), without a regular expression for the common cell (a million-row roster
 * writes tens of millions of cells): only a cell that starts with = + @ - tab or CR, or holds a
 * comma, quote or line break, takes the full path.
 */
export function csvCell(cell: string): string {
  const length = cell.length;
  if (length === 0) return cell;
  const first = cell.charCodeAt(0);
  if (first === 61 || first === 43 || first === 64 || first === 45 || first === 9 || first === 13) return quote(neutralise(cell));
  for (let k = 0; k < length; k++) {
    const code = cell.charCodeAt(k);
    if (code === 44 || code === 34 || code === 10 || code === 13) return quote(cell);
  }
  return cell;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** csvCell for the few texts every line repeats (codes, clauses, labels), worked out once each. */
function cellCache(): (text: string) => string {
  const cells = new Map<string, string>();
  return (text) => {
    let cell = cells.get(text);
    if (cell === undefined) {
      cell = csvCell(text);
      cells.set(text, cell);
    }
    return cell;
  };
}

const money = (amount: Fen | null): string => (amount === null ? '' : formatFen(amount));

export interface CsvOptions {
  header: 'en' | 'zh';
  /** A UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (files, not pipes). */
  bom: boolean;
}

export function createCsvFormatter(info: RunInfo, options: CsvOptions): Formatter {
  const names = options.header === 'zh' ? messages('zh').csvHeader : {};
  const constant = cellCache();
  return {
    begin: () => (options.bom ? '\uFEFF' : '') + csvLine([...CSV_COLUMNS.map((column) => names[column] ?? column), ...info.passthrough]),
    person(entry: PersonEntry) {
      const { result } = entry;
      if (result.items.length === 0) return '';
      // The cells every line of this person shares, escaped once; then each line is joined by hand.
      const head = `${entry.row},${csvCell(result.id)},${csvCell(result.name ?? '')},${csvCell(result.tier ?? '')},`;
      let tail = '\r\n';
      if (entry.extra.length > 0) tail = `,${entry.extra.map(csvCell).join(',')}\r\n`;
      let text = '';
      for (const item of result.items) {
        const tax = item.category === 'tax';
        const itemCells = `${constant(item.item)},${constant(item.clause)},`;
        const monthly = csvCell(money(item.monthly));
        const months = item.months === null ? '' : String(item.months);
        const itemLabel = constant(info.labels.item(item.item));
        const status = constant(item.status);
        if (item.payers.length === 0) {
          const amount = csvCell(money(item.amount));
          text += `${head}${itemCells},${monthly},${months},${tax ? '' : amount},${status},${itemLabel},,${tax ? 'tax' : 'cash'},${tax ? amount : ''}${tail}`;
          continue;
        }
        for (const part of item.payers) {
          const amount = csvCell(money(part.amount));
          text +=
            `${head}${itemCells}${constant(part.payer)},${monthly},${months},${tax ? '' : amount},${status},${itemLabel},` +
            `${constant(info.labels.payer(part.payer))},${tax ? 'tax' : 'cash'},${tax ? amount : ''}${tail}`;
        }
      }
      return text;
    },
    end: () => '',
  };
}
