// Reads a roster from an Excel workbook (.xlsx) as a stream of rows, with exactly the row rules of a
// CSV roster (rosterRows in read.ts): one worksheet (the first visible one, or --sheet NAME), its
// header row, then each row's cells turned into the text a clerk sees and validated as a CSV line
// would be. The zip is read by yauzl and the XML by saxes (xlsx-zip.ts, xlsx-xml.ts): every part is
// decoded once as a stream, so Chinese text is exact at any size; exceljs, whose streaming reader
// decoded each chunk on its own, is not used (tests read workbooks back with it).
//
// Cells → text: text as it is; a number by its shortest round-trip text (3333.33 → "3333.33", never
// rounded, so a salary of 3333.333 is refused as the CSV one is); a number in a date format →
// YYYY-MM-DD; TRUE/FALSE → true/false; an error → its code (#N/A); a formula → its stored result;
// rich text → its plain text.
import { stat } from 'node:fs/promises';
import { MAX_CELL_CHARS, type CsvRecord } from './csv.js';
import { matchColumn } from './columns.js';
import { rosterMessages, type RosterMessages } from './messages.js';
import { isBlank, rosterRows, RosterFileError, type OpenedRoster, type OpenPeopleOptions } from './rows.js';
import { CellTextTooLongError, readDateStyles, readSharedStrings, readWorkbook, type SheetEntry } from './xlsx-book.js';
import { xlsxMessages, type XlsxMessages } from './xlsx-messages.js';
import { CellPlaceError, MAX_COLUMNS, RowOrderError, SheetReader, type CellContent } from './xlsx-sheet.js';
import { MAX_XML_RUN_CHARS, XmlRunTooLongError } from './xlsx-xml.js';
import { WorkbookZip, ZipTooLargeError } from './xlsx-zip.js';


/** How many rows from the top a title (e.g. a merged “2014年人才津贴花名册” row) may push the header down. */
const HEADER_SEARCH_ROWS = 10;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A date as the day it shows (a serial is converted to a UTC instant). */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** 1900 date system: serial 25569 is 1970-01-01; the 1904 system counts 1462 days fewer. */
function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)); // not money: a date serial to milliseconds
}

/**
 * A number as Excel stores it, by its shortest round-trip text: a typed 3333.33 is the double nearest
 * to 3333.33, whose shortest text is "3333.33" again. Nothing is rounded: 3333.333 stays "3333.333"
 * and the row rules refuse it.
 */
export function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export interface CellContext {
  sharedStrings: readonly string[];
  /** For each style index, whether its number format shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** What a cell says when it cannot be read (a formula without a stored result). */
  messages: Pick<XlsxMessages, 'formulaWithoutResult'>;
}

/** One cell → the text the row rules read. */
export function cellText(cell: CellContent, book: CellContext): string {
  const { type, value, formula } = cell;
  if (value === null && type !== 'inlineStr') return formula === null ? '' : book.messages.formulaWithoutResult(formula);
  switch (type) {
    case 's': {
      const index = Number(value);
      const text = Number.isInteger(index) ? book.sharedStrings[index] : undefined;
      if (text === undefined) throw new SharedStringMissingError(String(value));
      return text;
    }
    case 'inlineStr':
      return cell.inline ?? value ?? '';
    case 'str':
    case 'e':
      return value!;
    case 'b':
      return Number(value) !== 0 ? 'true' : 'false';
    case 'd':
      return dateText(new Date(value!));
    default: {
      const number = Number(value);
      if (value!.trim() === '' || !Number.isFinite(number)) return value!.trim();
      if (book.dateStyles[cell.style] === true) return dateText(serialToDate(number, book.date1904));
      return numberText(number);
    }
  }
}

/** A cell pointing at a shared string the workbook does not have. */
class SharedStringMissingError extends Error {}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

function isFsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Any failure while reading the workbook → the RosterFileError a clerk reads. */
function fileError(path: string, sheet: string | undefined, error: unknown, m: XlsxMessages): RosterFileError {
  if (error instanceof RosterFileError) return error;
  if (error instanceof ZipTooLargeError) {
    return new RosterFileError(error.sharedStrings ? m.sharedStringsTooLarge(path, error.inflatedBytes, error.limit) : m.tooLarge(path, error.inflatedBytes, error.limit));
  }
  if (error instanceof XmlRunTooLongError) return new RosterFileError(m.runTooLong(path, MAX_XML_RUN_CHARS));
  if (error instanceof RowOrderError) return new RosterFileError(m.rowOutOfOrder(sheet ?? '', error.row, error.previous), error.row);
  if (error instanceof CellPlaceError) {
    const message = error.beyondLastColumn ? m.beyondLastColumn(sheet ?? '', error.row, MAX_COLUMNS) : m.cellOutOfOrder(sheet ?? '', error.row, error.ref);
    return new RosterFileError(message, error.row);
  }
  if (error instanceof CellTextTooLongError) return new RosterFileError(m.cellTooLong(sheet, MAX_CELL_CHARS));
  if (isFsError(error)) return new RosterFileError(m.notWorkbook(path, reasonOf(error)));
  return new RosterFileError(m.notWorkbook(path, m.damaged));
}

