// The contract's columns and how a header cell (or an answers key) is matched to one: its English
// key, its Chinese header or an alias from data/codes.json, ignoring case, spaces and the width of
// brackets and quotes.
import { loadVocabulary, normaliseLabel } from '../policy/vocabulary.js';

export const CONTRACT_KEYS = [
  'id', 'name', 'honors', 'education', 'degree', 'title', 'skill', 'intro_mode', 'employer_type', 'fiscal_share',
  'employer_level', 'county', 'work_level', 'housing_reform', 'base_salary', 'start', 'end', 'rent_per_m2',
  'fresh_graduate',
  // 人数: a row standing for that many identical people, a cohort of a plan (issue #17).
  'count',
  // Grants, awards, tax items and non-money facts (README "Contract extensions"); see claims.ts.
  'grant_month', 'new_honors', 'innovation_team', 'research_grant', 'project_level', 'project_county', 'sci_award',
  'sci_award_amount', 'hired_graduate', 'grassroots_program', 'settlement_amount', 'tuition_compensation',
  'sme_graduate', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return', 'urgent_talent',
  'scientist_in_enterprise', 'coal_safety_inspector', 'registered_safety_engineer', 'grassroots_years',
  // §19 title rights (issue #14).
  'technical_staff', 'technical_years', 'frontline_scientist',
  // §15 (issue #14).
  'tech_transfer_tax_exempt',
] as const;

export type ContractKey = (typeof CONTRACT_KEYS)[number];

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
