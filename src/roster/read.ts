// Reads a roster file as a stream: bytes → text (UTF-8 or GB18030, recognised) → CSV records →
// header mapping → one validated Person or one rejected row at a time. Memory stays constant: the
// only state kept across rows is the set of ids seen (ids must be unique), held compactly (IdSet).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
import type { Readable } from 'node:stream';
import type { Person } from '../engine/types.js';
import { CsvCellTooLongError, CsvParser, CsvUnclosedQuoteError, MAX_CELL_CHARS, type CsvRecord } from './csv.js';
import { CONTRACT_KEYS, matchColumn, type ContractKey } from './columns.js';
import { IdSet } from './id-set.js';
import { isExampleRowId } from './example-row.js';
import { detached, detachedErrors } from './detach.js';
import { messages } from './messages.js';
import { firstUndecodableLine } from './decode-line.js';
import { parsePersonCells, ROW_COLUMN, type RowError } from './person.js';
import { NO_COLUMN } from './row-cells.js';

export type { RowError } from './person.js';

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
  encoding?: 'auto' | RosterEncoding;
  /** xlsx: the worksheet to read (default: the first). */
  sheet?: string | undefined;
}

/**
 * Bytes read at a time. Small enough that the text decoded from a chunk (at most 64K characters, 128 KB)
 * stays a young object the scavenger frees: 1 MB chunks decoded into strings of a megabyte or two that
 * went straight to V8's large-object space, piled up there until a full collection, and made up most of
 * the heap's growth on a million rows. Reading 256 KB at a time and decoding it 64 KB at a time saved
 * ~0.15 s on a 1M-row roster but raised the CLI's peak RSS from ~168 to ~188 MB, so it was not kept.
 */
const CHUNK_BYTES = 1 << 16;
/** How much of the start of the file is looked at to recognise the encoding. */
const SNIFF_BYTES = 1 << 20;
/**
 * Decoded text is parsed this many characters at a time (about a hundred rows), and those rows handed
 * out before the next piece is parsed: a piece's records die before the scavenger runs twice, instead
 * of being promoted to the old generation (64K-character pieces grew a JSON run's heap to 250 MB).
 */
const PIECE_CHARS = 1 << 14;

/** Pulls Buffers from a stream, turning read errors into RosterFileError. */
export class ByteSource {
  private readonly iterator: AsyncIterator<Buffer>;
  /** Bytes handed out so far. */
  bytesRead = 0;
  constructor(readonly stream: Readable, private readonly shown: string, readonly size: number | null) {
    this.iterator = stream[Symbol.asyncIterator]();
  }
  async next(): Promise<Buffer | null> {
    try {
      const result = await this.iterator.next();
      if (result.done) return null;
      const value: unknown = result.value;
      const chunk = typeof value === 'string' ? Buffer.from(value) : (value as Buffer);
      this.bytesRead += chunk.length;
      return chunk;
    } catch (error) {
      throw new RosterFileError(messages.fileUnreadable(this.shown, errorReason(error)));
    }
  }
  close(): void {
    if (this.stream === process.stdin) this.stream.pause();
    else this.stream.destroy();
  }
}

function errorReason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    if (error.code === 'EACCES' || error.code === 'EPERM') return '没有读取权限';
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

async function openSource(source: string): Promise<ByteSource> {
  if (source === '-') return new ByteSource(process.stdin, '-', null);
  let size: number | null;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new RosterFileError(messages.fileIsDirectory(source));
    size = info.isFile() ? info.size : null;
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RosterFileError(messages.fileMissing(source));
    throw new RosterFileError(messages.fileUnreadable(source, errorReason(error)));
  }
  return new ByteSource(createReadStream(source, { highWaterMark: CHUNK_BYTES }), source, size);
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** The encoding of a file that starts with `head` (`complete`: head is the whole file). */
export function sniffEncoding(head: Buffer, complete: boolean): RosterEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (isAscii(head)) return 'utf-8';
  try {
    // stream: a multi-byte sequence cut at the end of the head is not an error (the rest follows).
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/**
 * UTF-16 without a byte order mark: its commas and line feeds are 2C 00 / 0A 00 (or 00 2C / 00 0A),
 * so zeros sit on one parity only, next to ASCII punctuation; a stray zero in a text file does not.
 */
function looksUtf16(head: Buffer): boolean {
  const pairs = Math.min(head.length, 4096) >> 1;
  const zeros = [0, 0];
  const punctuation = [0, 0];
  for (let k = 0; k < pairs; k++) {
    const a = head[2 * k]!;
    const b = head[2 * k + 1]!;
    if (a === 0) zeros[0]!++;
    if (b === 0) zeros[1]!++;
    if (b === 0 && (a === 44 || a === 10)) punctuation[1]!++; // little-endian: the high byte (zero) second
    if (a === 0 && (b === 44 || b === 10)) punctuation[0]!++;
  }
  for (const zero of [0, 1]) {
    const other = 1 - zero;
    if (punctuation[zero]! >= 2 && zeros[other]! * 4 < zeros[zero]!) return true;
  }
  return false;
}

function lineFeeds(text: string, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** Bytes that are surely not a CSV text a reader could decode. */
function refuseBinary(head: Buffer): void {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || looksUtf16(head)) throw new RosterFileError(messages.utf16());
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new RosterFileError(messages.spreadsheetNotCsv());
  }
}

