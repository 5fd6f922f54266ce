// The row rules every people roster shares, CSV or xlsx: the header's cells mapped to the contract's
// columns, then each record turned into a validated Person or a rejected row, ids unique. read.ts
// (CSV) and xlsx.ts (workbooks) feed it records; neither needs the other.
import type { Person } from '../engine/types.js';
import { PlainLine, type CsvLine, type CsvRecord } from './csv-limits.js';
import { cellsOfPlainLine } from './csv.js';
import { PlainRows } from './plain-row.js';
import { CONTRACT_KEYS, matchColumn, type ContractKey } from './columns.js';
import { IdSet } from './id-set.js';
import { isExampleRowId } from './example-row.js';
import { detached, detachedErrors } from './detach.js';
import type { RosterMessages } from './messages.js';
import type { ColumnRuleData } from '../policy/types.js';
import { crossFieldRules, type ColumnRules } from './cross-field.js';
import { parsePersonCells, ROW_COLUMN } from './person.js';
import { NO_COLUMN, type RowError } from './row-cells.js';

export type { RowError } from './row-cells.js';

export type RosterRow =
  | { kind: 'person'; row: number; person: Person; extra: string[] }
  | { kind: 'rejected'; row: number; id: string | null; errors: RowError[] };

export interface RosterHeader {
  /** The header row's cells, trimmed. */
  cells: string[];
  /** Header cells that are not contract columns, in file order; their cells come in each row's `extra`. */
  passthrough: string[];
}

export type RosterEncoding = 'utf-8' | 'gb18030';

export interface OpenedRoster {
  header: RosterHeader;
  /** CSV: the text encoding; an xlsx workbook says 'utf-8' (its XML is UTF-8 by definition). */
  encoding: RosterEncoding;
  /** xlsx: the worksheet read; row numbers are that sheet's. */
  sheet?: string;
  /** The data rows, in file order; can be iterated once (either `rows` or `batches`, not both). */
  rows: AsyncIterable<RosterRow>;
  /**
   * The same rows, several at a time (never an empty batch): one await per batch rather than per row,
   * for callers that handle a million rows. Optional: a reader may offer `rows` only.
   */
  batches?: AsyncIterable<RosterRow[]>;
  /** How far reading has gone, for a progress bar: bytes read so far and the file's size (null for stdin). */
  progress?: () => { bytes: number; total: number | null };
}

/** The whole file cannot be read; the message (Chinese) says why and what to do. */
export class RosterFileError extends Error {
  constructor(message: string, readonly line: number | null = null) {
    super(message);
    this.name = 'RosterFileError';
  }
}

export interface OpenRosterOptions {
  /** The language of the rejections and file errors (default zh). */
  messages?: RosterMessages;
  encoding?: 'auto' | RosterEncoding;
  /** xlsx: the worksheet to read (default: the first). */
  sheet?: string | undefined;
}

/** A people roster's options: its rows are checked by the edition's rules between columns (policy.columnRules). */
export interface OpenPeopleOptions extends OpenRosterOptions {
  columnRules: readonly ColumnRuleData[];
}
/** The header's column positions: for each contract key (CONTRACT_KEYS order) its cell index or -1. */
function mapHeader(cells: string[], m: RosterMessages): { positions: Int32Array; passthrough: number[] } {
  const positions = new Int32Array(CONTRACT_KEYS.length).fill(NO_COLUMN);
  const slot = new Map<ContractKey, number>(CONTRACT_KEYS.map((key, index) => [key, index]));
  const passthrough: number[] = [];
  for (let index = 0; index < cells.length; index++) {
    const key = matchColumn(cells[index] ?? '');
    if (key === null) {
      passthrough.push(index);
      continue;
    }
    const at = slot.get(key) ?? 0;
    const earlier = positions[at] ?? NO_COLUMN;
    if (earlier !== NO_COLUMN) {
      throw new RosterFileError(m.duplicateColumn(key, cells[earlier]?.trim() ?? '', cells[index]?.trim() ?? ''), 1);
    }
    positions[at] = index;
  }
  if (positions[0] === NO_COLUMN) throw new RosterFileError(m.noIdColumn(cells.map((cell) => cell.trim())), 1);
  return { positions, passthrough };
}

