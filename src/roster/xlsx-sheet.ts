// A worksheet's rows as records: each <row> its sheet row number and its cells' text, in batches.
// Rows must come in increasing row order and cells in increasing column order, as every spreadsheet
// program writes them: a row numbered twice or out of order would leave two rows a message cannot
// tell apart, so it is refused with both row numbers. Reading stops after the rows and the merged
// ranges that follow them (<mergeCells>): nothing after them is inflated.
import type { SaxesTagPlain } from 'saxes';
import type { CsvRecord } from './csv.js';
import { MAX_CELL_CHARS, MAX_RECORD_CELLS } from './csv.js';
import { CellTextTooLongError } from './xlsx-book.js';
import { localName, StopReading, XmlFeeder } from './xlsx-xml.js';

/** Excel's widest sheet: column XFD. A cell further right is not from a spreadsheet program. */
export const MAX_COLUMNS = MAX_RECORD_CELLS;
/** Merged ranges remembered (a sheet with more has merges below its header anyway). */
const MAX_MERGES_KEPT = 10_000;
/** Rows handed on at a time. */
const BATCH_ROWS = 512;

/** Elements a worksheet may hold between <sheetData> and <mergeCells> (ECMA-376 CT_Worksheet order). */
const BEFORE_MERGES = new Set(['sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews']);

/** The sheet's rows are not in increasing order: `row` comes after `previous`. */
export class RowOrderError extends Error {
  constructor(readonly row: number, readonly previous: number) {
    super(`row ${row} after row ${previous}`);
    this.name = 'RowOrderError';
  }
}

/** A cell at or left of the one before it in its row, or right of column XFD. */
export class CellPlaceError extends Error {
  constructor(readonly row: number, readonly ref: string, readonly beyondLastColumn: boolean) {
    super(`cell ${ref} of row ${row}`);
    this.name = 'CellPlaceError';
  }
}

/** What the reader cannot make sense of (a shared string that is not there, a row number that is no number). */
export class SheetDamagedError extends Error {}

export interface CellContent {
  /** The cell's t attribute (n when absent). */
  type: string;
  /** Its style index (the s attribute), for the date formats. */
  style: number;
  /** <v>, the stored value (a formula's cached result). */
  value: string | null;
  /** <f>, the formula. */
  formula: string | null;
  /** <is>, an inline string's text. */
  inline: string | null;
}

export interface MergedRange {
  ref: string;
  lastRow: number;
}

/** Column letters (A, Z, AA, XFD) → 1-based column number; 0 when there are none. */
function columnOf(ref: string): number {
  let column = 0;
  for (let k = 0; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
    if (column > MAX_COLUMNS) return MAX_COLUMNS + 1;
  }
  return column;
}

const enum Capture {
  None,
  Value,
  Formula,
  Inline,
}

/**
 * Reads one worksheet part. `text` turns a cell into what the row rules read. `merges` are the
 * merged ranges seen once the rows have been read.
 */
export class SheetReader {
  readonly merges: MergedRange[] = [];
  private pending: CsvRecord[] = [];
  private depth = 0;
  private afterRows = false;
  private inRows = false;
  private previousRow = 0;
  private row = 0;
  private cells: string[] = [];
  private column = 0;
  private cell: CellContent | null = null;
  private capture = Capture.None;
  private inInline = false;
  private inPhonetic = false;
  private readonly feeder: XmlFeeder;

  constructor(private readonly text: (cell: CellContent) => string) {
    this.feeder = new XmlFeeder({ open: (tag) => this.open(tag), text: (value) => this.append(value), close: (name) => this.close(name) });
  }

  /** The rows, in batches, from the part's text. Throws the errors above, and the XML reader's. */
  async *batches(chunks: AsyncGenerator<string, void, undefined>): AsyncGenerator<CsvRecord[], void, undefined> {
    let stopped = false;
    try {
      for await (const chunk of chunks) {
        try {
          this.feeder.write(chunk);
        } catch (error) {
          if (!(error instanceof StopReading)) throw error;
          stopped = true;
        }
        if (this.pending.length >= BATCH_ROWS || (stopped && this.pending.length > 0)) {
          const batch = this.pending;
          this.pending = [];
          yield batch;
        }
        if (stopped) break;
      }
      if (!stopped) this.feeder.end();
    } finally {
      await chunks.return(undefined);
    }
    if (this.pending.length > 0) yield this.pending;
    this.pending = [];
  }

