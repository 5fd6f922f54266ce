// Generators for the property tests and the fuzz loop: valid people built from data/codes.json and
// the contract's cross-field rules, and rosters of them written as a clerk's spreadsheet would be
// (any column order, English keys, Chinese headers or aliases, codes or any label, quoted as needed),
// with some rows made invalid on purpose and marked so.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';
import { CONTRACT_KEYS, type ContractKey } from '../../src/roster/columns.js';

const vocabulary = loadVocabulary();
const codes = (field: CodeField) => vocabulary.codesOf(field) as readonly string[];
/** data/codes.json as written: every label of a code (the vocabulary exposes only the printed one). */
const codesJson = JSON.parse(readFileSync(new URL('../../data/codes.json', import.meta.url), 'utf8')) as {
  codes: Record<string, { code: string; labels: string[] }[]>;
  columns: { key: string; zh: string; aliases: string[] }[];
};

/** Every text a cell may hold for a code: the code itself and each of its labels. */
function spellingsOf(field: CodeField, code: string): string[] {
  const entry = (codesJson.codes[field] ?? []).find((candidate) => candidate.code === code);
  return [code, ...(entry ? entry.labels : [vocabulary.labelOf(field, code)])];
}

/** One person's facts as codes and plain values (what a valid row means). */
export interface Facts {
  honors: string[];
  education: string;
  degree: string;
  title: string;
  skill: string;
  intro_mode: string;
  employer_type: string;
  /** Finance's share in hundredths (0–100), inst_partial only. */
  fiscal_share: number | null;
  employer_level: string;
  county: string | null;
  work_level: string;
  housing_reform: boolean;
  /** Fen. */
  base_salary: number | null;
  /** Year and month (1–12). */
  start: { year: number; month: number };
  /** Months after start, or null. */
  endAfter: number | null;
  /** Hundredths of a yuan per m². */
  rent: number | null;
  fresh_graduate: boolean;
}

const ENTERPRISES = ['soe', 'private'];

export const factsArbitrary: fc.Arbitrary<Facts> = fc
  .record({
    honors: fc.subarray([...codes('honors')], { maxLength: 3 }),
    education: fc.constantFrom(...codes('education')),
    degree: fc.constantFrom(...codes('degree')),
    title: fc.constantFrom(...codes('title')),
    skill: fc.constantFrom(...codes('skill')),
    intro_mode: fc.constantFrom(...codes('intro_mode')),
    employer_type: fc.constantFrom(...codes('employer_type')),
    share: fc.integer({ min: 0, max: 100 }),
    employer_level: fc.constantFrom(...codes('employer_level')),
    county: fc.constantFrom(...codes('county')),
    countyGiven: fc.boolean(),
    work_level: fc.constantFrom(...codes('work_level')),
    housing_reform: fc.boolean(),
    salary: fc.integer({ min: 0, max: 3_000_000 }),
    salaryGiven: fc.boolean(),
    start: fc.record({ year: fc.integer({ min: 2010, max: 2016 }), month: fc.integer({ min: 1, max: 12 }) }),
    endAfter: fc.option(fc.integer({ min: 0, max: 48 })),
    rent: fc.option(fc.integer({ min: 1, max: 3000 })),
    fresh_graduate: fc.boolean(),
  })
  .map((r): Facts => {
    const freshGraduate = r.fresh_graduate && ENTERPRISES.includes(r.employer_type);
    const countyNeeded = r.employer_level === 'county' || r.work_level !== 'city' || freshGraduate;
    const salaryNeeded = r.work_level === 'township' || r.work_level === 'village';
    return {
      honors: r.honors,
      education: r.education,
      degree: r.degree,
      title: r.title,
      skill: r.skill,
      intro_mode: r.intro_mode,
      employer_type: r.employer_type,
      fiscal_share: r.employer_type === 'inst_partial' ? r.share : null,
      employer_level: r.employer_level,
      county: countyNeeded || r.countyGiven ? r.county : null,
      work_level: r.work_level,
      housing_reform: r.housing_reform,
      base_salary: salaryNeeded || r.salaryGiven ? r.salary : null,
      start: r.start,
      endAfter: r.endAfter,
      rent: r.rent,
      fresh_graduate: freshGraduate,
    };
  });

/** How each cell of one row is spelled: indexes into the spellings (taken modulo their count). */
export type Spelling = number[];
export const spellingArbitrary: fc.Arbitrary<Spelling> = fc.array(fc.nat(7), { minLength: 24, maxLength: 24 });

function spell(field: CodeField, code: string, choice: number): string {
  const options = spellingsOf(field, code);
  return options[choice % options.length]!;
}

