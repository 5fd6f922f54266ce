// `--output FILE.xlsx`: the results as an Excel workbook for a budget meeting. Four sheets (the first continued on 明细 (2) … past a sheet's 1,048,576 rows): the
// person-item-payer rows (the CSV format's rows and columns), the roll-up (by payer, item and county,
// tax expenditures, items without an amount), the rejected rows with their reasons, and the
// non-money entitlements. Streamed with exceljs's WorkbookWriter: each row is committed as it comes,
// and the zip goes through a file sink (temporary name, renamed when complete).
//
// Money is a number cell of fen / 100 with format #,##0.00. fen / 100 is the double nearest to the
// decimal amount, which is what Excel itself stores for a typed 1234.56; every total is written as a
// value added up in integer fen, never as a formula. A text cell is an inline string, which a
// spreadsheet never evaluates, so "=1+1" stays text (no apostrophe needed, unlike CSV).
import { Writable } from 'node:stream';
import { LineSpool } from '../../io/spool.js';
import type ExcelJSNamespace from 'exceljs';
import type { Fen } from '../../base/money.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { loadExcelJS } from '../../roster/xlsx.js';
import { CSV_COLUMNS } from './csv.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import { fileSink, type Sink } from '../../io/sink.js';
import type { Formatter, PersonEntry, RejectedRows, RunInfo } from './types.js';

type Worksheet = ExcelJSNamespace.Worksheet;
type CellValue = string | number | null;

const MONEY_FORMAT = '#,##0.00';
// One style object per kind, shared by every cell: exceljs caches a style by object identity, so a
// fresh object per cell would cost a style lookup each (most of the run time, measured).
const PLAIN: Partial<ExcelJSNamespace.Style> = {};
const MONEY: Partial<ExcelJSNamespace.Style> = { numFmt: MONEY_FORMAT };
const BOLD: Partial<ExcelJSNamespace.Style> = { font: { bold: true } };
const BOLD_MONEY: Partial<ExcelJSNamespace.Style> = { numFmt: MONEY_FORMAT, font: { bold: true } };
const NO_MONEY: ReadonlySet<number> = new Set();

/** Adds and commits one row; cells at `moneyAt` (0-based) get the money format. */
function putRow(sheet: Worksheet, values: readonly CellValue[], moneyAt: ReadonlySet<number> = NO_MONEY, bold = false): void {
  const row = sheet.addRow([...values]);
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const money = moneyAt.has(column - 1);
    cell.style = bold ? (money ? BOLD_MONEY : BOLD) : money ? MONEY : PLAIN;
  });
  row.commit();
}
const MONEY_COLUMNS = new Set<string>(['monthly', 'amount', 'tax_amount']);

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

/** A cell of money: the amount in yuan, exact to the fen (see the head of this file). */
export function moneyCell(amount: Fen | null): number | null {
  return amount === null ? null : amount / 100;
}

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

/** Uncompressed sheet XML allowed to wait for the compressor before the run waits for it. */
const PENDING_BYTES = 4 << 20;

interface PendingStream {
  _writableState?: { length?: number };
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * exceljs writes a sheet's XML into the zip without waiting for the compressor (its StreamBuf
 * ignores write()'s answer), so a fast roster would pile the whole sheet up in memory (measured:
 * 55 MB per 40,000 people). The stream it writes into is found and waited on when it holds too much.
 * Pinned exceljs 4.4.0 internals; if their shape changes this only stops waiting.
 */
function compressorInput(sheet: Worksheet): PendingStream | null {
  const buffer = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream;
  const target = buffer?.pipes?.[0] as PendingStream | undefined;
  return target && typeof target.once === 'function' && typeof target._writableState?.length === 'number' ? target : null;
}

async function waitForCompressor(input: PendingStream | null): Promise<void> {
  if (input === null || (input._writableState?.length ?? 0) < PENDING_BYTES) return;
  await new Promise<void>((resolve) => input.once('drain', resolve));
}

