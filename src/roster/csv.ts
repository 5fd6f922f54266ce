// A small streaming RFC 4180 reader: decoded text goes in chunk by chunk, records come out with the
// line number each one starts on. It keeps only the record being read between chunks, so memory does
// not grow with the file.
//
// Accepted: quoted fields with "" escapes, commas and line breaks inside quotes, CRLF, LF and lone CR
// line ends, a last line with or without a line end. Completely empty lines are skipped. Text after
// a closing quote and before the next comma ("ab"c) is kept as written, as spreadsheets do.
//
// The hot loop works on the chunk with indexOf/charCodeAt and slices whole fields; the positions of
// the next comma, LF and CR are cached, so each character is looked at a constant number of times.
// A complete line with no quote or lone CR in it (nearly every roster line) is cut in one tight loop
// into an array sized like the previous line's, without the state machine: on a 1M-row roster that
// took the parser (decoding included) from 2.1 s to 1.1 s of CPU. String#split got 1.7 s: it grows
// its array as it goes, and a roster line has some forty cells.

import { cellsOf, countLineBreaks } from './csv-lines.js';
import { CsvCellTooLongError, CsvRecordTooBigError, CsvUnclosedQuoteError, MAX_CELL_CHARS, MAX_RECORD_CELLS, MAX_RECORD_CHARS, PlainLine, type CsvLine } from './csv-limits.js';

export { cellsOfPlainLine } from './csv-lines.js';
export { CsvUnclosedQuoteError, MAX_CELL_CHARS, MAX_RECORD_CELLS, type CsvLine, type CsvRecord } from './csv-limits.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const NONE = Number.MAX_SAFE_INTEGER;
/** What the fast path gives a completely empty line: no record (the line is skipped). */
const EMPTY_LINE: string[] = [];

const enum State {
  /** At the start of a field (start of a record, or just after a comma). */
  FieldStart,
  /** In an unquoted field (or after a closing quote) whose text so far is in `partial`. */
  Unquoted,
  /** Inside quotes; the field's text so far is in `partial`. */
  Quoted,
  /** Inside quotes, and the previous chunk ended on a quote: "" or a closing quote, the next chunk says. */
  QuoteAtChunkEnd,
}

export class CsvParser {
  private state: State = State.FieldStart;
  private cells: string[] = [];
  private partial = '';
  /** Line number at the reading position. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** The last character read was a CR (already counted as a line break). */
  private lastWasCr = false;
  /** Cells of the last line split whole: the next line most likely has as many. */
  private expectedCells = 0;
  /** Characters of the record being read that earlier chunks held. */
  private recordChars = 0;
  /**
   * The text the last push read a range of, where that range ended, and where in it the next LF, CR
   * and quote were found: the pieces of one text are pushed in turn, and a search from one piece runs
   * on into the next, so each text is searched once instead of once a piece. Only for a range that
   * starts where the last one ended or later: a text equal to the last one and read again from its
   * start (two identical chunks of a file) must be searched again.
   */
  private searched = '';
  private searchedTo = 0;
  private foundLf = -1;
  private foundCr = -1;
  private foundQuote = -1;

  /**
   * @param splitWholeLines cut a complete line without quotes at once (the fast path); false
   *   reads every line through the general state machine, which the tests compare it with.
   * @param plainLines hand out a line without quotes or CRs as a PlainLine (uncut) instead of a
   *   record, from the second line on (the first, a header, always comes as a record).
   */
  constructor(private readonly splitWholeLines = true, private readonly plainLines = false) {}

  /** The line number at the reading position (for messages about where reading stopped). */
  get currentLine(): number {
    return this.line;
  }

