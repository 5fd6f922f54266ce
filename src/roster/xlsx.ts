// Reads a roster from an Excel workbook (.xlsx) as a stream of rows, with exactly the row rules of a
// CSV roster (rosterRows in read.ts): one worksheet (the first visible one, or --sheet NAME), its
// header row, then each row's cells turned into the text a clerk sees and validated as a CSV line
// would be. Loaded only for a workbook, so the CSV path never loads exceljs.
//
// Cells → text: text as it is; a number by its shortest round-trip text (3333.33 → "3333.33", never
// rounded, so a salary of 3333.333 is refused as the CSV one is); a date cell → YYYY-MM-DD; TRUE/FALSE
// → true/false; a formula → its stored result; rich text → its plain text.
import { createRequire } from 'node:module';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type ExcelJSNamespace from 'exceljs';
import type { CsvRecord } from './csv.js';
import { matchColumn } from './columns.js';
import { messages } from './messages.js';
import { rosterRows, RosterFileError, type OpenedRoster, type OpenRosterOptions } from './rows.js';
import { xlsxMessages } from './xlsx-messages.js';

/** Rows handed to the row rules at a time. */
const BATCH_ROWS = 512;
/** How many rows from the top a title (e.g. a merged “2014年人才津贴花名册” row) may push the header down. */
const HEADER_SEARCH_ROWS = 10;

type Cell = ExcelJSNamespace.Cell;
type Row = ExcelJSNamespace.Row;
type WorksheetReader = ExcelJSNamespace.stream.xlsx.WorksheetReader & {
  name: string;
  state?: string;
  iterator: AsyncIterable<Buffer | string>;
};
interface SheetEntry {
  name: string;
  state?: string;
}

const require = createRequire(import.meta.url);

/**
 * exceljs knows the format codes of the built-in number formats 0–22 only; Excel and WPS in Chinese
 * store 年/月/日 dates with built-in ids 27–36 and 50–58, which would then read as plain serial
 * numbers (41699 for 2014-03-01). The zh-CN codes of those ids are added to its table once.
 */
function teachChineseDateFormats(): void {
  const formats = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f?: string; 'zh-cn'?: string }>;
  for (const id of [27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]) {
    const format = formats[id];
    if (format && format.f === undefined && format['zh-cn']) format.f = format['zh-cn'];
  }
}

let loaded: typeof ExcelJSNamespace | undefined;

export async function loadExcelJS(): Promise<typeof ExcelJSNamespace> {
  if (!loaded) {
    const module = await import('exceljs');
    loaded = (module.default ?? module) as typeof ExcelJSNamespace;
    teachChineseDateFormats();
  }
  return loaded;
}

/** The rule exceljs applies to plain cells, for formula results too: a format with y/m/d/h/s outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A date cell as the day it shows (exceljs gives the serial as a UTC instant). */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** 1900 date system: serial 25569 is 1970-01-01 (exceljs's own conversion, for formula results). */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/**
 * A number as Excel stores it, by its shortest round-trip text: a typed 3333.33 is the double nearest
 * to 3333.33, whose shortest text is "3333.33" again. Nothing is rounded: 3333.333 stays "3333.333"
 * and the row rules refuse it.
 */
export function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function richText(parts: readonly { text?: string }[]): string {
  let text = '';
  for (const part of parts) text += part.text ?? '';
  return text;
}

/** One cell → the text the row rules read. */
export function cellText(value: unknown, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText)) return richText(object.richText as { text?: string }[]);
  if ('formula' in object || 'sharedFormula' in object) {
    const formula = String(object.formula ?? object.sharedFormula ?? '');
    const result = object.result;
    if (result === undefined || result === null) return xlsxMessages().formulaWithoutResult(formula);
    if (typeof result === 'number') {
      if (Number.isNaN(result)) return xlsxMessages().formulaWithoutResult(formula); // an error result (#N/A …)
      if (isDateFormat(numFmt)) return dateText(serialToDate(result, date1904));
    }
    if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
    return cellText(result, undefined, date1904);
  }
  if ('error' in object) return String(object.error); // #N/A, #VALUE! …: the row rules refuse it in a typed column
  if ('text' in object) return cellText(object.text, numFmt, date1904); // a hyperlink
  return '';
}

function rowCells(row: Row, date1904: boolean): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell: Cell, column: number) => {
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = cellText(cell.value, cell.numFmt, date1904);
  });
  return cells;
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Watches a worksheet's XML as it passes for the <mergeCell> list, which Excel writes after the rows.
 * exceljs's streaming reader skips it; a range merged below the header would leave blank cells
 * where the clerk sees a value, so such a sheet is refused once its end is reached.
 */
class MergeWatch {
  private tail = '';
  private after = '';
  private seenEnd = false;

