// Generators for the property tests and the fuzz loop: valid people built from data/codes.json and
// the contract's cross-field rules, and rosters of them written as a clerk's spreadsheet would be
// (any column order, English keys, Chinese headers or aliases, codes or any label, quoted as needed),
// with some rows made invalid on purpose and marked so.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { PERSON_COLUMNS } from '../../src/policy/columns.js';
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

/** A core (non-claim) column of the column table (src/policy/columns.ts). */
type CoreColumn = Extract<(typeof PERSON_COLUMNS)[number], { claim: false }>;

/** The fact a core column of these kinds states: a code of its list, a few honours, yes or no. */
interface CoreFactOfKind {
  code: string;
  honors: string[];
  yes_no: boolean;
}

/** The core columns generated, written and answered by their kind alone: any value, whatever the other columns say (fresh_graduate is then made to agree). */
type KindColumn = Extract<CoreColumn, { kind: keyof CoreFactOfKind }>;
type KindFacts = { [Column in KindColumn as Column['key']]: CoreFactOfKind[Column['kind']] };
const KIND_SPECS: readonly KindColumn[] = PERSON_COLUMNS.filter((column): column is KindColumn => !column.claim && ['code', 'honors', 'yes_no'].includes(column.kind));

/** One person's facts as codes and plain values (what a valid row means). */
export interface Facts extends Omit<KindFacts, 'county'> {
  /** Finance's share in hundredths (0–100), inst_partial only. */
  fiscal_share: number | null;
  county: string | null;
  /** Fen. */
  base_salary: number | null;
  /** Year and month (1–12). */
  start: { year: number; month: number };
  /** Months after start, or null. */
  endAfter: number | null;
  /** Hundredths of a yuan per m². */
  rent: number | null;
  /** The claim columns (README "申报列") the row fills; an absent key is an empty cell. */
  claims: ClaimFacts;
}

/** A money claim cell: an amount in fen (written as yuan, ≤ 2 decimals), `是` (amount undecided) or `否`. */
export type AmountFact = number | 'yes' | 'no';

/** A claim column of the column table (src/policy/columns.ts): its kind decides its fact, cell and reading. */
type ClaimColumn = Extract<(typeof PERSON_COLUMNS)[number], { claim: true }>;

/** The fact a claim column of each kind states. */
interface FactOfKind {
  month: { year: number; month: number };
  honors: string[];
  yes_no: boolean;
  amount_claim: AmountFact;
  code: string;
  /** A whole number of years. */
  whole: number;
}

/** The claim columns (README "申报列") the row fills; an absent key is an empty cell. */
export type ClaimFacts = { [Column in ClaimColumn as Column['key']]?: FactOfKind[Column['kind']] };

export type ClaimKey = keyof ClaimFacts;
const CLAIM_SPECS: readonly ClaimColumn[] = PERSON_COLUMNS.filter((column): column is ClaimColumn => column.claim);
export const CLAIM_COLUMNS: readonly ClaimKey[] = CLAIM_SPECS.map((column) => column.key);

/**
 * Claim columns whose rules between columns the oracle (validClaims) does not hold: only anyFactsArbitrary
 * generates them (issue #14's columns; the engine's own tests cover them), factsArbitrary leaves them empty.
 */
const OUTSIDE_THE_ORACLE: ReadonlySet<ClaimKey> = new Set(['technical_staff', 'technical_years', 'frontline_scientist', 'tech_transfer_tax_exempt']);

/** Claim columns the reader checks but does not keep in person.claims (sci_award: the level of the award amount). */
const NOT_KEPT: ReadonlySet<ClaimKey> = new Set(['sci_award']);

/** A money claim that claims something (the parser's cross-field rules only look at these). */
export function claimed(value: AmountFact | undefined): boolean {
  return value !== undefined && value !== 'no';
}

// Amounts around the policy's own figures (the 2,000 settlement floor, 1–5 million start-up) and
// beyond them, zero included (a zero grant is no item).
const amountFact: fc.Arbitrary<AmountFact> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<AmountFact>('yes', 'no') },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 500_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 700_000_000 }) },
);

/** Any fact a claim column of this kind can state, around the policy's figures for amounts and years. */
function claimFact(column: ClaimColumn): fc.Arbitrary<FactOfKind[keyof FactOfKind]> {
  switch (column.kind) {
    case 'month': return fc.record({ year: fc.integer({ min: 2012, max: 2016 }), month: fc.integer({ min: 1, max: 12 }) });
    case 'honors': return fc.subarray([...codes(column.field)], { minLength: 1, maxLength: 3 });
    case 'yes_no': return fc.boolean();
    case 'amount_claim': return amountFact;
    case 'code': return fc.constantFrom(...codes(column.field));
    case 'whole': return fc.integer({ min: 0, max: 40 });
  }
}