/** Integer hundredths → exact decimal text ("12.5" style, or "12.50", "12"): never a float. */
export function hundredths(value: number, choice = 0): string {
  const whole = Math.trunc(value / 100);
  const cents = value % 100;
  if (cents === 0 && choice % 2 === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0')}`;
}

function month(year: number, monthNumber: number, choice: number): string {
  const mm = String(monthNumber).padStart(2, '0');
  return [`${year}-${mm}`, `${year}/${monthNumber}`, `${year}年${monthNumber}月`, `${year}-${mm}-01`][choice % 4]!;
}

export function endMonth(facts: Facts): { year: number; month: number } | null {
  if (facts.endAfter === null) return null;
  const index = facts.start.year * 12 + facts.start.month - 1 + facts.endAfter;
  return { year: Math.trunc(index / 12), month: (index % 12) + 1 };
}

/** The row's cells, by contract key, as a clerk might write them. */
export function cellsOf(id: string, name: string, facts: Facts, spelling: Spelling): Record<ContractKey, string> {
  const s = (k: number) => spelling[k] ?? 0;
  const separator = [';', '；', '、'][s(0) % 3]!;
  const end = endMonth(facts);
  return {
    id,
    name,
    honors: facts.honors.map((code, k) => spell('honors', code, s(1) + k)).join(separator),
    education: spell('education', facts.education, s(2)),
    degree: spell('degree', facts.degree, s(3)),
    title: spell('title', facts.title, s(4)),
    skill: spell('skill', facts.skill, s(5)),
    intro_mode: spell('intro_mode', facts.intro_mode, s(6)),
    employer_type: spell('employer_type', facts.employer_type, s(7)),
    fiscal_share: facts.fiscal_share === null ? '' : facts.fiscal_share === 100 ? '1' : `0.${String(facts.fiscal_share).padStart(2, '0')}`,
    employer_level: spell('employer_level', facts.employer_level, s(8)),
    county: facts.county === null ? '' : spell('county', facts.county, s(9)),
    work_level: spell('work_level', facts.work_level, s(10)),
    housing_reform: facts.housing_reform || s(11) % 2 === 0 ? spell('yes_no', facts.housing_reform ? 'yes' : 'no', s(11)) : '',
    base_salary: facts.base_salary === null ? '' : hundredths(facts.base_salary, s(12)),
    start: month(facts.start.year, facts.start.month, s(13)),
    end: end === null ? '' : month(end.year, end.month, s(14)),
    rent_per_m2: facts.rent === null ? '' : hundredths(facts.rent, s(15)),
    fresh_graduate: facts.fresh_graduate || s(16) % 2 === 0 ? spell('yes_no', facts.fresh_graduate ? 'yes' : 'no', s(16)) : '',
  };
}

/** Ways a row is made invalid on purpose; each is refused by a rule of the contract. */
export const CORRUPTIONS = ['unknown_education', 'month_13', 'no_intro_mode', 'negative_salary', 'duplicate_id'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

export interface RosterRowSpec {
  facts: Facts;
  spelling: Spelling;
  corruption: Corruption | null;
}

export interface RosterSpec {
  rows: RosterRowSpec[];
  /** Column order: a permutation of CONTRACT_KEYS plus the office's own column 'note'. */
  columns: string[];
  /** Per column, which of its header spellings (key, Chinese header, aliases). */
  headerChoice: number[];
  lineEnd: '\n' | '\r\n';
}

export function rosterArbitrary(options: { maxRows?: number; corruptions?: readonly Corruption[] } = {}): fc.Arbitrary<RosterSpec> {
  const corruptions = options.corruptions ?? CORRUPTIONS;
  const row = fc.record({
    facts: factsArbitrary,
    spelling: spellingArbitrary,
    corruption: corruptions.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...corruptions), { freq: 4 }),
  });
  return fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: options.maxRows ?? 12 }),
    columns: fc.shuffledSubarray([...CONTRACT_KEYS, 'note'], { minLength: CONTRACT_KEYS.length + 1 }),
    headerChoice: fc.array(fc.nat(5), { minLength: CONTRACT_KEYS.length + 1, maxLength: CONTRACT_KEYS.length + 1 }),
    lineEnd: fc.constantFrom('\n' as const, '\r\n' as const),
  });
}

function headerSpellings(key: string): string[] {
  if (key === 'note') return ['备注'];
  const column = codesJson.columns.find((candidate) => candidate.key === key);
  return column ? [column.key, column.zh, ...column.aliases] : [key];
}

export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowId(index: number): string {
  return `P${String(index + 1).padStart(4, '0')}`;
}

/** The cells of row `index` after its corruption (if any). */
export function rowCells(spec: RosterSpec, index: number): Record<string, string> {
  const { facts, spelling, corruption } = spec.rows[index]!;
  const cells: Record<string, string> = { ...cellsOf(rowId(index), `人${index + 1}`, facts, spelling), note: `第${index + 1}人, "备注"` };
  if (corruption === 'unknown_education') cells.education = '博士后';
  if (corruption === 'month_13') cells.start = `${facts.start.year}-13`;
  if (corruption === 'no_intro_mode') cells.intro_mode = '';
  if (corruption === 'negative_salary') cells.base_salary = '-100';
  if (corruption === 'duplicate_id' && index > 0) cells.id = rowId(0); // the first row's id is always read
  return cells;
}

/** A row that the reader must reject (a duplicate id in the first row is no duplicate). */
export function isInvalid(spec: RosterSpec, index: number): boolean {
  const corruption = spec.rows[index]!.corruption;
  return corruption !== null && !(corruption === 'duplicate_id' && index === 0);
}

/** The roster as CSV text; `order` lists row indexes in file order (default: as generated). */
export function rosterCsv(spec: RosterSpec, order: readonly number[] = spec.rows.map((_, index) => index)): string {
  const header = spec.columns.map((key, k) => {
    const options = headerSpellings(key);
    return csvCell(options[(spec.headerChoice[k] ?? 0) % options.length]!);
  });
  const lines = [header.join(',')];
  for (const index of order) {
    const cells = rowCells(spec, index);
    lines.push(spec.columns.map((key) => csvCell(cells[key] ?? '')).join(','));
  }
  return lines.join(spec.lineEnd) + spec.lineEnd;
}
