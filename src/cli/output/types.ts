// What the roster command hands a formatter. Formatters turn these into text; they never compute
// an amount (every amount here comes from the engine or the roll-up).
import type { Person, PersonResult } from '../../engine/types.js';
import type { Unit, UnitResult } from '../../engine/units.js';
import type { Policy } from '../../policy/types.js';
import type { RollupTotals } from '../../budget/rollup.js';
import type { Labels } from '../../i18n/labels.js';

export interface PersonEntry {
  /** Line of the roster (the header is line 1). */
  row: number;
  person: Person;
  result: PersonResult;
  /** The roster's passthrough cells, in the order of RunInfo.passthrough. */
  extra: readonly string[];
}

/** One computed unit of a units roster (rencai units, rencai budget). */
export interface UnitEntry {
  row: number;
  unit: Unit;
  result: UnitResult;
  extra: readonly string[];
}

export interface RejectedEntry {
  /** rencai budget: which roster the row is in. */
  source?: 'people' | 'units';
  /** rencai budget with several --people files: the file the row is in, so its line number is found. */
  file?: string;
  row: number;
  id: string | null;
  errors: readonly { column: string; message: string }[];
}

export interface RunInfo {
  policy: Policy;
  /** The (first) budget year. */
  year: number;
  /** --year over a range: every year, in order (absent for a single year, whose output is as before). */
  years?: readonly number[];
  labels: Labels;
  /** Headers of the roster's columns that are not roster keys, passed through to CSV. */
  passthrough: readonly string[];
}

export interface Formatter {
  /**
   * Whether it prints the engine's reasons and readings. When it does not, the engine is asked not
   * to build them (EngineOptions.explain): the amounts are the same, a large CSV is much faster.
   */
  readonly explains: boolean;
  /** Text before the first person. */
  begin(): string;
  person(entry: PersonEntry): string;
  /** Has output of its own waiting (the workbook's sheet XML): the sink should be called, even with nothing. */
  wantsWrite?(): boolean;
  /** Told of each rejected row as it is rejected (the table measures its columns then); optional. */
  noteRejected?(entry: RejectedEntry): void;
  /**
   * Text after the last person: rejected rows and the roll-up, at once or in pieces (the rejected
   * rows stream from a spool, so a million of them are never one string).
   */
  end(rejected: RejectedRows, totals: RollupTotals): EndText;
}

/**
 * A formatter that can also write a person straight into bytes (the CSV of a large roster): the
 * same text as person(), without building it as strings first.
 */
export interface BytesFormatter {
  personBytes(entry: PersonEntry, out: import('../../io/byte-writer.js').ByteWriter): void;
}

/** A stream of people and units (rencai units, rencai budget): per-entity text, then the roll-up. */
export interface BudgetFormatter {
  /** As Formatter.explains. */
  readonly explains: boolean;
  begin(): string;
  person(entry: PersonEntry): string;
  unit(entry: UnitEntry): string;
  /** As Formatter.noteRejected. */
  noteRejected?(entry: RejectedEntry): void;
  end(rejected: RejectedRows, totals: RollupTotals): EndText;
}

/** What a formatter reads: how many, whether any names its roster, and each in order. */
export interface RejectedRows {
  /** How many rows were rejected. */
  readonly length: number;
  /** rencai budget: some row says which roster it is in (people or units). */
  readonly sourced: boolean;
  /** Every rejected row in the order of the roster, a batch at a time; may be read more than once. */
  batches(): AsyncIterable<readonly RejectedEntry[]>;
}

/** The text of a formatter's end, whether given at once or in pieces. */
export type EndText = string | AsyncIterable<string>;