/** Each claim column filled with probability 1 / (1 + absentWeight); the oracle's columns only, unless `all`. */
const claimsRecord = (absentWeight: number, all = false): fc.Arbitrary<ClaimFacts> => {
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: absentWeight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  const columns = CLAIM_SPECS.filter((column) => all || !OUTSIDE_THE_ORACLE.has(column.key));
  return fc.record(Object.fromEntries(columns.map((column) => [column.key, sometimes(claimFact(column))]))) as fc.Arbitrary<ClaimFacts>;
};

/** Rows with no claim column filled, with a few (about one in five), or with many (about half). */
const rawClaimsArbitrary: fc.Arbitrary<ClaimFacts> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 3, arbitrary: claimsRecord(4) },
  { weight: 1, arbitrary: claimsRecord(1) },
);

/**
 * Drops the claims that break a cross-field rule of claims.ts, given the row's employer type; the
 * rules that need a county are met by giving the row one (see factsArbitrary).
 */
function validClaims(raw: ClaimFacts, employerType: string, education: string): ClaimFacts {
  const claims: ClaimFacts = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
  // The claim rules of the text (claim-rules.json), written out again here as the oracle: a 中专 leaver
  // is no 高校毕业生; tuition needs a programme; the settlement floor of 2,000 and §11's 100–500万.
  if (education === 'secondary') {
    for (const key of ['hired_graduate', 'sme_graduate', 'first_year_insurance', 'grassroots_program', 'settlement_amount', 'tuition_compensation', 'startup_tax_exempt'] as const) delete claims[key];
  }
  if (claimed(claims.tuition_compensation) && !claims.grassroots_program) delete claims.tuition_compensation;
  if (claims.grassroots_program && typeof claims.settlement_amount === 'number' && claims.settlement_amount > 0 && claims.settlement_amount < 200_000) delete claims.settlement_amount;
  if (typeof claims.research_grant === 'number' && claims.research_grant > 0 && (claims.research_grant < 100_000_000 || claims.research_grant > 500_000_000)) delete claims.research_grant;
  if (claims.hired_graduate && employerType !== 'private') delete claims.hired_graduate;
  if (claims.sme_graduate && !ENTERPRISES.includes(employerType)) delete claims.sme_graduate;
  if (claimed(claims.first_year_insurance) && !claims.sme_graduate) delete claims.first_year_insurance;
  if (claimed(claims.settlement_amount) && !claims.grassroots_program) delete claims.settlement_amount;
  if (claims.project_county && !claims.project_level) delete claims.project_county;
  return claims;
}

/** A claim that needs the row's county (who pays a settlement grant or a county project without its own county). */
export function claimsNeedCounty(claims: ClaimFacts): boolean {
  return claims.grassroots_program !== undefined || (claims.project_level === 'county' && claims.project_county === undefined);
}

const ENTERPRISES = ['soe', 'private'];

/** Any fact a core column of these kinds can state. */
function coreFact(column: KindColumn): fc.Arbitrary<CoreFactOfKind[keyof CoreFactOfKind]> {
  switch (column.kind) {
    case 'code': return fc.constantFrom(...codes(column.field));
    case 'honors': return fc.subarray([...codes(column.field)], { maxLength: 3 });
    case 'yes_no': return fc.boolean();
  }
}

/**
 * The core facts whose valid values depend on the other columns (a share only for inst_partial, a county or
 * salary where a rule needs one, and given or not elsewhere) or sit around the policy's figures: by hand.
 */
const byHand = {
  share: fc.integer({ min: 0, max: 100 }),
  countyGiven: fc.boolean(),
  salary: fc.integer({ min: 0, max: 3_000_000 }),
  salaryGiven: fc.boolean(),
  start: fc.record({ year: fc.integer({ min: 2010, max: 2016 }), month: fc.integer({ min: 1, max: 12 }) }),
  endAfter: fc.option(fc.integer({ min: 0, max: 48 })),
  rent: fc.option(fc.integer({ min: 1, max: 3000 })),
};
/** The column each by-hand fact stands after, so that a row's facts are drawn in the table's order. */
const HAND_AFTER: Record<keyof typeof byHand, CoreColumn['key']> = {
  share: 'fiscal_share', countyGiven: 'county', salary: 'base_salary', salaryGiven: 'base_salary', start: 'start', endAfter: 'end', rent: 'rent_per_m2',
};

