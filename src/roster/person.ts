// One person's facts, as roster cells or as `rencai check --answers` JSON, validated into a Person or
// into every error the row has (not just the first), each a Chinese sentence naming the bad value and
// what is allowed. Pure: no I/O, no state.
//
// Rows are validated by hand here rather than by a zod schema of per-field transforms, which cost over
// ten times as much a row (bench/PROFILE.md), and a 1M-row roster must stay in the seconds. zod validates the shape of the answers JSON (parsePersonAnswers), where JSON types can be
// wrong; a roster cell is always text.
import { rowOfRecord, type RowCells, type RowError } from './row-cells.js';
import type { ContractKey } from './columns.js';
import { validate, type PersonParse } from './person-row.js';
import type { RosterMessages } from './messages.js';
import type { ColumnRules } from './cross-field.js';

export type { RowError, PersonParse };
export { lookupCode } from './cell-lookup.js';
export { parseMonthCell } from './cell-parsers.js';
export { parsePersonAnswers, ROW_COLUMN } from './person-answers.js';

/** A row as text: contract key → the cell as written (undefined or '' = not given). */
export type PersonRecord = Readonly<Partial<Record<ContractKey, string | undefined>>>;

/** One roster row (contract key → cell text) → a Person, or all of the row's errors. */
export function parsePersonRecord(record: PersonRecord, m: RosterMessages, rules: ColumnRules): PersonParse {
  return validate(rowOfRecord(record), null, [], m, rules);
}

/** One roster row read by position, with errors already found about it (the reader's) reported first. */
export function parsePersonCells(row: RowCells, errors: RowError[], m: RosterMessages, rules: ColumnRules): PersonParse {
  return validate(row, null, errors, m, rules);
}