  tap(source: AsyncIterable<Buffer | string>): AsyncIterable<Buffer | string> {
    const self = this;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const chunk of source) {
          self.look(typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
          yield chunk;
        }
      },
    };
  }

  private look(text: string): void {
    if (this.seenEnd) {
      this.after += text;
      return;
    }
    const joined = this.tail + text;
    const end = joined.indexOf('</sheetData>');
    if (end === -1) {
      this.tail = joined.slice(-16);
      return;
    }
    this.seenEnd = true;
    this.after = joined.slice(end);
  }

  /** The merged ranges (A3:A5 …) that reach below `headerRow`. */
  rangesBelow(headerRow: number): string[] {
    const ranges: string[] = [];
    for (const match of this.after.matchAll(/<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
      if (Number(match[4]) > headerRow) ranges.push(`${match[1]}${match[2]}:${match[3]}${match[4]}`);
    }
    return ranges;
  }
}

/** Opens an .xlsx roster: the chosen worksheet's header row, then its rows as a stream. */
export async function openXlsxRoster(path: string, options: OpenRosterOptions = {}): Promise<OpenedRoster> {
  const m = xlsxMessages();
  if (path === '-') throw new RosterFileError(messages.spreadsheetNotCsv());
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new RosterFileError(messages.fileIsDirectory(path));
    if (info.size === 0) throw new RosterFileError(messages.fileEmpty(path));
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RosterFileError(messages.fileMissing(path));
    throw new RosterFileError(messages.fileUnreadable(path, reasonOf(error)));
  }

  const ExcelJS = await loadExcelJS();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache', // number formats tell a date cell from a number
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const internals = reader as unknown as { model?: { sheets?: SheetEntry[] }; properties?: { date1904?: boolean }; stream?: Readable };
  const sheets = reader[Symbol.asyncIterator]();
  let finished = false;
  const close = () => {
    if (finished) return;
    finished = true;
    void sheets.return(undefined).catch(() => {});
    internals.stream?.destroy();
  };
  const fail = (error: unknown): never => {
    close();
    if (error instanceof RosterFileError) throw error;
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw new RosterFileError(m.notWorkbook(path, typeof code === 'string' && code.startsWith('E') ? reasonOf(error) : m.damaged));
  };

  // The worksheet: the one named, or the first visible one in tab order.
  let worksheet: WorksheetReader | undefined;
  let wanted = options.sheet;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const candidate = next.value as WorksheetReader;
      if (wanted === undefined) {
        const listed = internals.model?.sheets ?? [];
        wanted = (listed.find((sheet) => sheet.state === undefined || sheet.state === 'visible') ?? listed[0])?.name ?? candidate.name;
      }
      if (candidate.name === wanted) {
        worksheet = candidate;
        break;
      }
    }
  } catch (error) {
    fail(error);
  }
  if (worksheet === undefined) {
    const names = (internals.model?.sheets ?? []).map((sheet) => sheet.name);
    close();
    if (names.length === 0) throw new RosterFileError(m.noSheets(path));
    throw new RosterFileError(m.noSuchSheet(path, wanted ?? '', names));
  }
  const sheetName = worksheet.name;
  const date1904 = internals.properties?.date1904 === true;
  const merges = new MergeWatch();
  worksheet.iterator = merges.tap(worksheet.iterator);
  const rows = (worksheet as unknown as AsyncIterable<Row>)[Symbol.asyncIterator]();

  // The header: the first row that names the id column, below at most a few title rows.
  let header: CsvRecord | undefined;
  let firstNonBlank: CsvRecord | undefined;
  try {
    for (let seen = 0; seen < HEADER_SEARCH_ROWS; ) {
      const next = await rows.next();
      if (next.done) break;
      const record = { line: next.value.number, cells: rowCells(next.value, date1904) };
      if (record.cells.every((cell) => cell.trim() === '')) continue;
      seen++;
      firstNonBlank ??= record;
      if (record.cells.some((cell) => matchColumn(cell) === 'id')) {
        header = record;
        break;
      }
    }
  } catch (error) {
    fail(error);
  }
  header ??= firstNonBlank;
  if (header === undefined) {
    close();
    throw new RosterFileError(m.sheetEmpty(path, sheetName), 1);
  }
  const headerRow = header.line;

  async function* batches(): AsyncGenerator<CsvRecord[], void, undefined> {
    let batch: CsvRecord[] = [];
    try {
      for (;;) {
        const next = await rows.next();
        if (next.done) break;
        batch.push({ line: next.value.number, cells: rowCells(next.value, date1904) });
        if (batch.length === BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
    } catch (error) {
      fail(error);
    }
    if (batch.length > 0) yield batch;
    const merged = merges.rangesBelow(headerRow);
    if (merged.length > 0) throw new RosterFileError(m.mergedCells(merged.slice(0, 5)));
  }

  try {
    const { header: rosterHeader, rows: rosterRowsOut } = rosterRows(header.cells, {
      batches: batches(),
      firstBatch: [],
      firstIndex: 0,
      close,
      beyondHeader: m.cellsBeyondHeader,
    });
    return { header: rosterHeader, encoding: 'utf-8', sheet: sheetName, rows: rosterRowsOut };
  } catch (error) {
    close();
    throw error;
  }
}
