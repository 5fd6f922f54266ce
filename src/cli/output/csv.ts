// CSV output: one row per person, item and payer (README “输出格式”), then the roster's
// passthrough columns. The amount column is each payer's part of a cash item, so it sums to
// rollup.total; a tax expenditure's part goes in tax_amount instead (category = tax).
import { ByteWriter } from '../../io/byte-writer.js';
import { csvCell, csvLine } from '../../io/csv-line.js';
import { ROSTER_CSV_HEADER } from '../../i18n/csv-headers.js';
import type { BytesFormatter, Formatter, PersonEntry, RunInfo } from './types.js';

/** The contract's columns, then ours. */
export const CSV_COLUMNS = [
  'row', 'id', 'name', 'tier', 'item', 'clause', 'payer', 'monthly', 'months', 'amount',
  'status', 'item_label', 'payer_label', 'category', 'tax_amount',
] as const;

export interface CsvOptions {
  header: 'en' | 'zh';
  /** A UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (files, not pipes). */
  bom: boolean;
}

export function createCsvFormatter(info: RunInfo, options: CsvOptions): Formatter & BytesFormatter {
  const names = options.header === 'zh' ? ROSTER_CSV_HEADER : {};
  const fragments = lineFragments(info);
  // A range of years adds the item's year after the last column of ours (a single year's CSV is as before).
  const years = info.years !== undefined;
  const personBytes = (entry: PersonEntry, out: ByteWriter): void => {
    const items = entry.result.items;
    // The cells every line of this person shares (row, id, name, tier before; the passthrough cells
    // after) are written for the first line and copied for the next; the cells an item, payer and
    // status fix come as two fragments encoded once per run.
    let first = true;
    let head = 0;
    let headEnd = 0;
    let tail = 0;
    let tailEnd = 0;
    for (const item of items) {
      const tax = item.category === 'tax';
      const payers = item.payers;
      const lines = payers.length === 0 ? 1 : payers.length;
      for (let k = 0; k < lines; k++) {
        const part = payers.length === 0 ? null : payers[k]!;
        if (first) {
          head = out.mark;
          writeHead(out, entry);
          headEnd = out.mark;
        } else {
          out.repeat(head, headEnd);
        }
        const line = fragments(item.item, item.clause, part === null ? '' : part.payer, item.status, tax);
        const amount = part === null ? item.amount : part.amount;
        out.bytes(line.before);
        if (item.monthly !== null) out.fen(item.monthly);
        out.comma();
        if (item.months !== null) out.integer(item.months);
        out.comma();
        if (!tax && amount !== null) out.fen(amount);
        out.bytes(line.after);
        if (tax && amount !== null) out.fen(amount);
        if (years) {
          out.comma();
          if (item.year !== undefined) out.integer(item.year);
        }
        if (first) {
          tail = out.mark;
          writeTail(out, entry.extra);
          tailEnd = out.mark;
          first = false;
        } else {
          out.repeat(tail, tailEnd);
        }
      }
    }
  };
  return {
    explains: false,
    begin: () => (options.bom ? '\uFEFF' : '') + csvLine([...CSV_COLUMNS.map((column) => names[column] ?? column), ...(years ? [names.year ?? 'year'] : []), ...info.passthrough]),
    personBytes,
    person(entry: PersonEntry) {
      const out = new ByteWriter(256);
      personBytes(entry, out);
      return out.take().toString('utf8');
    },
    end: () => '',
  };
}

/** "row,id,name,tier," */
function writeHead(out: ByteWriter, entry: PersonEntry): void {
  const { result } = entry;
  out.integer(entry.row);
  out.comma();
  out.text(csvCell(result.id));
  out.comma();
  out.text(csvCell(result.name ?? ''));
  out.comma();
  out.text(csvCell(result.tier ?? ''));
  out.comma();
}

/** ",passthrough,…" and the line end. */
function writeTail(out: ByteWriter, extra: readonly string[]): void {
  for (const cell of extra) {
    out.comma();
    out.text(csvCell(cell));
  }
  out.lineEnd();
}

/**
 * The cells of a line that its item, payer, status and category decide, escaped and encoded once:
 * "item,clause,payer," before the money cells and ",status,item_label,payer_label,category," after
 * the amount. A roster has a few dozen such combinations and a million lines. Money cells need no
 * escaping: they are digits, one point and at most a leading minus, which csvCell keeps.
 */
function lineFragments(info: RunInfo): (item: string, clause: string, payer: string, status: string, tax: boolean) => Fragments {
  // Nested by item, then payer: no key text is built per line.
  const byItem = new Map<string, Map<string, Fragments[]>>();
  return (item, clause, payer, status, tax) => {
    let byPayer = byItem.get(item);
    if (byPayer === undefined) byItem.set(item, (byPayer = new Map()));
    let known = byPayer.get(payer);
    if (known === undefined) byPayer.set(payer, (known = []));
    for (const entry of known) {
      if (entry.status === status && entry.clause === clause && entry.tax === tax) return entry;
    }
    const payerLabel = payer === '' ? '' : csvCell(info.labels.payer(payer));
    const fragments: Fragments = {
      clause, status, tax,
      before: Buffer.from(`${csvCell(item)},${csvCell(clause)},${csvCell(payer)},`),
      after: Buffer.from(`,${csvCell(status)},${csvCell(info.labels.item(item))},${payerLabel},${tax ? 'tax' : 'cash'},`),
    };
    known.push(fragments);
    return fragments;
  };
}

interface Fragments {
  clause: string;
  status: string;
  tax: boolean;
  before: Buffer;
  after: Buffer;
}
