// `--output FILE.xlsx`: the results as an Excel workbook for a budget meeting. Four sheets (the
// first continued on 明细 (2) … past a sheet's 1,048,576 rows): the person-item-payer rows (the CSV
// format's rows and columns), the roll-up (by payer, item and county, tax expenditures, items
// without an amount), the rejected rows with their reasons, and the non-money entitlements. Each
// sheet's XML is built as bytes row by row (xlsx-sheet.ts) and deflated into the zip as it comes
// (src/io/zip-writer.ts), which goes through a file sink (temporary name, renamed when complete).
//
// Money is a number cell of fen / 100 with format #,##0.00. fen / 100 is the double nearest to the
// decimal amount, which is what Excel itself stores for a typed 1234.56; every total is written as a
// value added up in integer fen, never as a formula. A text cell is an inline string, which a
// spreadsheet never evaluates, so "=1+1" stays text (no apostrophe needed, unlike CSV).
import type { RollupTotals } from '../../budget/rollup.js';
import { ROSTER_CSV_HEADER } from '../../i18n/csv-headers.js';
import { messages } from '../../i18n/messages.js';
import { CSV_COLUMNS } from './csv.js';
import { fileSink, type Sink } from '../../io/sink.js';
import { ZipWriter, type ZipMember } from '../../io/zip-writer.js';
import { RightsSpool } from './xlsx-rights.js';
import { NO_MONEY, SheetXml, type CellValue } from './xlsx-sheet.js';
import { rollupSheet } from './xlsx-rollup.js';
import { sheetPart, workbookParts } from './xlsx-parts.js';
import type { Formatter, PersonEntry, RejectedRows, RunInfo } from './types.js';

/** Sheet XML gathered before it goes to the compressor. */
const FLUSH_BYTES = 1 << 18;

interface SheetText {
  items: string;
  rollup: string;
  rejected: string;
  rights: string;
  right: string;
  name: string;
  people: string;
  rejectedRows: string;
}

const TEXT: Record<'zh' | 'en', SheetText> = {
  zh: { items: '明细', rollup: '汇总', rejected: '未通过的行', rights: '非货币待遇', right: '待遇', name: '姓名', people: '人数', rejectedRows: '未通过的行数' },
  en: { items: 'Items', rollup: 'Roll-up', rejected: 'Rejected rows', rights: 'Non-money rights', right: 'Right', name: 'Name', people: 'People', rejectedRows: 'Rejected rows' },
};

/** Display width of a text: a CJK character takes two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

/** Column widths from the header and a typical cell, within reason. */
function columnWidths(headers: readonly string[], typical: readonly number[]): { width: number }[] {
  return headers.map((header, index) => ({ width: Math.min(60, Math.max(8, displayWidth(header) + 2, typical[index] ?? 0)) }));
}

const TYPICAL_ITEM_WIDTHS: Record<string, number> = {
  row: 6, id: 12, name: 10, tier: 8, item: 22, clause: 6, payer: 18, monthly: 12, months: 6, amount: 14,
  status: 12, item_label: 22, payer_label: 16, category: 6, tax_amount: 14,
};

/** Rows an Excel worksheet holds (Excel's limit, header included); more and Excel refuses the workbook. */
const SHEET_ROWS = 1_048_576;

/** The n-th sheet of a continued list: 明细, 明细 (2), 明细 (3) … */
export function continuedSheetName(name: string, n: number): string {
  return n === 1 ? name : `${name} (${n})`;
}

interface Output {
  formatter: Formatter;
  sink: Sink;
}

/** A sheet being written: its XML and, once bytes have gone out, its zip member. */
interface Sheet {
  n: number;
  xml: SheetXml;
  member: ZipMember | null;
}

/** Adds one row; cells at `moneyAt` (0-based) hold yuan and get the money format. */
function putRow(sheet: Sheet, values: readonly CellValue[], moneyAt: ReadonlySet<number> = NO_MONEY, bold = false): void {
  sheet.xml.values(values, moneyAt, bold);
}