  /**
   * Reads one chunk of text, or its characters [start, end), appending each record it completes to
   * `out`. A range of a whole decoded text rather than a slice of it: the lines handed out as
   * PlainLines are then read character by character from a flat string, not through a slice.
   */
  push(chunk: string, out: CsvLine[], start = 0, end = chunk.length): void {
    const n = end;
    if (n <= start) return;
    let i = start;
    let state = this.state;
    let cells = this.cells;
    let line = this.line;
    const previousWasCr = this.lastWasCr;
    this.lastWasCr = false;
    if (previousWasCr && state !== State.Quoted && chunk.charCodeAt(start) === LF) i = start + 1; // CRLF split across chunks
    const sameText = start >= this.searchedTo && chunk === this.searched;
    let nextComma = -1;
    let nextLf = sameText ? this.foundLf : -1;
    let nextCr = sameText ? this.foundCr : -1;
    let nextQuote = sameText ? this.foundQuote : -1;
    /** Where in this chunk the record being read began (`start`: in an earlier chunk, or at the start). */
    let recordStart = start;

    while (i < n) {
      // Fast path: a whole line at the start of a record (almost every roster line) is cut by cellsOf
      // instead of field by field through the state machine below. A line with a quote or a lone CR
      // anywhere, or one that goes on in the next chunk, takes the general path.
      if (state === State.FieldStart && cells.length === 0 && this.splitWholeLines) {
        if (nextLf < i) {
          const at = chunk.indexOf('\n', i);
          nextLf = at === -1 ? NONE : at;
        }
        if (nextLf < n) {
          // A CR right before the LF is part of the line end (CRLF); any other CR is a line end of
          // its own, and cellsOf leaves that line to the general path.
          const to = nextLf > i && chunk.charCodeAt(nextLf - 1) === CR ? nextLf - 1 : nextLf;
          if (this.plainLines && this.expectedCells > 0) {
            if (nextQuote < i) {
              const at = chunk.indexOf('"', i);
              nextQuote = at === -1 ? NONE : at;
            }
            if (nextCr < i) {
              const at = chunk.indexOf('\r', i);
              nextCr = at === -1 ? NONE : at;
            }
            if (nextQuote >= to && nextCr >= to) {
              if (to > i) out.push(new PlainLine(this.recordLine, chunk, i, to));
              line++;
              this.recordLine = line;
              i = nextLf + 1;
              recordStart = i;
              continue;
            }
          }
          const lineCells = to > i ? cellsOf(chunk, i, to, this.expectedCells) : EMPTY_LINE;
          if (lineCells !== null) {
            if (lineCells !== EMPTY_LINE) {
              this.expectedCells = lineCells.length;
              out.push({ line: this.recordLine, cells: lineCells });
            }
            line++;
            this.recordLine = line;
            i = nextLf + 1;
            recordStart = i;
            continue;
          }
        }
      }
      if (state === State.FieldStart && chunk.charCodeAt(i) === QUOTE) {
        state = State.Quoted;
        this.partial = '';
        this.quoteLine = line;
        i++;
        continue;
      }
      if (state === State.Quoted) {
        let q = chunk.indexOf('"', i);
        if (q >= n) q = -1;
        const to = q === -1 ? n : q;
        if (to > i) {
          const segment = chunk.slice(i, to);
          if (segment.indexOf('\n') !== -1 || segment.indexOf('\r') !== -1) {
            line += countLineBreaks(chunk, i, to, i === start && previousWasCr);
          }
          this.partial += segment;
        }
        if (q === -1) {
          if (this.partial.length > MAX_CELL_CHARS) throw new CsvCellTooLongError(this.quoteLine);
          this.lastWasCr = chunk.charCodeAt(n - 1) === CR;
          i = n;
          break;
        }
        if (q + 1 === n) {
          state = State.QuoteAtChunkEnd;
          i = n;
          break;
        }
        if (chunk.charCodeAt(q + 1) === QUOTE) {
          this.partial += '"';
          i = q + 2;
          continue;
        }
        state = State.Unquoted; // closed; the field ends at the next comma or line end
        i = q + 1;
        continue;
      }
      if (state === State.QuoteAtChunkEnd) {
        if (chunk.charCodeAt(i) === QUOTE) {
          this.partial += '"';
          state = State.Quoted;
          i++;
        } else {
          state = State.Unquoted;
        }
        continue;
      }

      // FieldStart (not a quote) or Unquoted: the field runs to the next comma or line end.
      if (nextComma < i) {
        const at = chunk.indexOf(',', i);
        nextComma = at === -1 ? NONE : at;
      }
      if (nextLf < i) {
        const at = chunk.indexOf('\n', i);
        nextLf = at === -1 ? NONE : at;
      }
      if (nextCr < i) {
        const at = chunk.indexOf('\r', i);
        nextCr = at === -1 ? NONE : at;
      }
      let end = nextComma < nextLf ? nextComma : nextLf;
      if (nextCr < end) end = nextCr;
      if (end >= n) {
        // The field goes on in the next chunk.
        this.partial = state === State.Unquoted ? this.partial + chunk.slice(i, n) : chunk.slice(i, n);
        if (this.partial.length > MAX_CELL_CHARS) throw new CsvCellTooLongError(this.recordLine);
        state = State.Unquoted;
        i = n;
        break;
      }
      const delimiter = chunk.charCodeAt(end);
      if (delimiter === COMMA) {
        if (state === State.Unquoted) {
          cells.push(end > i ? this.partial + chunk.slice(i, end) : this.partial);
          this.partial = '';
        } else {
          cells.push(chunk.slice(i, end));
        }
        state = State.FieldStart;
        i = end + 1;
        continue;
      }
      // A line end finishes the record, unless the line is completely empty.
      if (state === State.Unquoted) {
        cells.push(end > i ? this.partial + chunk.slice(i, end) : this.partial);
        this.partial = '';
        out.push({ line: this.recordLine, cells });
        cells = [];
      } else if (cells.length > 0 || end > i) {
        cells.push(chunk.slice(i, end));
        out.push({ line: this.recordLine, cells });
        cells = [];
      }
      line++;
      this.recordLine = line;
      state = State.FieldStart;
      this.recordChars = 0;
      if (delimiter === CR) {
        if (end + 1 === n) {
          this.lastWasCr = true;
          i = n;
          break;
        }
        i = chunk.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      } else {
        i = end + 1;
      }
      recordStart = i;
    }

    // A record that goes on in the next chunk: its size so far is bounded here, once a chunk, so a
    // line of a million commas is refused after a few chunks instead of filling memory.
    if (state !== State.FieldStart || cells.length > 0) {
      this.recordChars += n - recordStart;
      if (cells.length >= MAX_RECORD_CELLS) throw new CsvRecordTooBigError(this.recordLine, true);
      if (this.recordChars > MAX_RECORD_CHARS) throw new CsvRecordTooBigError(this.recordLine, false);
    }
    this.state = state;
    this.cells = cells;
    this.line = line;
    this.searched = chunk;
    this.searchedTo = n;
    this.foundLf = nextLf;
    this.foundCr = nextCr;
    this.foundQuote = nextQuote;
  }

  /** Finishes the input: the last record, if it had no line end. Throws CsvUnclosedQuoteError. */
  end(out: CsvLine[]): void {
    const state = this.state;
    if (state === State.Quoted) throw new CsvUnclosedQuoteError(this.quoteLine);
    if (state === State.Unquoted || state === State.QuoteAtChunkEnd) {
      this.cells.push(this.partial);
      out.push({ line: this.recordLine, cells: this.cells });
    } else if (this.cells.length > 0) {
      this.cells.push('');
      out.push({ line: this.recordLine, cells: this.cells });
    }
    this.cells = [];
    this.partial = '';
    this.state = State.FieldStart;
  }
}