interface Output {
  formatter: Formatter;
  sink: Sink;
}

/**
 * Rights are written to their own sheet after the items sheet is complete (a zip holds one sheet
 * after another; a second sheet written alongside would wait in memory), so they wait in a spool
 * (src/io/spool.ts: memory, then a temporary file removed on every exit), one JSON line each.
 */
class RightsSpool {
  private readonly spool = new LineSpool('rencai-rights');

  add(cells: readonly string[]): void {
    this.spool.add(JSON.stringify(cells));
  }

  get needsDrain(): boolean {
    return this.spool.needsDrain;
  }

  drain(): Promise<void> {
    return this.spool.drain();
  }

  async *lines(): AsyncGenerator<string[][]> {
    for await (const batch of this.spool.batches()) yield batch.map((line) => JSON.parse(line) as string[]);
  }

  remove(): Promise<void> {
    return this.spool.remove();
  }
}

/** Rows an Excel worksheet holds (Excel's limit, header included); more and Excel refuses the workbook. */
const SHEET_ROWS = 1_048_576;

/** The n-th sheet of a continued list: 明细, 明细 (2), 明细 (3) … */
export function continuedSheetName(name: string, n: number): string {
  return n === 1 ? name : `${name} (${n})`;
}

/** `sheetRows`: rows a sheet may hold, header included (tests inject a small one). */
export async function createXlsxOutput(info: RunInfo, path: string, describe: (path: string, reason: string) => string, { sheetRows = SHEET_ROWS } = {}): Promise<Output> {
  const ExcelJS = await loadExcelJS();
  const lang = info.labels.lang;
  const text = TEXT[lang];
  const t = messages(lang).table;
  const names = lang === 'zh' ? messages('zh').csvHeader : {};
  const file = await fileSink(path, describe);

  // exceljs pipes the zip into this; each chunk waits for the file to take it.
  const bytes = new Writable({
    // A failed write is kept, not passed on: exceljs would wait for a 'finish' that never comes.
    write(chunk: Buffer, _encoding, callback) {
      if (failure) return callback();
      file.write(chunk).then(() => callback(), (error: unknown) => {
        failure ??= error;
        callback();
      });
    },
  });
  let failure: unknown = null;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: bytes, useStyles: true, useSharedStrings: false });
  workbook.creator = 'rencai';
  const rights = new RightsSpool();

  const addSheet = (name: string, headers: readonly string[], widths: readonly number[]): Worksheet => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columnWidths(headers, widths);
    putRow(sheet, headers, NO_MONEY, true);
    return sheet;
  };

  // A range of years adds the item's year after the last column of ours, as the CSV does (a single
  // year's workbook is as before).
  const years = info.years !== undefined;
  const yearColumn = years ? [names.year ?? 'year'] : [];
  const itemHeaders = [...CSV_COLUMNS.map((column) => names[column] ?? column), ...yearColumn, ...info.passthrough];
  const itemMoney = new Set<number>(CSV_COLUMNS.flatMap((column, index) => (MONEY_COLUMNS.has(column) ? [index] : [])));
  const itemWidths = [...CSV_COLUMNS.map((column) => TYPICAL_ITEM_WIDTHS[column] ?? 10), ...yearColumn.map(() => 6), ...info.passthrough.map(() => 12)];
  let items = addSheet(text.items, itemHeaders, itemWidths);
  let itemSheets = 1;
  let itemSheetRows = 1;
  // A result longer than a sheet continues on 明细 (2) …, each with its header, so Excel opens it.
  const putItemRow = (values: readonly CellValue[]): void => {
    if (itemSheetRows >= sheetRows) {
      items.commit();
      itemSheets++;
      items = addSheet(continuedSheetName(text.items, itemSheets), itemHeaders, itemWidths);
      itemSheetRows = 1;
      pending = undefined;
    }
    putRow(items, values, itemMoney);
    itemSheetRows++;
  };

  function itemRows(entry: PersonEntry): void {
    const { result } = entry;
    for (const item of result.items) {
      const parts = item.payers.length ? item.payers : [null];
      const tax = item.category === 'tax';
      for (const part of parts) {
        const amount = moneyCell(part ? part.amount : item.amount);
        const byColumn: Record<(typeof CSV_COLUMNS)[number], CellValue> = {
          row: entry.row, id: result.id, name: result.name ?? '', tier: result.tier ?? '', item: item.item, clause: item.clause,
          payer: part?.payer ?? '', monthly: moneyCell(item.monthly), months: item.months,
          amount: tax ? null : amount, status: item.status, item_label: info.labels.item(item.item),
          payer_label: part ? info.labels.payer(part.payer) : '', category: tax ? 'tax' : 'cash', tax_amount: tax ? amount : null,
        };
        putItemRow([...CSV_COLUMNS.map((column) => byColumn[column]), ...(years ? [item.year ?? null] : []), ...entry.extra]);
      }
    }
    for (const right of result.rights ?? []) {
      rights.add([String(entry.row), result.id, result.name ?? '', info.labels.right(right.id), right.clause]);
    }
  }

  function writeRollup(rejected: RejectedRows, totals: RollupTotals): void {
    const byYear = totals.byYear;
    const b = budgetMessages(lang).table;
    const yearList = byYear ? [...byYear.keys()] : [];
    const title = byYear ? b.yearsHeading(yearList[0]!, yearList[yearList.length - 1]!, info.policy.edition) : t.heading(info.policy.edition, info.year);
    const sheet = addSheet(text.rollup, [title, '', ''], [30, 18, ...yearList.map(() => 18), 36]);
    const second = new Set([1]);
    const addMoney = (label: string, amount: Fen, bold = false) => putRow(sheet, [label, moneyCell(amount)], second, bold);
    const blank = () => putRow(sheet, []);
    const heading = (title: string, head: readonly string[]) => {
      blank();
      putRow(sheet, [title], NO_MONEY, true);
      putRow(sheet, head, NO_MONEY, true);
    };
    const moneyRows = (rows: [string, Fen][], total: Fen) => {
      for (const [label, amount] of rows) addMoney(label, amount);
      addMoney(t.total, total, true);
    };
    const countRows = (rows: [string, StatusCounts][], label: (code: string) => string) => {
      for (const [code, counts] of rows) {
        for (const [status, count] of Object.entries(counts)) putRow(sheet, [label(code), count ?? 0, t.status[status] ?? status]);
      }
    };
    putRow(sheet, [info.policy.label[lang]]);
    putRow(sheet, [text.people, totals.people]);
    putRow(sheet, [text.rejectedRows, rejected.length]);
    addMoney(t.total, totals.total, true);

    // Over a range the years stand side by side, then the range's total, as in the table; each cell
    // is that year's own roll-up, so a year's column is its single-year workbook's.
    const yearsMoney = new Set(yearList.map((_, index) => index + 1).concat(yearList.length + 1));
    const yearsHead = byYear ? [...yearList.map((year) => b.yearColumn(year)), b.rangeTotal(yearList[0]!, yearList[yearList.length - 1]!)] : [t.yuan];
    const section = (sectionTitle: string, keyHead: string, rows: [string, string][], pick: (own: RollupTotals) => ReadonlyMap<string, Fen>, total: (own: RollupTotals) => Fen) => {
      heading(sectionTitle, [keyHead, ...yearsHead]);
      if (!byYear) return moneyRows(rows.map(([code, name]) => [name, pick(totals).get(code) ?? 0]), total(totals));
      const cells = (code: string) => [...[...byYear.values()].map((own) => pick(own).get(code) ?? 0), pick(totals).get(code) ?? 0];
      for (const [code, name] of rows) putRow(sheet, [name, ...cells(code).map(moneyCell)], yearsMoney);
      putRow(sheet, [t.total, ...[...byYear.values(), totals].map((own) => moneyCell(total(own)))], yearsMoney, true);
    };
    const cash = (own: RollupTotals) => own.total;
    const tax = (own: RollupTotals) => own.tax.total;
    section(t.byPayerTitle, t.payer, orderPayers(totals.byPayer).map(([code]) => [code, info.labels.payer(code)]), (own) => own.byPayer, cash);
    section(t.byItemTitle, t.item, orderItems(totals.byItem, info.policy).map(([code]) => [code, info.labels.item(code)]), (own) => own.byItem, cash);
    section(t.byCountyTitle, t.county, orderCounties(totals.byCounty).map(([code]) => [code, info.labels.county(code)]), (own) => own.byCounty, cash);
    if (totals.tax.byItem.size > 0) {
      section(t.taxTitle, t.item, orderItems(totals.tax.byItem, info.policy).map(([code]) => [code, info.labels.item(code)]), (own) => own.tax.byItem, tax);
      section(t.taxTitle, t.payer, orderPayers(totals.tax.byPayer).map(([code]) => [code, info.labels.payer(code)]), (own) => own.tax.byPayer, tax);
      putRow(sheet, [t.taxNote]);
    }
    if (totals.uncomputed.count === 0) {
      blank();
      putRow(sheet, [`${t.uncomputedTitle}：${t.allComputed}`]);
    } else {
      heading(t.uncomputedTitle, [t.item, t.count, t.problem]);
      countRows(orderItems(totals.uncomputed.byItem, info.policy), (code) => info.labels.item(code));
      heading(t.uncomputedTitle, [t.payer, t.count, t.problem]);
      countRows(orderPayers(totals.uncomputed.byPayer), (code) => info.labels.payer(code));
      putRow(sheet, [t.uncomputedNote]);
    }
    sheet.commit();
  }

  async function writeRejected(rejected: RejectedRows): Promise<void> {
    const sheet = addSheet(text.rejected, [t.row, t.id, t.column, t.problem], [8, 12, 16, 80]);
    const input = compressorInput(sheet);
    for await (const batch of rejected.batches()) {
      for (const entry of batch) {
        for (const error of entry.errors) putRow(sheet, [entry.row, entry.id ?? '', info.labels.column(error.column), error.message]);
      }
      await waitForCompressor(input);
    }
    sheet.commit();
  }

  async function writeRights(): Promise<void> {
    const sheet = addSheet(text.rights, [t.row, t.id, text.name, text.right, t.clause], [8, 12, 10, 40, 8]);
    const input = compressorInput(sheet);
    for await (const batch of rights.lines()) {
      for (const [row, id, name, right, clause] of batch) putRow(sheet, [Number(row), id ?? '', name ?? '', right ?? '', clause ?? '']);
      await waitForCompressor(input);
    }
    sheet.commit();
  }

  let ending: { rejected: RejectedRows; totals: RollupTotals } | null = null;
  const formatter: Formatter = {
    explains: false,
    begin: () => '',
    person(entry) {
      itemRows(entry);
      return '';
    },
    end(rejected, totals) {
      ending = { rejected, totals };
      return '';
    },
  };

  let pending: PendingStream | null | undefined;
  const sink: Sink = {
    async write() {
      if (failure) throw failure;
      if (rights.needsDrain) await rights.drain();
      pending ??= compressorInput(items);
      await waitForCompressor(pending);
    },
    async finish() {
      try {
        items.commit();
        if (ending) {
          writeRollup(ending.rejected, ending.totals);
          await writeRejected(ending.rejected);
        }
        await writeRights();
        await workbook.commit();
      } catch (error) {
        await rights.remove();
        await file.abort();
        throw failure ?? error;
      }
      await rights.remove();
      if (failure) {
        await file.abort();
        throw failure;
      }
      await file.finish();
    },
    async abort() {
      await rights.remove();
      await file.abort();
    },
  };
  return { formatter, sink };
}