type RawFacts = KindFacts & { [Key in keyof typeof byHand]: (typeof byHand)[Key] extends fc.Arbitrary<infer Fact> ? Fact : never } & { claims: ClaimFacts };

const factFields = Object.fromEntries([
  ...PERSON_COLUMNS.filter((column) => !column.claim).flatMap((column) => [
    ...KIND_SPECS.filter((spec) => spec.key === column.key).map((spec) => [spec.key, coreFact(spec)] as const),
    ...(Object.keys(byHand) as (keyof typeof byHand)[]).filter((key) => HAND_AFTER[key] === column.key).map((key) => [key, byHand[key]] as const),
  ]),
  ['claims', rawClaimsArbitrary],
]) as { [Key in keyof RawFacts]: fc.Arbitrary<RawFacts[Key]> };

/** The facts of the columns generated by their kind, as drawn. */
function kindFacts(r: RawFacts): KindFacts {
  return Object.fromEntries(KIND_SPECS.map((column) => [column.key, r[column.key]])) as KindFacts;
}

export const factsArbitrary: fc.Arbitrary<Facts> = fc
  .record(factFields)
  .map((r): Facts => {
    // §16 学历学位: a 大专 or 中专 leaver cannot be a fresh graduate of the rental subsidy.
    const freshGraduate = r.fresh_graduate && ENTERPRISES.includes(r.employer_type) && r.education !== 'secondary' && r.education !== 'associate';
    const claims = validClaims(r.claims, r.employer_type, r.education);
    const countyNeeded = r.employer_level === 'county' || r.work_level !== 'city' || freshGraduate || claimsNeedCounty(claims);
    const salaryNeeded = r.work_level === 'township' || r.work_level === 'village';
    return {
      ...kindFacts(r),
      fiscal_share: r.employer_type === 'inst_partial' ? r.share : null,
      county: countyNeeded || r.countyGiven ? r.county : null,
      base_salary: salaryNeeded || r.salaryGiven ? r.salary : null,
      start: r.start,
      endAfter: r.endAfter,
      rent: r.rent,
      fresh_graduate: freshGraduate,
      claims,
    };
  });

/**
 * Any facts a row or an answers object can state, contradictions kept: a fresh graduate at an organ
 * or with a 大专, a claim the text rules out, a township post without a salary, a county left out
 * where it is needed, and issue #14's columns. Half are valid people (factsArbitrary), so both the
 * accepted and the rejected side are exercised.
 */
export const anyFactsArbitrary: fc.Arbitrary<Facts> = fc.oneof(
  factsArbitrary,
  fc.record({ ...factFields, claims: fc.oneof(claimsRecord(3, true), claimsRecord(1, true)) }).map((r): Facts => ({
    ...kindFacts(r),
    fiscal_share: r.employer_type === 'inst_partial' || !r.countyGiven ? r.share : null,
    county: r.countyGiven ? r.county : null,
    base_salary: r.salaryGiven ? r.salary : null,
    start: r.start,
    endAfter: r.endAfter,
    rent: r.rent,
    claims: Object.fromEntries(Object.entries(r.claims).filter(([, value]) => value !== undefined)),
  })),
);

/** How each cell of one row is spelled: indexes into the spellings (taken modulo their count). */
export type Spelling = number[];
/** The core columns written more than one way, in table order (the share is written one way). */
const SPELLED: readonly ContractKey[] = PERSON_COLUMNS.filter((column) => !column.claim && !['id', 'name', 'count', 'fiscal_share'].includes(column.key)).map((column) => column.key);
/** Spelling 0 is the honours' separator, 1 + k the k-th of SPELLED's, from 24 on one per claim column in table order. */
const CLAIM_SPELLING = 24;
const RENT_SPELLING = SPELLED.indexOf('rent_per_m2') + 1;
export const spellingArbitrary: fc.Arbitrary<Spelling> = fc.array(fc.nat(7), { minLength: CLAIM_SPELLING + CLAIM_COLUMNS.length, maxLength: CLAIM_SPELLING + CLAIM_COLUMNS.length });

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

/** The facts with start and grant month moved into `year` (the end moves with the start), where one-off grants fall. */
export function grantedIn(facts: Facts, year: number): Facts {
  const { grant_month } = facts.claims;
  return { ...facts, start: { ...facts.start, year }, claims: { ...facts.claims, ...(grant_month ? { grant_month: { ...grant_month, year } } : {}) } };
}

