// Reads a roster file as a stream: bytes → text (UTF-8 or GB18030, recognised) → CSV records, handed
// to the row rules (rows.ts) → one validated Person or one rejected row at a time; an .xlsx workbook
// goes to xlsx.ts. Memory stays constant: the only state kept across rows is the set of ids seen
// (ids must be unique), held compactly (IdSet).
import { cellsOfPlainLine, CsvParser } from './csv.js';
import { CsvCellTooLongError, CsvRecordTooBigError, CsvUnclosedQuoteError, MAX_CELL_CHARS, MAX_RECORD_CELLS, MAX_RECORD_CHARS, PlainLine, type CsvLine, type CsvRecord } from './csv-limits.js';
import { rosterMessages, type RosterMessages } from './messages.js';
import { firstUndecodableLine } from './decode-line.js';
import { openSource, type ByteSource } from './byte-source.js';
import { refuseBinary, refuseMixed, sniffEncoding, startsWith } from './encoding.js';
import { rosterRows, RosterFileError, type OpenedRoster, type OpenPeopleOptions, type OpenRosterOptions, type RosterEncoding } from './rows.js';

export { isBlank, RosterFileError, type OpenedRoster, type OpenPeopleOptions, type OpenRosterOptions, type RosterEncoding, type RosterRow } from './rows.js';

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

function lineFeeds(text: string, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function recordTooBig(line: number, tooManyCells: boolean, m: RosterMessages): RosterFileError {
  const message = tooManyCells ? m.recordTooManyCells(line, MAX_RECORD_CELLS) : m.recordTooLong(line, MAX_RECORD_CHARS);
  return new RosterFileError(message, line);
}

/** Decodes and parses, yielding the records each chunk completes (never an empty batch). */
async function* recordBatches(
  bytes: ByteSource,
  head: Buffer[],
  encoding: RosterEncoding,
  sniffed: boolean,
  m: RosterMessages,
  plainLines: boolean,
): AsyncGenerator<CsvLine[], void, undefined> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parser = new CsvParser(true, plainLines);
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
        encoding === 'gb18030' ? m.gb18030Invalid(line) : sniffed ? m.utf8Mixed(line) : m.utf8Invalid(line);
      throw new RosterFileError(message, line);
    }
    // Looked for in the bytes: a zero byte is U+0000 in UTF-8 and GB18030 alike (no multi-byte sequence
    // holds one), and searching the decoded two-byte text for it was slow (every ASCII character's
    // high byte is zero).
    const nul = chunk.indexOf(0) === -1 ? -1 : text.indexOf('\u0000');
    if (nul !== -1) {
      const line = parser.currentLine + lineFeeds(text, nul);
      throw new RosterFileError(m.nulByte(line), line);
    }
    let begin = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) begin = 1; // not cut off: the text stays one flat string (CsvParser.push)
    }
    // Parsed in pieces, each piece's rows handed out before the next is parsed: fewer records are
    // alive at a time, so the young generation of the garbage collector stays cheap.
    for (let from = begin; from < text.length; from += PIECE_CHARS) {
      const out: CsvLine[] = [];
      try {
        parser.push(text, out, from, Math.min(text.length, from + PIECE_CHARS));
      } catch (error) {
        if (error instanceof CsvCellTooLongError) throw new RosterFileError(m.cellTooLong(error.line, MAX_CELL_CHARS), error.line);
        if (error instanceof CsvRecordTooBigError) throw recordTooBig(error.line, error.tooManyCells, m);
        throw error;
      }
      if (out.length > 0) yield out;
    }
  }
  const out: CsvLine[] = [];
  try {
    const rest = decoder.decode();
    if (rest.length > 0) parser.push(rest, out);
  } catch {
    throw new RosterFileError(m.truncatedAtEnd(encoding === 'gb18030' ? 'GB18030' : 'UTF-8'), parser.currentLine);
  }
  try {
    parser.end(out);
  } catch (error) {
    if (error instanceof CsvUnclosedQuoteError) throw new RosterFileError(m.unclosedQuote(error.line), error.line);
    throw error;
  }
  if (out.length > 0) yield out;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** The file is a zip (an .xlsx workbook under another name): openRoster reads it as a workbook. */
