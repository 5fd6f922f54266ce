// What the CSV reader (csv.ts) hands out and where it stops: the record type, the bounds on a cell and
// a record, and the errors for input past them. Apart from the parser so that the xlsx reader, which
// makes the same records under the same bounds, shares them without the parser.

export interface CsvRecord {
  /** Line on which the record starts (line 1 = the first line of the input). */
  line: number;
  cells: string[];
}

/**
 * A line without quotes or CRs, handed out uncut when the reader asks for it (CsvParser's
 * `plainLines`): its cells are text[from, to) split at the commas, which the row reader finds as
 * positions (plain-row.ts) instead of cutting a string per cell. `cellsOfPlainLine` cuts them.
 */
export class PlainLine {
  constructor(readonly line: number, readonly text: string, readonly from: number, readonly to: number) {}
}

/** A record, or a plain line (only from a parser asked for them). */
export type CsvLine = CsvRecord | PlainLine;

/** The input ends inside a quoted field. */
export class CsvUnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`unclosed quote opened on line ${line}`);
    this.name = 'CsvUnclosedQuoteError';
  }
}

/** The input has a cell longer than MAX_CELL_CHARS (no roster cell is; an unclosed quote usually). */
export class CsvCellTooLongError extends Error {
  constructor(readonly line: number) {
    super(`a cell starting on line ${line} is longer than ${MAX_CELL_CHARS} characters`);
    this.name = 'CsvCellTooLongError';
  }
}

/** The input has a record with more than MAX_RECORD_CELLS cells or MAX_RECORD_CHARS characters. */
export class CsvRecordTooBigError extends Error {
  constructor(readonly line: number, readonly tooManyCells: boolean) {
    super(`the record starting on line ${line} has more than ${tooManyCells ? `${MAX_RECORD_CELLS} cells` : `${MAX_RECORD_CHARS} characters`}`);
    this.name = 'CsvRecordTooBigError';
  }
}

/**
 * Most cells in one record: Excel's widest sheet (column XFD). A line of millions of commas would
 * otherwise become an array of millions of cells (and a header of them a column map as wide).
 */
export const MAX_RECORD_CELLS = 16_384;
/** Longest record, in characters: two of the longest cells. */
export const MAX_RECORD_CHARS = 2_000_000;

/**
 * Longest cell read. A quote left open swallows the rest of the file into one cell: without a bound
 * that cell would grow until memory or the engine's string limit gives out, on a big file.
 */
export const MAX_CELL_CHARS = 1_000_000;