export function endMonth(facts: Facts): { year: number; month: number } | null {
  if (facts.endAfter === null) return null;
  const index = facts.start.year * 12 + facts.start.month - 1 + facts.endAfter;
  return { year: Math.trunc(index / 12), month: (index % 12) + 1 };
}

function yesNo(value: boolean, choice: number): string {
  return spell('yes_no', value ? 'yes' : 'no', choice);
}

/**
 * A money claim as a clerk writes it: yuan with at most two decimals, or a yes/no word. Not the
 * digit spellings of yes/no (`1`, `0`): in a money column they are 1 and 0 yuan.
 */
export function amountText(value: AmountFact, choice: number): string {
  if (typeof value === 'number') return hundredths(value, choice);
  const words = spellingsOf('yes_no', value).filter((text) => !/^\d+$/.test(text));
  return words[choice % words.length]!;
}

/** A claim column's cell for its fact, as a clerk writes it (`choice` picks the spelling). */
function claimCell(column: ClaimColumn, fact: FactOfKind[keyof FactOfKind], choice: number, separator: string): string {
  switch (column.kind) {
    case 'month': { const { year, month: monthNumber } = fact as FactOfKind['month']; return month(year, monthNumber, choice); }
    case 'honors': return (fact as string[]).map((code, k) => spell(column.field, code, choice + k)).join(separator);
    case 'yes_no': return yesNo(fact as boolean, choice);
    case 'amount_claim': return amountText(fact as AmountFact, choice);
    case 'code': return spell(column.field, fact as string, choice);
    case 'whole': return String(fact);
  }
}

/** The claim columns' cells (only those the facts fill), in codes or any Chinese label. */
export function claimCellsOf(claims: ClaimFacts, spelling: Spelling, separator: string): Partial<Record<ClaimKey, string>> {
  const cells: Partial<Record<ClaimKey, string>> = {};
  CLAIM_SPECS.forEach((column, k) => {
    const fact = claims[column.key];
    if (fact !== undefined) cells[column.key] = claimCell(column, fact, spelling[CLAIM_SPELLING + k] ?? 0, separator);
  });
  return cells;
}

/** A core column's cell for its fact, by its kind: a code or honour in any spelling; a no sometimes left empty. */
function kindCell(column: KindColumn, fact: KindFacts[KindColumn['key']] | null, choice: number, separator: string): string {
  switch (column.kind) {
    case 'code': return fact === null ? '' : spell(column.field, fact as string, choice);
    case 'honors': return (fact as string[]).map((code, k) => spell(column.field, code, choice + k)).join(separator);
    case 'yes_no': return fact === true || choice % 2 === 0 ? spell('yes_no', fact === true ? 'yes' : 'no', choice) : '';
  }
}

/** The row's cells, by contract key, as a clerk might write them (claim columns only when filled). */
export function cellsOf(id: string, name: string, facts: Facts, spelling: Spelling): Partial<Record<ContractKey, string>> {
  const s = (k: number) => spelling[k] ?? 0;
  const separator = [';', '；', '、'][s(0) % 3]!;
  const end = endMonth(facts);
  const cells: Partial<Record<ContractKey, string>> = {
    ...claimCellsOf(facts.claims, spelling, separator),
    id,
    name,
    fiscal_share: facts.fiscal_share === null ? '' : facts.fiscal_share === 100 ? '1' : `0.${String(facts.fiscal_share).padStart(2, '0')}`,
    base_salary: facts.base_salary === null ? '' : hundredths(facts.base_salary, s(SPELLED.indexOf('base_salary') + 1)),
    start: month(facts.start.year, facts.start.month, s(SPELLED.indexOf('start') + 1)),
    end: end === null ? '' : month(end.year, end.month, s(SPELLED.indexOf('end') + 1)),
    rent_per_m2: facts.rent === null ? '' : hundredths(facts.rent, s(RENT_SPELLING)),
  };
  for (const column of KIND_SPECS) cells[column.key] = kindCell(column, facts[column.key], s(SPELLED.indexOf(column.key) + 1), separator);
  return cells;
}