/** Decodes and parses, yielding the records each chunk completes (never an empty batch). */
async function* recordBatches(
  bytes: ByteSource,
  head: Buffer[],
  encoding: RosterEncoding,
  sniffed: boolean,
): AsyncGenerator<CsvRecord[], void, undefined> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parser = new CsvParser();
  let first = true;
  let pending = head.length;
  for (;;) {
    const chunk = pending > 0 ? head[head.length - pending--] : await bytes.next();
    if (chunk === null || chunk === undefined) break;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const line = parser.currentLine + (firstUndecodableLine(chunk, encoding)?.linesBefore ?? 0);
      const message =
        encoding === 'gb18030' ? messages.gb18030Invalid(line) : sniffed ? messages.utf8Mixed(line) : messages.utf8Invalid(line);
      throw new RosterFileError(message, line);
    }
    // Looked for in the bytes: a zero byte is U+0000 in UTF-8 and GB18030 alike (no multi-byte sequence
    // holds one), and searching the decoded two-byte text for it was slow (every ASCII character's
    // high byte is zero).
    const nul = chunk.indexOf(0) === -1 ? -1 : text.indexOf('\u0000');
    if (nul !== -1) {
      const line = parser.currentLine + lineFeeds(text, nul);
      throw new RosterFileError(messages.nulByte(line), line);
    }
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // Parsed in pieces, each piece's rows handed out before the next is parsed: fewer records are
    // alive at a time, so the young generation of the garbage collector stays cheap.
    for (let from = 0; from < text.length; from += PIECE_CHARS) {
      const out: CsvRecord[] = [];
      try {
        parser.push(text.length <= PIECE_CHARS ? text : text.slice(from, from + PIECE_CHARS), out);
      } catch (error) {
        if (error instanceof CsvCellTooLongError) throw new RosterFileError(messages.cellTooLong(error.line, MAX_CELL_CHARS), error.line);
        throw error;
      }
      if (out.length > 0) yield out;
    }
  }
  const out: CsvRecord[] = [];
  try {
    const rest = decoder.decode();
    if (rest.length > 0) parser.push(rest, out);
  } catch {
    throw new RosterFileError(messages.truncatedAtEnd(encoding === 'gb18030' ? 'GB18030' : 'UTF-8'), parser.currentLine);
  }
  try {
    parser.end(out);
  } catch (error) {
    if (error instanceof CsvUnclosedQuoteError) throw new RosterFileError(messages.unclosedQuote(error.line), error.line);
    throw error;
  }
  if (out.length > 0) yield out;
}

/**
 * A head sniffed as GB18030 whose first lines are Chinese text in valid UTF-8 mixes encodings (rows
 * pasted in from another file): read as GB18030 its UTF-8 part would be garbled, so it is refused.
 */
function refuseMixed(head: Buffer): void {
  const bad = firstUndecodableLine(head, 'utf-8');
  if (bad !== null && bad.textBefore) throw new RosterFileError(messages.utf8Mixed(bad.linesBefore + 1), bad.linesBefore + 1);
}

/** The header's column positions: for each contract key (CONTRACT_KEYS order) its cell index or -1. */
function mapHeader(cells: string[]): { positions: Int32Array; passthrough: number[] } {
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
      throw new RosterFileError(messages.duplicateColumn(key, cells[earlier]?.trim() ?? '', cells[index]?.trim() ?? ''), 1);
    }
    positions[at] = index;
  }
  if (positions[0] === NO_COLUMN) throw new RosterFileError(messages.noIdColumn(cells.map((cell) => cell.trim())), 1);
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
  private batch: CsvRecord[];
  private index: number;
  private finished = false;

  constructor(
    private readonly batches: AsyncGenerator<CsvRecord[], void, undefined>,
    firstBatch: CsvRecord[],
    firstIndex: number,
    private readonly headerLength: number,
    private readonly positions: Int32Array,
    private readonly passthrough: number[],
    private readonly source: { close(): void },
    private readonly beyondHeader: (cells: number, headerCells: number) => string = messages.tooManyCells,
  ) {
    this.batch = firstBatch;
    this.index = firstIndex;
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
      let next: IteratorResult<CsvRecord[], void>;
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
      const cell = batch[k]!.cells[idAt];
      if (cell !== undefined) hashes[count++] = IdSet.hashOf(cell.trim());
    }
    this.seen.touch(hashes, count);
  }

  /** One CSV record → a row; null for a line of empty cells. */
  private rowOf(record: CsvRecord): RosterRow | null {
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
      if (earlier !== -1) errors.push({ column: 'id', message: messages.duplicateId(id, earlier) });
      if (isExampleRowId(id)) errors.push({ column: 'id', message: messages.exampleRow() });
    }
    const parsed = parsePersonCells({ cells, positions: this.positions }, errors);
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

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** The file is a zip (an .xlsx workbook under another name): openRoster reads it as a workbook. */
class WorkbookNotCsv extends RosterFileError {}

