// A row is validated where it lies: the file's cells plus, per contract column, the index of its cell.
// Building a key → cell object per row instead cost a 40-key object (dictionary mode once the claim
// columns were added by a loop) and a hashed lookup per column read, about 1 µs a row on a 1M-row
// roster; reading by position costs neither.
import { CONTRACT_KEYS, type ContractKey } from './columns.js';

/** Each contract key's index in CONTRACT_KEYS, which is also its slot in a row's positions. */
export const COLUMN = Object.freeze(Object.fromEntries(CONTRACT_KEYS.map((key, index) => [key, index]))) as Readonly<Record<ContractKey, number>>;

/** Index of the first claim column (claims.ts); the core columns come before it. */
export const FIRST_CLAIM = COLUMN.grant_month;

/** A position meaning "the file has no such column". */
export const NO_COLUMN = -1;

/** One problem of a row: `column` is the contract key (or a raw header, or "(行)" for the whole row). */
export interface RowError {
  column: string;
  message: string;
}

/**
 * One row: `cells` as the file has them, and `positions[COLUMN[key]]` the index in `cells` of that
 * key's cell, or NO_COLUMN. A cell past the end of a short row is undefined, as is a missing column.
 */
export interface RowCells {
  readonly cells: readonly (string | undefined)[];
  readonly positions: Int32Array;
}

/** The cell of contract column `column` (a COLUMN index): undefined when not given. */
export function cellOf(row: RowCells, column: number): string | undefined {
  const position = row.positions[column]!;
  return position < 0 ? undefined : row.cells[position];
}

/** Positions of a row whose cells are already in CONTRACT_KEYS order. */
const IN_KEY_ORDER = Int32Array.from(CONTRACT_KEYS, (_, index) => index);

/** A key → cell record (answers JSON, the questionnaire, tests) as a RowCells. */
export function rowOfRecord(record: Readonly<Partial<Record<ContractKey, string | undefined>>>): RowCells {
  return { cells: CONTRACT_KEYS.map((key) => record[key]), positions: IN_KEY_ORDER };
}