async function checkFile(path: string, messages: RosterMessages): Promise<void> {
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
}

/** The worksheet named, or the first visible one in tab order. */
function chooseSheet(path: string, sheets: readonly SheetEntry[], wanted: string | undefined, m: XlsxMessages): SheetEntry {
  if (sheets.length === 0) throw new RosterFileError(m.noSheets(path));
  const sheet = wanted === undefined ? (sheets.find((entry) => entry.state === 'visible') ?? sheets[0]) : sheets.find((entry) => entry.name === wanted);
  if (sheet === undefined) throw new RosterFileError(m.noSuchSheet(path, wanted ?? '', sheets.map((entry) => entry.name)));
  return sheet;
}

/** Opens an .xlsx roster: the chosen worksheet's header row, then its rows as a stream. */
export async function openXlsxRoster(path: string, options: OpenPeopleOptions): Promise<OpenedRoster> {
  const messages = options.messages ?? rosterMessages('zh');
  const m = xlsxMessages(messages);
  if (path === '-') throw new RosterFileError(messages.spreadsheetNotCsv());
  await checkFile(path, messages);

  let zip: WorkbookZip;
  try {
    zip = await WorkbookZip.open(path);
  } catch (error) {
    throw fileError(path, undefined, error, m);
  }
  let sheet: SheetEntry | undefined;
  let batches: AsyncGenerator<CsvRecord[], void, undefined>;
  let reader: SheetReader;
  let header: CsvRecord | undefined;
  let firstBatch: CsvRecord[] = [];
  let firstIndex = 0;
  try {
    if (!zip.has('xl/workbook.xml')) throw new RosterFileError(m.notWorkbook(path, m.damaged));
    zip.reserve(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
    const book = await readWorkbook(zip);
    sheet = chooseSheet(path, book.sheets, options.sheet, m);
    if (!zip.has(sheet.part)) throw new RosterFileError(m.notWorkbook(path, m.damaged));
    if (book.sharedStringsPart !== null) zip.reserveSharedStrings(book.sharedStringsPart);
    zip.reserve([book.stylesPart, book.sharedStringsPart, sheet.part].filter((part): part is string => part !== null));
    const context: CellContext = {
      dateStyles: await readDateStyles(zip, book.stylesPart),
      sharedStrings: await readSharedStrings(zip, book.sharedStringsPart),
      date1904: book.date1904,
      messages: m,
    };
    reader = new SheetReader((cell) => cellText(cell, context));
    batches = reader.batches(zip.text(sheet.part));

    // The header: the first row that names the id column, below at most a few title rows; when no
    // row names it, the first non-blank row (the row rules then say what it lacks). The records read
    // while looking are all kept: those after the header are the first rows.
    const looked: CsvRecord[] = [];
    let firstNonBlank = -1;
    let at = -1;
    let seen = 0;
    search: for (;;) {
      const next = await batches.next();
      if (next.done) break;
      const batch = next.value;
      for (let k = 0; k < batch.length; k++) {
        const record = batch[k]!;
        looked.push(record);
        if (isBlank(record.cells)) continue;
        if (firstNonBlank === -1) firstNonBlank = looked.length - 1;
        const isHeader = record.cells.some((cell) => matchColumn(cell) === 'id');
        if (isHeader) at = looked.length - 1;
        if (isHeader || ++seen >= HEADER_SEARCH_ROWS) {
          for (let rest = k + 1; rest < batch.length; rest++) looked.push(batch[rest]!);
          break search;
        }
      }
    }
    if (at === -1) at = firstNonBlank;
    if (at !== -1) {
      header = looked[at]!;
      firstBatch = looked;
      firstIndex = at + 1;
    }
    if (header === undefined) throw new RosterFileError(m.sheetEmpty(path, sheet.name), 1);
  } catch (error) {
    zip.close();
    throw fileError(path, sheet?.name, error, m);
  }
  const sheetName = sheet.name;
  const headerRow = header.line;

  async function* checked(): AsyncGenerator<CsvRecord[], void, undefined> {
    try {
      yield* batches;
    } catch (error) {
      throw fileError(path, sheetName, error, m);
    }
    const merged = reader.merges.filter((range) => range.lastRow > headerRow).map((range) => range.ref);
    if (merged.length > 0) throw new RosterFileError(m.mergedCells(merged.slice(0, 5)));
  }

  try {
    const { header: rosterHeader, rows } = rosterRows(header.cells, {
      batches: checked(),
      firstBatch,
      firstIndex,
      close: () => zip.close(),
      beyondHeader: m.cellsBeyondHeader,
    }, messages, options.columnRules);
    return { header: rosterHeader, encoding: 'utf-8', sheet: sheetName, rows };
  } catch (error) {
    zip.close();
    throw error;
  }
}
