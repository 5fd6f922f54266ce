// A roster of units (§11 provincial bases, teams, studios, appraisal institutes; §18 recommenders and
// Bole award winners): the same file handling as people rosters (encoding, CSV, line numbers), its
// own columns (data/codes.json unitColumns) and rules, one validated Unit or every error of a row.
import type { Unit } from '../engine/units.js';
import type { County, EmployerLevel } from '../engine/types.js';
import { parseYuan, type Fen } from '../base/money.js';
import { foldMoney } from './numbers.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { UNIT_COLUMNS, type UnitColumnKey } from '../policy/columns.js';
import { foldLabel } from './columns.js';
import { rosterMessages, type RosterMessages } from './messages.js';
import { parseMonthCell, ROW_COLUMN, type RowError } from './person.js';
import { isBlank, openRecords, RosterFileError, type OpenRosterOptions, type RosterEncoding } from './read.js';

export type UnitRow =
  | { kind: 'unit'; row: number; unit: Unit; extra: string[] }
  | { kind: 'rejected'; row: number; id: string | null; errors: RowError[] };

export interface OpenedUnits {
  header: { cells: string[]; passthrough: string[] };
  encoding: RosterEncoding;
  rows: AsyncIterable<UnitRow>;
}

const UNIT_KEYS: readonly UnitColumnKey[] = UNIT_COLUMNS.map((column) => column.key);
type UnitKey = UnitColumnKey;

const vocabulary = loadVocabulary();
const byLabel = new Map<string, UnitKey>();
const zhOf = new Map<UnitKey, string>();
for (const column of vocabulary.unitColumns) {
  const key = column.key as UnitKey;
  if (!UNIT_KEYS.includes(key)) throw new Error(`data/codes.json: unknown unit column ${column.key}`);
  zhOf.set(key, column.zh);
  for (const label of [column.key, column.zh, ...column.aliases]) byLabel.set(foldLabel(label), key);
}

/** The unit column a header or key names (its Chinese header, an alias or the key), or null. */
export function unitColumnOf(label: string): UnitKey | null {
  return byLabel.get(foldLabel(label)) ?? null;
}

const name = (key: UnitKey, m: RosterMessages) => m.columnName(key, zhOf.get(key) ?? key);
const allowed = (field: CodeField, m: RosterMessages) => vocabulary.codesOf(field).map((code) => m.codeWithLabel(vocabulary.labelOf(field, code), code)).join(m.listSeparator);

function code(key: UnitKey, field: CodeField, cell: string, errors: RowError[], required: boolean, m: RosterMessages): string | null {
  if (cell === '') {
    if (required) errors.push({ column: key, message: m.requiredNoGuess(name(key, m), allowed(field, m)) });
    return null;
  }
  const found = vocabulary.lookup(field, cell);
  if (found === null) errors.push({ column: key, message: m.unknownCode(name(key, m), cell, allowed(field, m)) });
  return found;
}

function amount(key: UnitKey, cell: string, errors: RowError[], m: RosterMessages): Fen | null {
  if (cell === '') return null;
  const fen = parseYuan(foldMoney(cell));
  if (fen === null) errors.push({ column: key, message: m.notYuan(name(key, m), cell) });
  return fen;
}

/** One unit row (unit key → cell text) → a Unit, or all of the row's errors. */
export function parseUnitRecord(record: Readonly<Partial<Record<UnitKey, string>>>, errors: RowError[] = [], m: RosterMessages = rosterMessages('zh')): { ok: true; unit: Unit } | { ok: false; id: string | null; errors: RowError[] } {
  const cell = (key: UnitKey) => (record[key] ?? '').trim();
  const id = cell('id');
  if (id === '') errors.push({ column: 'id', message: m.required(name('id', m)) });
  const unitType = code('unit_type', 'unit_type', cell('unit_type'), errors, true, m);
  const level = code('level', 'employer_level', cell('level'), errors, true, m) as EmployerLevel | null;
  const county = code('county', 'county', cell('county'), errors, false, m) as County | null;
  if (level === 'county' && cell('county') === '') errors.push({ column: 'county', message: m.unitCountyRequired() });
  const approvedCell = cell('approved');
  const approved = parseMonthCell('approved', approvedCell, errors, m, name('approved', m));
  if (approvedCell === '') errors.push({ column: 'approved', message: m.required(name('approved', m)) });
  const provincialGrant = amount('provincial_grant', cell('provincial_grant'), errors, m);
  const rewardAmount = amount('reward_amount', cell('reward_amount'), errors, m);
  if (errors.length > 0 || unitType === null || level === null || typeof approved !== 'number') {
    return { ok: false, id: id === '' ? null : id, errors };
  }
  return {
    ok: true,
    unit: { id, name: cell('name') || null, unit_type: unitType, level, county, approved, provincial_grant: provincialGrant, reward_amount: rewardAmount },
  };
}

async function* unitRows(opened: Awaited<ReturnType<typeof openRecords>>, positions: Map<UnitKey, number>, passthrough: number[], m: RosterMessages): AsyncGenerator<UnitRow> {
  const seen = new Map<string, number>();
  const width = opened.headerCells.length;
  try {
    let batch = opened.firstBatch.slice(opened.firstIndex);
    for (;;) {
      for (const { line, cells } of batch) {
        if (isBlank(cells)) continue;
        const errors: RowError[] = [];
        if (cells.length > width && !isBlank(cells.slice(width))) errors.push({ column: ROW_COLUMN, message: m.tooManyCells(cells.length, width) });
        const record: Partial<Record<UnitKey, string>> = {};
        for (const [key, index] of positions) record[key] = cells[index];
        const id = (record.id ?? '').trim();
        const earlier = seen.get(id);
        if (id !== '' && earlier !== undefined) errors.push({ column: 'id', message: m.duplicateId(id, earlier) });
        else if (id !== '') seen.set(id, line);
        const parsed = parseUnitRecord(record, errors, m);
        yield parsed.ok
          ? { kind: 'unit', row: line, unit: parsed.unit, extra: passthrough.map((index) => cells[index] ?? '') }
          : { kind: 'rejected', row: line, id: parsed.id, errors: parsed.errors };
      }
      const next = await opened.batches.next();
      if (next.done) return;
      batch = next.value;
    }
  } finally {
    opened.bytes.close();
  }
}

/** Opens a roster of units, like openRoster does for people. */
export async function openUnits(source: string, options: OpenRosterOptions = {}): Promise<OpenedUnits> {
  const opened = await openRecords(source, options);
  const m = options.messages ?? rosterMessages('zh');
  const positions = new Map<UnitKey, number>();
  const passthrough: number[] = [];
  opened.headerCells.forEach((headerCell, index) => {
    const key = byLabel.get(foldLabel(headerCell));
    if (key === undefined) {
      passthrough.push(index);
      return;
    }
    const earlier = positions.get(key);
    if (earlier !== undefined) {
      opened.bytes.close();
      throw new RosterFileError(m.duplicateColumn(key, opened.headerCells[earlier] ?? '', headerCell), 1);
    }
    positions.set(key, index);
  });
  if (!positions.has('id')) {
    opened.bytes.close();
    throw new RosterFileError(m.noUnitIdColumn(opened.headerCells), 1);
  }
  return {
    header: { cells: opened.headerCells, passthrough: passthrough.map((index) => opened.headerCells[index] ?? '') },
    encoding: opened.encoding,
    rows: unitRows(opened, positions, passthrough, m),
  };
}