export function isBlank(cells: string[]): boolean {
  for (let index = 0; index < cells.length; index++) if ((cells[index] as string).trim() !== '') return false;
  return true;
}

/**
 * The data rows, one at a time. A hand-written async iterator rather than an async generator: a row
 * already parsed is handed out as a resolved promise, without a generator resumption per row.
 */
class RowStream implements AsyncIterableIterator<RosterRow> {
  private readonly seen = new IdSet();
  /** Scratch for touchIds: the hashes of a batch's ids. */
  private idHashes = new Int32Array(256);
  private batch: CsvLine[];
  /** Reads the plain lines (PlainLine) that are valid people in place; the others come here as records. */
  private readonly plain: PlainRows;
  private index: number;
  private finished = false;

  constructor(
    private readonly batches: AsyncGenerator<CsvLine[], void, undefined>,
    firstBatch: CsvLine[],
    firstIndex: number,
    private readonly headerLength: number,
    private readonly positions: Int32Array,
    private readonly passthrough: number[],
    private readonly source: { close(): void },
    private readonly m: RosterMessages,
    private readonly rules: ColumnRules,
    private readonly beyondHeader: (cells: number, headerCells: number) => string = m.tooManyCells,
  ) {
    this.batch = firstBatch;
    this.index = firstIndex;
    this.plain = new PlainRows(positions, headerLength, passthrough, m, rules);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<RosterRow, undefined>> {
    try {
      while (this.index < this.batch.length) {
        const row = this.rowOf(this.batch[this.index++]!);
        if (row !== null) return Promise.resolve({ value: row, done: false });
      }
    } catch (error) {
      this.close();
      return Promise.reject(error);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return this.nextBatch();
  }

  private async nextBatch(): Promise<IteratorResult<RosterRow, undefined>> {
    try {
      const next = await this.batches.next();
      if (next.done) {
        this.close();
        return { value: undefined, done: true };
      }
      this.batch = next.value;
      this.index = 0;
      this.touchIds();
    } catch (error) {
      this.close();
      throw error;
    }
    return this.next();
  }

  /** The rows of each parsed piece together (see OpenedRoster.batches). */
  inBatches(): AsyncIterable<RosterRow[]> {
    const iterator: AsyncIterableIterator<RosterRow[]> = {
      [Symbol.asyncIterator]: () => iterator,
      next: () => this.nextRows(),
      return: () => this.return() as Promise<IteratorResult<RosterRow[], undefined>>,
    };
    return iterator;
  }

  private async nextRows(): Promise<IteratorResult<RosterRow[], undefined>> {
    for (;;) {
      const rows: RosterRow[] = [];
      this.touchIds();
      try {
        while (this.index < this.batch.length) {
          const row = this.rowOf(this.batch[this.index++]!);
          if (row !== null) rows.push(row);
        }
      } catch (error) {
        this.close();
        throw error;
      }
      if (rows.length > 0) return { value: rows, done: false };
      if (this.finished) return { value: undefined, done: true };
      let next: IteratorResult<CsvLine[], void>;
      try {
        next = await this.batches.next();
      } catch (error) {
        this.close();
        throw error;
      }
      if (next.done) {
        this.close();
        return { value: undefined, done: true };
      }
      this.batch = next.value;
      this.index = 0;
    }
  }

  return(): Promise<IteratorResult<RosterRow, undefined>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  private close(): void {
    if (this.finished) return;
    this.finished = true;
    this.batch = [];
    this.index = 0;
    this.source.close();
  }

  /** Brings the id-set slots of the batch's remaining ids into the cache at once (IdSet.touch). */
  private touchIds(): void {
    const batch = this.batch;
    const idAt = this.positions[0]!;
    if (this.idHashes.length < batch.length) this.idHashes = new Int32Array(batch.length * 2);
    const hashes = this.idHashes;
    let count = 0;
    for (let k = this.index; k < batch.length; k++) {
      const record = batch[k]!;
      if (record instanceof PlainLine) {
        hashes[count++] = PlainRows.idHash(record, idAt);
        continue;
      }
      const cell = record.cells[idAt];
      if (cell !== undefined) hashes[count++] = IdSet.hashOf(cell.trim());
    }
    this.seen.touch(hashes, count);
  }

  /** One CSV record → a row; null for a line of empty cells. */
  private rowOf(record: CsvLine): RosterRow | null {
    if (record instanceof PlainLine) {
      const row = this.plain.person(record.text, record.from, record.to, record.line, this.seen);
      if (row !== null) return row;
      return this.recordRow({ line: record.line, cells: cellsOfPlainLine(record, this.headerLength) });
    }
    return this.recordRow(record);
  }

  private recordRow(record: CsvRecord): RosterRow | null {
    const { line, cells } = record;
    if (isBlank(cells)) return null; // ",,,," lines spreadsheets leave behind are not rows
    const errors: RowError[] = [];
    const headerLength = this.headerLength;
    if (cells.length > headerLength && !isBlank(cells.slice(headerLength))) {
      errors.push({ column: ROW_COLUMN, message: this.beyondHeader(cells.length, headerLength) });
    }
    const id = (cells[this.positions[0]!] ?? '').trim();
    if (id !== '') {
      const earlier = this.seen.addOrFind(id, line);
      if (earlier !== -1) errors.push({ column: 'id', message: this.m.duplicateId(id, earlier) });
      if (isExampleRowId(id)) errors.push({ column: 'id', message: this.m.exampleRow() });
    }
    const parsed = parsePersonCells({ cells, positions: this.positions }, errors, this.m, this.rules);
    if (!parsed.ok) {
      // Kept until the end of the run (the output lists them), so they must not hold on to the text.
      return { kind: 'rejected', row: line, id: parsed.id === null ? null : detached(parsed.id), errors: detachedErrors(parsed.errors) };
    }
    const passthrough = this.passthrough;
    const extra = new Array<string>(passthrough.length);
    for (let k = 0; k < passthrough.length; k++) extra[k] = cells[passthrough[k]!] ?? '';
    return { kind: 'person', row: line, person: parsed.person, extra };
  }
}

export interface RecordSource {
  /** Records after the header, in batches (never an empty one); `line` is what messages call the row. */
  batches: AsyncGenerator<CsvLine[], void, undefined>;
  /** Records of the header's batch that follow the header (may be empty). */
  firstBatch: CsvLine[];
  firstIndex: number;
  /** Releases the file when the rows end or are abandoned. */
  close(): void;
  /** The message for a row with non-empty cells right of the header's last column. */
  beyondHeader?: (cells: number, headerCells: number) => string;
}

/**
 * The row rules every people roster shares, CSV or xlsx: header cells → column mapping, then each
 * record → a validated person or a rejected row, ids unique. Throws RosterFileError for a header
 * without an id column or with a column twice.
 */
export function rosterRows(
  headerCells: readonly string[],
  source: RecordSource,
  m: RosterMessages,
  columnRules: readonly ColumnRuleData[],
): { header: RosterHeader; rows: AsyncIterable<RosterRow>; batches: AsyncIterable<RosterRow[]> } {
  const cells = headerCells.map((cell) => cell.trim());
  const { positions, passthrough } = mapHeader(cells, m);
  const header: RosterHeader = { cells, passthrough: passthrough.map((index) => cells[index] ?? '') };
  const rows = new RowStream(source.batches, source.firstBatch, source.firstIndex, cells.length, positions, passthrough, source, m, crossFieldRules(columnRules), source.beyondHeader);
  return { header, rows, batches: rows.inBatches() };
}
