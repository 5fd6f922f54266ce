// Reads a roster file as a stream: bytes → text (UTF-8 or GB18030, recognised) → CSV records, handed
// to the row rules (rows.ts) → one validated Person or one rejected row at a time; an .xlsx workbook
// goes to xlsx.ts. Memory stays constant: the only state kept across rows is the set of ids seen
// (ids must be unique), held compactly (IdSet).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAscii } from 'node:buffer';
import type { Readable } from 'node:stream';
import { CsvCellTooLongError, CsvParser, CsvRecordTooBigError, CsvUnclosedQuoteError, MAX_CELL_CHARS, MAX_RECORD_CELLS, MAX_RECORD_CHARS, type CsvRecord } from './csv.js';
import { messages } from './messages.js';
import { firstUndecodableLine } from './decode-line.js';
import { rosterRows, RosterFileError, type OpenedRoster, type OpenRosterOptions, type RosterEncoding } from './rows.js';

export { isBlank, RosterFileError, type OpenedRoster, type OpenRosterOptions, type RosterEncoding, type RosterRow } from './rows.js';

/**
 * Bytes read at a time. Small enough that the text decoded from a chunk (at most 64K characters, 128 KB)
 * stays a young object the scavenger frees: 1 MB chunks decoded into strings of a megabyte or two that
 * went straight to V8's large-object space, piled up there until a full collection, and made up most of
 * the heap's growth on a million rows. Larger reads are a little faster and cost memory (bench/PROFILE.md).
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

/**
 * Where a UTF-8 sequence cut at the end of `bytes` begins (bytes.length when none is cut): the last
 * lead byte within the final three bytes, if the continuation bytes after it are fewer than it needs.
 */
function cutSequenceStart(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The encoding of a file that starts with `head` (`complete`: head is the whole file). */
export function sniffEncoding(head: Buffer, complete: boolean): RosterEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (isAscii(head)) return 'utf-8';
  try {
    // stream: a multi-byte sequence cut at the end of the head is not an error: the rest follows,
    // or, when the head is the whole file, the file is UTF-8 cut short, which reading the end says
    // (truncatedAtEnd) rather than calling the whole file undecodable GB18030.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !complete || !isAscii(head.subarray(0, cutSequenceStart(head))) ? 'utf-8' : 'gb18030';
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

function recordTooBig(line: number, tooManyCells: boolean): RosterFileError {
  const message = tooManyCells ? messages.recordTooManyCells(line, MAX_RECORD_CELLS) : messages.recordTooLong(line, MAX_RECORD_CHARS);
  return new RosterFileError(message, line);
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
        if (error instanceof CsvRecordTooBigError) throw recordTooBig(error.line, error.tooManyCells);
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

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** The file is a zip (an .xlsx workbook under another name): openRoster reads it as a workbook. */
class WorkbookNotCsv extends RosterFileError {}

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
    const headerRecord = firstBatch[0]!;
    if (headerRecord.cells.length > MAX_RECORD_CELLS) throw recordTooBig(headerRecord.line, true);
    const headerCells = headerRecord.cells.map((cell) => cell.trim());
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
