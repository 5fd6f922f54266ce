// A code cell → its code, through a small per-field cache: a roster repeats the same few texts in a
// column, and looking each up afresh in the vocabulary was a large part of reading.
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { columnZh, type ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import { detached } from './detach.js';

export const vocabulary = loadVocabulary();

export function columnName(key: ContractKey, m: RosterMessages): string {
  return m.columnName(key, columnZh(key));
}

/** "本科（bachelor）、硕士研究生（master）…" for a code field. */
export function allowedList(field: CodeField, m: RosterMessages): string {
  return vocabulary
    .codesOf(field)
    .map((code) => m.codeWithLabel(vocabulary.labelOf(field, code), code))
    .join(m.listSeparator);
}

/** A cell text already looked up, and its code (null: not a code of the field). */
interface KnownCell {
  readonly text: string;
  readonly code: string | null;
}

/**
 * Per field: the few distinct texts a column holds (a roster repeats them), by text, and a small
 * table of the most recent ones by length and end characters. The table answers most cells with one
 * string comparison, where the map must first hash the cell (a fresh string every row): on a 1M-row
 * roster, about ten lookups a row, Map.get alone was ~9% of reading.
 */
const RECENT_SLOTS = 256;
export class FieldCells<Field extends CodeField = CodeField> {
  constructor(readonly field: Field) {}
  readonly byText = new Map<string, KnownCell>();
  readonly recent: (KnownCell | undefined)[] = new Array<KnownCell | undefined>(RECENT_SLOTS).fill(undefined);
}
/**
 * Every field's table, made up front: the validation below passes the table itself (fieldCells.education),
 * since a load by a field name that varies (fieldCells[field]) cost as much as the lookup.
 */
export const fieldCells = {
  honors: new FieldCells('honors'), education: new FieldCells('education'), degree: new FieldCells('degree'), title: new FieldCells('title'),
  skill: new FieldCells('skill'), intro_mode: new FieldCells('intro_mode'), employer_type: new FieldCells('employer_type'),
  employer_level: new FieldCells('employer_level'), county: new FieldCells('county'), work_level: new FieldCells('work_level'),
  yes_no: new FieldCells('yes_no'), grassroots_program: new FieldCells('grassroots_program'), sci_award: new FieldCells('sci_award'),
  unit_type: new FieldCells('unit_type'),
} as const satisfies { readonly [Field in CodeField]: FieldCells<Field> };
const LOOKUP_CACHE_LIMIT = 4096;

/** The code a cell names; brackets typed half-width ("乡镇(街道)") also match the full-width labels. */
export function lookupCode(field: CodeField, cell: string): string | null {
  return lookupIn(fieldCells[field], cell);
}

export function lookupIn(cache: FieldCells, cell: string): string | null {
  const length = cell.length;
  const slot = length === 0 ? 0 : (length * 31 + cell.charCodeAt(0) + cell.charCodeAt(length - 1) * 7) & (RECENT_SLOTS - 1);
  const recent = cache.recent[slot];
  if (recent !== undefined && recent.text === cell) return recent.code;
  let entry = cache.byText.get(cell);
  if (entry === undefined) {
    entry = { text: detached(cell), code: lookupUncached(cache.field, cell) }; // a copy: the cell would keep its text alive
    if (cache.byText.size < LOOKUP_CACHE_LIMIT) cache.byText.set(entry.text, entry);
  }
  cache.recent[slot] = entry;
  return entry.code;
}

function lookupUncached(field: CodeField, cell: string): string | null {
  const code = vocabulary.lookup(field, cell);
  if (code !== null || (cell.indexOf('(') === -1 && cell.indexOf(')') === -1)) return code;
  return vocabulary.lookup(field, cell.replace(/\(/g, '（').replace(/\)/g, '）'));
}