  private open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    this.depth++;
    if (this.inRows) {
      if (name === 'c') this.openCell(tag);
      else if (this.cell !== null) this.openInCell(name);
      else if (name === 'row') this.openRow(tag);
    } else if (this.afterRows) {
      if (name === 'mergeCell') this.merge(tag.attributes.ref ?? '');
      else if (this.depth === 2 && name !== 'mergeCells' && !BEFORE_MERGES.has(name)) throw new StopReading();
    } else if (name === 'sheetData') {
      this.inRows = true;
    }
  }

  private openRow(tag: SaxesTagPlain): void {
    const r = tag.attributes.r;
    const row = r === undefined ? this.previousRow + 1 : Number(r);
    if (!Number.isSafeInteger(row) || row < 1) throw new SheetDamagedError(`row number ${r}`);
    if (row <= this.previousRow) throw new RowOrderError(row, this.previousRow);
    this.row = row;
    this.cells = [];
    this.column = 0;
  }

  private openCell(tag: SaxesTagPlain): void {
    const ref = tag.attributes.r;
    const column = ref === undefined ? this.column + 1 : columnOf(ref);
    if (column > MAX_COLUMNS) throw new CellPlaceError(this.row, ref ?? '', true);
    if (column <= this.column) throw new CellPlaceError(this.row, ref ?? '', false);
    this.column = column;
    const style = tag.attributes.s;
    this.cell = { type: tag.attributes.t ?? 'n', style: style === undefined ? 0 : Number(style), value: null, formula: null, inline: null };
  }

  private openInCell(name: string): void {
    const cell = this.cell!;
    if (name === 'v') {
      cell.value = '';
      this.capture = Capture.Value;
    } else if (name === 'f') {
      cell.formula = '';
      this.capture = Capture.Formula;
    } else if (name === 'is') {
      cell.inline = '';
      this.inInline = true;
    } else if (name === 'rPh') {
      this.inPhonetic = true;
    } else if (name === 't' && this.inInline && !this.inPhonetic) {
      this.capture = Capture.Inline;
    }
  }

  private append(value: string): void {
    const cell = this.cell;
    if (cell === null || this.capture === Capture.None) return;
    let length: number;
    if (this.capture === Capture.Value) length = (cell.value = cell.value + value).length;
    else if (this.capture === Capture.Formula) length = (cell.formula = cell.formula + value).length;
    else length = (cell.inline = cell.inline + value).length;
    if (length > MAX_CELL_CHARS) throw new CellTextTooLongError();
  }

  private close(tagName: string): void {
    this.depth--;
    const name = localName(tagName);
    if (this.inRows) {
      if (this.cell !== null) {
        if (name === 'c') this.closeCell();
        else if (name === 'v' || name === 'f' || name === 't') this.capture = Capture.None;
        else if (name === 'is') this.inInline = false;
        else if (name === 'rPh') this.inPhonetic = false;
      } else if (name === 'row') {
        this.pending.push({ line: this.row, cells: this.cells });
        this.previousRow = this.row;
        this.cells = [];
      } else if (name === 'sheetData') {
        this.inRows = false;
        this.afterRows = true;
      }
    } else if (this.afterRows && (name === 'mergeCells' || name === 'worksheet')) {
      throw new StopReading();
    }
  }

  private closeCell(): void {
    const text = this.text(this.cell!);
    this.cell = null;
    this.capture = Capture.None;
    this.inInline = false;
    this.inPhonetic = false;
    if (text === '') return;
    const cells = this.cells;
    while (cells.length < this.column - 1) cells.push('');
    cells[this.column - 1] = text;
  }

  private merge(ref: string): void {
    if (this.merges.length >= MAX_MERGES_KEPT) return;
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (match) this.merges.push({ ref, lastRow: Number(match[4]) });
  }
}