class WorkbookNotCsv extends RosterFileError {}

/** A path the xlsx reader takes (by its name; a workbook under another name is recognised by its bytes). */
export function isXlsxPath(source: string): boolean {
  return /\.xlsx$/i.test(source);
}

async function openXlsx(source: string, options: OpenPeopleOptions): Promise<OpenedRoster> {
  return (await import('./xlsx.js')).openXlsxRoster(source, options);
}

/** A CSV file opened up to its header row: the rest of its records come in batches. */
export interface OpenedRecords<R extends CsvLine = CsvRecord> {
  encoding: RosterEncoding;
  /** The header row's cells, trimmed. */
  headerCells: string[];
  /** The batch the header came in; records after the header start at `firstIndex`. */
  firstBatch: R[];
  firstIndex: number;
  batches: AsyncGenerator<R[], void, undefined>;
  bytes: ByteSource;
}

/**
 * Opens a CSV file (a path, or '-' for standard input), recognises its encoding and reads up to
 * the header row. Shared by people rosters and unit rosters. Throws RosterFileError when the file as
 * a whole cannot be read.
 */
export async function openRecords(source: string, options: OpenRosterOptions = {}): Promise<OpenedRecords> {
  return (await openLines(source, options, false)) as OpenedRecords;
}

/** openRecords, with the data lines without quotes as PlainLines when `plainLines` (the people roster reads them in place). */
async function openLines(source: string, options: OpenRosterOptions, plainLines: boolean): Promise<OpenedRecords<CsvLine>> {
  const m = options.messages ?? rosterMessages('zh');
  const bytes = await openSource(source, CHUNK_BYTES, m);
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
    if (size === 0) throw new RosterFileError(m.fileEmpty(source));
    const headBytes = head.length === 1 ? head[0]! : Buffer.concat(head);
    if (source !== '-' && startsWith(headBytes, ZIP_MAGIC)) throw new WorkbookNotCsv(m.spreadsheetNotCsv());
    refuseBinary(headBytes, m);
    const forced = options.encoding && options.encoding !== 'auto' ? options.encoding : null;
    const encoding = forced ?? sniffEncoding(headBytes, complete);
    if (forced === null && encoding === 'gb18030') refuseMixed(headBytes, m);

    const batches = recordBatches(bytes, [headBytes], encoding, forced === null, m, plainLines);
    const next = await batches.next();
    if (next.done) throw new RosterFileError(m.noHeader(source));
    const firstBatch = next.value;
    const headerRecord = firstBatch[0]!;
    const rawHeader = headerRecord instanceof PlainLine ? cellsOfPlainLine(headerRecord, 0) : headerRecord.cells; // the parser gives the first line as a record
    if (rawHeader.length > MAX_RECORD_CELLS) throw recordTooBig(headerRecord.line, true, m);
    const headerCells = rawHeader.map((cell) => cell.trim());
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
export async function openRoster(source: string, options: OpenPeopleOptions): Promise<OpenedRoster> {
  if (isXlsxPath(source)) return openXlsx(source, options);
  let opened: OpenedRecords<CsvLine>;
  try {
    opened = await openLines(source, options, true);
  } catch (error) {
    if (error instanceof WorkbookNotCsv) return openXlsx(source, options); // roster.csv that is really a workbook
    throw error;
  }
  const m = options.messages ?? rosterMessages('zh');
  try {
    if (options.sheet !== undefined) throw new RosterFileError((await import('./xlsx-messages.js')).xlsxMessages(m).sheetOnlyXlsx(source));
    const { header, rows, batches } = rosterRows(opened.headerCells, { ...opened, close: () => opened.bytes.close() }, m, options.columnRules);
    const bytes = opened.bytes;
    return { header, encoding: opened.encoding, rows, batches, progress: () => ({ bytes: bytes.bytesRead, total: bytes.size }) };
  } catch (error) {
    opened.bytes.close();
    throw error;
  }
}