/** Ways a row is made invalid on purpose; each is refused by a rule of the contract (claims.ts for the claim_ ones). */
export const CORRUPTIONS = [
  'unknown_education', 'month_13', 'no_intro_mode', 'negative_salary', 'duplicate_id',
  'claim_amount_in_words', 'claim_hired_graduate_at_organ', 'claim_sme_graduate_at_institution', 'claim_insurance_without_sme',
  'claim_settlement_without_program', 'claim_program_without_county', 'claim_project_county_without_level',
  'claim_county_project_without_county', 'claim_fractional_years',
] as const;
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
  if (corruption === 'claim_amount_in_words') cells.research_grant = '一百万';
  if (corruption === 'claim_hired_graduate_at_organ') Object.assign(cells, { hired_graduate: '是', employer_type: '机关', fiscal_share: '' });
  if (corruption === 'claim_sme_graduate_at_institution') Object.assign(cells, { sme_graduate: '是', employer_type: 'inst_full', fiscal_share: '' });
  if (corruption === 'claim_insurance_without_sme') Object.assign(cells, { first_year_insurance: '1200.50', sme_graduate: '' });
  if (corruption === 'claim_settlement_without_program') Object.assign(cells, { settlement_amount: '3000', grassroots_program: '' });
  if (corruption === 'claim_program_without_county') Object.assign(cells, { grassroots_program: '三支一扶', county: '' });
  if (corruption === 'claim_project_county_without_level') Object.assign(cells, { project_county: '钟山区', project_level: '' });
  if (corruption === 'claim_county_project_without_county') Object.assign(cells, { project_level: '县级', project_county: '', county: '' });
  if (corruption === 'claim_fractional_years') cells.grassroots_years = '3.5';
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

/** What the reader makes of a claim column's cell (empty when the fact is absent), as person.claims holds it. */
function claimRead(column: ClaimColumn, fact: FactOfKind[keyof FactOfKind] | undefined): unknown {
  switch (column.kind) {
    case 'month': { if (fact === undefined) return null; const { year, month: monthNumber } = fact as FactOfKind['month']; return year * 12 + monthNumber - 1; }
    case 'honors': return fact ?? [];
    case 'yes_no': return fact === true;
    case 'amount_claim': return fact === undefined || fact === 'no' ? null : { amount: fact === 'yes' ? null : fact };
    case 'code': case 'whole': return fact ?? null;
  }
}

/** What the reader must make of the claim cells: person.claims, or undefined when the row fills none. */
export function expectedClaims(claims: ClaimFacts): Record<string, unknown> | undefined {
  if (Object.keys(claims).length === 0) return undefined;
  return Object.fromEntries(CLAIM_SPECS.filter((column) => !NOT_KEPT.has(column.key)).map((column) => [column.key, claimRead(column, claims[column.key])]));
}

/**
 * The facts as `rencai check --answers` JSON: codes, JSON numbers and booleans, an honours column as a list
 * or, every other row, as the text a cell has; claim keys as given.
 */
export function answersOf(id: string, facts: Facts, name: string, spelling: Spelling): Record<string, unknown> {
  const end = endMonth(facts);
  const month = (value: { year: number; month: number }) => `${value.year}-${String(value.month).padStart(2, '0')}`;
  const honours = (codes: string[]) => ((spelling[0] ?? 0) % 2 === 0 ? codes : codes.join('、'));
  const claims: Record<string, unknown> = {};
  for (const column of CLAIM_SPECS) {
    const value = facts.claims[column.key];
    if (value === undefined) continue;
    if (column.kind === 'month') claims[column.key] = month(value as FactOfKind['month']);
    else if (column.kind === 'honors') claims[column.key] = honours(value as string[]);
    else if (column.kind === 'amount_claim') claims[column.key] = amountText(value as AmountFact, 1); // yuan text with two decimals, or 是 / 否
    else claims[column.key] = value; // codes, booleans, a whole number of years
  }
  const core: Record<string, unknown> = {};
  for (const column of KIND_SPECS) core[column.key] = column.kind === 'honors' ? honours(facts[column.key]) : facts[column.key];
  return {
    ...claims,
    ...core,
    id, name,
    fiscal_share: facts.fiscal_share === null ? null : facts.fiscal_share === 100 ? 1 : `0.${String(facts.fiscal_share).padStart(2, '0')}`,
    base_salary: facts.base_salary === null ? null : hundredths(facts.base_salary, 1),
    start: month(facts.start), end: end === null ? null : month(end),
    // The rent as the row wrote it ("17" or "17.00"): the §16 reason quotes the rate as given.
    rent_per_m2: facts.rent === null ? null : hundredths(facts.rent, spelling[RENT_SPELLING]),
  };
}
