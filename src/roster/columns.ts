// The contract's columns and how a header cell (or an answers key) is matched to one: its English
// key, its Chinese header or an alias from data/codes.json, ignoring case, spaces and the width of
// brackets and quotes.
import { loadVocabulary, normaliseLabel } from '../policy/vocabulary.js';
import { PERSON_COLUMNS, type PersonColumnKey } from '../policy/columns.js';

/** The contract's keys in roster order, from the one column table (policy/columns.ts). */
export const CONTRACT_KEYS: readonly PersonColumnKey[] = PERSON_COLUMNS.map((column) => column.key);

export type ContractKey = PersonColumnKey;

/** normaliseLabel, and full-width brackets folded to ASCII ones: "县(特区、区)" = "县（特区、区）". */
export function foldLabel(text: string): string {
  return normaliseLabel(text).replace(/（/g, '(').replace(/）/g, ')');
}

interface ColumnTable {
  byLabel: Map<string, ContractKey>;
  zh: Map<ContractKey, string>;
}

let table: ColumnTable | undefined;

function columnTable(): ColumnTable {
  if (table) return table;
  const vocabulary = loadVocabulary();
  const byLabel = new Map<string, ContractKey>();
  const zh = new Map<ContractKey, string>();
  const known = new Set<string>(CONTRACT_KEYS);
  for (const column of vocabulary.columns) {
    if (!known.has(column.key)) continue; // a column added to codes.json before this reader knows it
    const key = column.key as ContractKey;
    zh.set(key, column.zh);
    for (const label of [column.key, column.zh, ...column.aliases]) {
      const folded = foldLabel(label);
      const other = byLabel.get(folded);
      if (other !== undefined && other !== key) throw new Error(`data/codes.json: header "${label}" names both ${other} and ${key}`);
      byLabel.set(folded, key);
    }
  }
  for (const key of CONTRACT_KEYS) if (!zh.has(key)) throw new Error(`data/codes.json has no column ${key}`);
  table = { byLabel, zh };
  return table;
}

/** The contract key a header cell names, or null for a column of the office's own. */
export function matchColumn(headerCell: string): ContractKey | null {
  return columnTable().byLabel.get(foldLabel(headerCell)) ?? null;
}

/** The column's Chinese header (编号, 学历 …). */
export function columnZh(key: ContractKey): string {
  return columnTable().zh.get(key) ?? key;
}