export interface RecordSource {
  /** Records after the header, in batches (never an empty one); `line` is what messages call the row. */
  batches: AsyncGenerator<CsvRecord[], void, undefined>;
  /** Records of the header's batch that follow the header (may be empty). */
  firstBatch: CsvRecord[];
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
): { header: RosterHeader; rows: AsyncIterable<RosterRow>; batches: AsyncIterable<RosterRow[]> } {
  const cells = headerCells.map((cell) => cell.trim());
  const { positions, passthrough } = mapHeader(cells);
  const header: RosterHeader = { cells, passthrough: passthrough.map((index) => cells[index] ?? '') };
  const rows = new RowStream(source.batches, source.firstBatch, source.firstIndex, cells.length, positions, passthrough, source, source.beyondHeader);
  return { header, rows, batches: rows.inBatches() };
}

/** A path the xlsx reader takes (by its name; a workbook under another name is recognised by its bytes). */
export function isXlsxPath(source: string): boolean {
  return /\.xlsx$/i.test(source);
}

async function openXlsx(source: string, options: OpenRosterOptions): Promise<OpenedRoster> {
  return (await import('./xlsx.js')).openXlsxRoster(source, options);
}

/** A CSV file opened up to its header row: the rest of its records come in batches. */
export interface OpenedRecords {
  encoding: RosterEncoding;
  /** The header row's cells, trimmed. */
  headerCells: string[];
  /** The batch the header came in; records after the header start at `firstIndex`. */
  firstBatch: CsvRecord[];
  firstIndex: number;
  batches: AsyncGenerator<CsvRecord[], void, undefined>;
  bytes: ByteSource;
}

/**
 * Opens a CSV file (a path, or '-' for standard input), recognises its encoding and reads up to
 * the header row. Shared by people rosters and unit rosters. Throws RosterFileError when the file as
 * a whole cannot be read.
 */
export async function openRecords(source: string, options: OpenRosterOptions = {}): Promise<OpenedRecords> {
  const bytes = await openSource(source);
  try {
    // Look at the start of the file to recognise the encoding.
    const head: Buffer[] = [];
    let size = 0;
    let complete = false;
    while (size < SNIFF_BYTES) {
      const chunk = await bytes.next();
      if (chunk === null) {
        complete = true;
        break;
      }
      if (chunk.length === 0) continue;
      head.push(chunk);
      size += chunk.length;
    }
    if (size === 0) throw new RosterFileError(messages.fileEmpty(source));
    const headBytes = head.length === 1 ? head[0]! : Buffer.concat(head);
    if (source !== '-' && startsWith(headBytes, ZIP_MAGIC)) throw new WorkbookNotCsv(messages.spreadsheetNotCsv());
    refuseBinary(headBytes);
    const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : null;
    const encoding = forced ?? sniffEncoding(headBytes, complete);
    if (forced === null && encoding === 'gb18030') refuseMixed(headBytes);

    const batches = recordBatches(bytes, [headBytes], encoding, forced === null);
    const next = await batches.next();
    if (next.done) throw new RosterFileError(messages.noHeader(source));
    const firstBatch = next.value;
    const headerCells = firstBatch[0]!.cells.map((cell) => cell.trim());
    return { encoding, headerCells, firstBatch, firstIndex: 1, batches, bytes };
  } catch (error) {
    bytes.close();
    throw error;
  }
}

/**
 * Opens a roster (a path, or '-' for standard input): reads up to the header row, maps its columns,
 * and returns the rows as a stream. Throws RosterFileError when the file as a whole cannot be read;
 * rows that cannot be read come as { kind: 'rejected' } with every error of the row.
 */
export async function openRoster(source: string, options: OpenRosterOptions = {}): Promise<OpenedRoster> {
  if (isXlsxPath(source)) return openXlsx(source, options);
  let opened: OpenedRecords;
  try {
    opened = await openRecords(source, options);
  } catch (error) {
    if (error instanceof WorkbookNotCsv) return openXlsx(source, options); // roster.csv that is really a workbook
    throw error;
  }
  try {
    if (options.sheet !== undefined) throw new RosterFileError((await import('./xlsx-messages.js')).xlsxMessages().sheetOnlyXlsx(source));
    const { header, rows, batches } = rosterRows(opened.headerCells, { ...opened, close: () => opened.bytes.close() });
    const bytes = opened.bytes;
    return { header, encoding: opened.encoding, rows, batches, progress: () => ({ bytes: bytes.bytesRead, total: bytes.size }) };
  } catch (error) {
    opened.bytes.close();
    throw error;
  }
}