/** `sheetRows`: rows a sheet may hold, header included (tests inject a small one). */
export async function createXlsxOutput(info: RunInfo, path: string, describe: (path: string, reason: string) => string, { sheetRows = SHEET_ROWS } = {}): Promise<Output> {
  const lang = info.labels.lang;
  const text = TEXT[lang];
  const t = messages(lang).table;
  const names = lang === 'zh' ? ROSTER_CSV_HEADER : {};
  const file = await fileSink(path, describe);
  const zip = new ZipWriter(file);
  const sheetNames: string[] = [];
  const rights = new RightsSpool();

  const addSheet = (name: string, headers: readonly string[], widths: readonly number[]): Sheet => {
    sheetNames.push(name);
    const sheet: Sheet = { n: sheetNames.length, xml: new SheetXml(columnWidths(headers, widths).map((column) => column.width)), member: null };
    putRow(sheet, headers, NO_MONEY, true);
    return sheet;
  };
  /** The sheet's XML so far into its zip member (opened with its first bytes). */
  const flush = async (sheet: Sheet): Promise<void> => {
    if (sheet.xml.out.size === 0) return;
    sheet.member ??= await zip.member(sheetPart(sheet.n));
    await sheet.member.write(sheet.xml.out.take());
  };
  const endSheet = async (sheet: Sheet, closed = false): Promise<void> => {
    if (!closed) sheet.xml.close();
    await flush(sheet);
    await sheet.member!.end();
  };

  // A range of years adds the item's year after the last column of ours, as the CSV does (a single
  // year's workbook is as before).
  const years = info.years !== undefined;
  const yearColumn = years ? [names.year ?? 'year'] : [];
  const itemHeaders = [...CSV_COLUMNS.map((column) => names[column] ?? column), ...yearColumn, ...info.passthrough];
  const itemWidths = [...CSV_COLUMNS.map((column) => TYPICAL_ITEM_WIDTHS[column] ?? 10), ...yearColumn.map(() => 6), ...info.passthrough.map(() => 12)];
  const column = Object.fromEntries(CSV_COLUMNS.map((name, index) => [name, index])) as Record<(typeof CSV_COLUMNS)[number], number>;
  const yearAt = CSV_COLUMNS.length;
  const extraAt = CSV_COLUMNS.length + yearColumn.length;
  let items = addSheet(text.items, itemHeaders, itemWidths);
  let itemSheets = 1;
  // Item sheets complete but not yet handed to the zip (a person is formatted synchronously).
  const completed: Sheet[] = [];

  function itemRows(entry: PersonEntry): void {
    const { result } = entry;
    for (const item of result.items) {
      const parts = item.payers.length ? item.payers : [null];
      const tax = item.category === 'tax';
      for (const part of parts) {
        // A result longer than a sheet continues on 明细 (2) …, each with its header, so Excel opens it.
        if (items.xml.rows >= sheetRows) {
          items.xml.close();
          completed.push(items);
          itemSheets++;
          items = addSheet(continuedSheetName(text.items, itemSheets), itemHeaders, itemWidths);
        }
        const xml = items.xml;
        const amount = part ? part.amount : item.amount;
        xml.startRow();
        xml.number(column.row, entry.row);
        xml.text(column.id, result.id);
        xml.text(column.name, result.name ?? '');
        xml.text(column.tier, result.tier ?? '', 0, true);
        xml.text(column.item, item.item, 0, true);
        xml.text(column.clause, item.clause, 0, true);
        xml.text(column.payer, part?.payer ?? '', 0, true);
        xml.fen(column.monthly, item.monthly);
        xml.number(column.months, item.months);
        if (!tax) xml.fen(column.amount, amount);
        xml.text(column.status, item.status, 0, true);
        xml.text(column.item_label, info.labels.item(item.item), 0, true);
        xml.text(column.payer_label, part ? info.labels.payer(part.payer) : '', 0, true);
        xml.text(column.category, tax ? 'tax' : 'cash', 0, true);
        if (tax) xml.fen(column.tax_amount, amount);
        if (years) xml.number(yearAt, item.year ?? null);
        for (let k = 0; k < entry.extra.length; k++) xml.text(extraAt + k, entry.extra[k]!);
        xml.endRow();
      }
    }
    for (const right of result.rights ?? []) {
      rights.add([String(entry.row), result.id, result.name ?? '', info.labels.right(right.id), right.clause]);
    }
  }

  const flushItems = async (): Promise<void> => {
    while (completed.length > 0) await endSheet(completed.shift()!, true);
    if (items.xml.out.size >= FLUSH_BYTES) await flush(items);
  };

  async function writeRollup(rejected: RejectedRows, totals: RollupTotals): Promise<void> {
    const rollup = rollupSheet(info, totals, rejected.length, text);
    const sheet = addSheet(text.rollup, rollup.headers, rollup.widths);
    for (const row of rollup.rows) putRow(sheet, row.values, row.moneyAt, row.bold);
    await endSheet(sheet);
  }

  async function writeRejected(rejected: RejectedRows): Promise<void> {
    const sheet = addSheet(text.rejected, [t.row, t.id, t.column, t.problem], [8, 12, 16, 80]);
    for await (const batch of rejected.batches()) {
      for (const entry of batch) {
        for (const error of entry.errors) putRow(sheet, [entry.row, entry.id ?? '', info.labels.column(error.column), error.message]);
        if (sheet.xml.out.size >= FLUSH_BYTES) await flush(sheet);
      }
    }
    await endSheet(sheet);
  }

  async function writeRights(): Promise<void> {
    const sheet = addSheet(text.rights, [t.row, t.id, text.name, text.right, t.clause], [8, 12, 10, 40, 8]);
    for await (const batch of rights.lines()) {
      for (const [row, id, name, right, clause] of batch) {
        putRow(sheet, [Number(row), id ?? '', name ?? '', right ?? '', clause ?? '']);
        if (sheet.xml.out.size >= FLUSH_BYTES) await flush(sheet);
      }
    }
    await endSheet(sheet);
  }

  let ending: { rejected: RejectedRows; totals: RollupTotals } | null = null;
  const formatter: Formatter = {
    explains: false,
    begin: () => '',
    wantsWrite: () => completed.length > 0 || items.xml.out.size >= FLUSH_BYTES || rights.needsDrain,
    person(entry) {
      itemRows(entry);
      return '';
    },
    end(rejected, totals) {
      ending = { rejected, totals };
      return '';
    },
  };

  const sink: Sink = {
    async write() {
      if (rights.needsDrain) await rights.drain();
      await flushItems();
    },
    async finish() {
      try {
        await flushItems();
        await endSheet(items);
        if (ending) {
          await writeRollup(ending.rejected, ending.totals);
          await writeRejected(ending.rejected);
        }
        await writeRights();
        for (const [name, xml] of workbookParts(sheetNames)) await zip.file(name, xml);
        await zip.finish();
      } catch (error) {
        await rights.remove();
        await file.abort();
        throw error;
      }
      await rights.remove();
      await file.finish();
    },
    async abort() {
      await rights.remove();
      await file.abort();
    },
  };
  return { formatter, sink };
}
