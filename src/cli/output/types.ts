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
  row: number;
  id: string | null;
  errors: readonly { column: string; message: string }[];
}

export interface RunInfo {
  policy: Policy;
  year: number;
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
  /** Text after the last person: rejected rows and the roll-up. */
  end(rejected: readonly RejectedEntry[], totals: RollupTotals): string;
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
  end(rejected: readonly RejectedEntry[], totals: RollupTotals): string;
}
