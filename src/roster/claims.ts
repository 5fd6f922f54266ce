// The roster columns of the grants, awards, tax items and non-money facts (README "Contract
// extensions"): cells → person.claims, or errors in the same style as the core columns. A row that
// leaves all of them empty gets no claims, and the engine skips every grant for it.
import type { AmountClaim, Claims, County, EmployerLevel, GrassrootsProgram } from '../engine/types.js';
import { parseYuan } from '../base/money.js';
import { foldMoney } from './numbers.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { PERSON_COLUMNS, type ClaimColumnKey } from '../policy/columns.js';
import { columnZh, CONTRACT_KEYS, type ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import { cellOf, COLUMN, FIRST_CLAIM, type RowCells, type RowError } from './row-cells.js';

export const CLAIM_KEYS: readonly ClaimColumnKey[] = PERSON_COLUMNS.filter((column) => column.claim).map((column) => column.key as ClaimColumnKey);

type ClaimKey = ClaimColumnKey;

// hasClaims looks at the columns from FIRST_CLAIM on: they must be exactly these.
if (CONTRACT_KEYS.slice(FIRST_CLAIM).join() !== CLAIM_KEYS.join()) throw new Error('claims.ts: CLAIM_KEYS must be the last columns of CONTRACT_KEYS, in order');

/** The helpers of person.ts the claim columns share, passed in so the two files don't import each other. */
export interface CellReaders {
  trimmed(value: string | undefined): string;
  yesNo(key: ContractKey, cell: string, errors: RowError[], m: RosterMessages): boolean | undefined;
  code(key: ContractKey, field: CodeField, cell: string, errors: RowError[], m: RosterMessages): string | null | undefined;
  honors(key: ContractKey, cell: string, errors: RowError[], m: RosterMessages): string[];
  month(key: ContractKey, cell: string, errors: RowError[], m: RosterMessages): number | null | undefined;
}

const vocabulary = loadVocabulary();
const name = (key: ContractKey, m: RosterMessages) => m.columnName(key, columnZh(key));
const label = (field: CodeField, code: string, m: RosterMessages) => m.codeWithLabel(vocabulary.labelOf(field, code), code);

/** An amount cell: empty or no → not claimed; yes → claimed, amount undecided; yuan → that amount. */
function amountClaim(key: ClaimKey, cell: string, errors: RowError[], m: RosterMessages): AmountClaim | null | undefined {
  if (cell === '') return null;
  const fen = parseYuan(foldMoney(cell));
  if (fen !== null) return { amount: fen };
  const word = vocabulary.lookup('yes_no', cell);
  if (word === 'yes') return { amount: null };
  if (word === 'no') return null;
  errors.push({ column: key, message: m.notYuanOrYes(name(key, m), cell) });
  return undefined;
}

function wholeNumber(key: ClaimKey, cell: string, errors: RowError[], m: RosterMessages): number | null | undefined {
  if (cell === '') return null;
  if (/^\d{1,3}$/.test(cell)) return Number(cell);
  errors.push({ column: key, message: m.notWholeNumber(name(key, m), cell) });
  return undefined;
}

/** True when any claim cell has text (spaces too: they are then read, and give empty claims, as before). */
export function hasClaims(row: RowCells): boolean {
  const { cells, positions } = row;
  for (let column = FIRST_CLAIM; column < positions.length; column++) {
    const position = positions[column]!;
    if (position < 0) continue;
    const cell = cells[position];
    if (cell !== undefined && cell !== '') return true;
  }
  return false;
}

/**
 * The row's claims, or undefined when a cell is bad (its error pushed). `employerType` is the row's
 * (already validated) employer type, for the rules that tie an item to a kind of employer.
 */
export function parseClaims(
  row: RowCells,
  employerType: string | undefined,
  /** The row's county (null when not given): who pays a settlement grant or a county project. */
  county: string | null,
  read: CellReaders,
  errors: RowError[],
  m: RosterMessages,
): Claims | undefined {
  const before = errors.length;
  const cell = (key: ClaimKey) => read.trimmed(cellOf(row, COLUMN[key]));
  const claims: Claims = {
    grant_month: read.month('grant_month', cell('grant_month'), errors, m) ?? null,
    new_honors: read.honors('new_honors', cell('new_honors'), errors, m),
    innovation_team: read.yesNo('innovation_team', cell('innovation_team'), errors, m) === true,
    research_grant: amountClaim('research_grant', cell('research_grant'), errors, m) ?? null,
    project_level: (read.code('project_level', 'employer_level', cell('project_level'), errors, m) ?? null) as EmployerLevel | null,
    project_county: (read.code('project_county', 'county', cell('project_county'), errors, m) ?? null) as County | null,
    sci_award_amount: amountClaim('sci_award_amount', cell('sci_award_amount'), errors, m) ?? null,
    hired_graduate: read.yesNo('hired_graduate', cell('hired_graduate'), errors, m) === true,
    grassroots_program: (read.code('grassroots_program', 'grassroots_program', cell('grassroots_program'), errors, m) ?? null) as GrassrootsProgram | null,
    settlement_amount: amountClaim('settlement_amount', cell('settlement_amount'), errors, m) ?? null,
    tuition_compensation: amountClaim('tuition_compensation', cell('tuition_compensation'), errors, m) ?? null,
    sme_graduate: read.yesNo('sme_graduate', cell('sme_graduate'), errors, m) === true,
    first_year_insurance: amountClaim('first_year_insurance', cell('first_year_insurance'), errors, m) ?? null,
    startup_tax_exempt: amountClaim('startup_tax_exempt', cell('startup_tax_exempt'), errors, m) ?? null,
    income_tax_return: amountClaim('income_tax_return', cell('income_tax_return'), errors, m) ?? null,
    urgent_talent: read.yesNo('urgent_talent', cell('urgent_talent'), errors, m) === true,
    scientist_in_enterprise: read.yesNo('scientist_in_enterprise', cell('scientist_in_enterprise'), errors, m) === true,
    coal_safety_inspector: read.yesNo('coal_safety_inspector', cell('coal_safety_inspector'), errors, m) === true,
    registered_safety_engineer: read.yesNo('registered_safety_engineer', cell('registered_safety_engineer'), errors, m) === true,
    grassroots_years: wholeNumber('grassroots_years', cell('grassroots_years'), errors, m) ?? null,
    technical_staff: read.yesNo('technical_staff', cell('technical_staff'), errors, m) === true,
    technical_years: wholeNumber('technical_years', cell('technical_years'), errors, m) ?? null,
    frontline_scientist: read.yesNo('frontline_scientist', cell('frontline_scientist'), errors, m) === true,
    tech_transfer_tax_exempt: amountClaim('tech_transfer_tax_exempt', cell('tech_transfer_tax_exempt'), errors, m) ?? null,
  };
  // sci_award (national/provincial) is informational: checked, not stored.
  read.code('sci_award', 'sci_award', cell('sci_award'), errors, m);

  const employerLabel = employerType ? vocabulary.labelOf('employer_type', employerType) : '—';
  // §14: only a private economic organisation's hire earns the employment-fund grant.
  if (claims.hired_graduate && employerType && employerType !== 'private') {
    errors.push({ column: 'hired_graduate', message: m.needsEmployer(name('hired_graduate', m), employerLabel, label('employer_type', 'private', m)) });
  }
  // §14: the SME items are for enterprises.
  if (claims.sme_graduate && employerType && employerType !== 'soe' && employerType !== 'private') {
    errors.push({ column: 'sme_graduate', message: m.needsEmployer(name('sme_graduate', m), employerLabel, ['soe', 'private'].map((code) => label('employer_type', code, m)).join(m.listSeparator)) });
  }
  if (claims.first_year_insurance && !claims.sme_graduate) {
    errors.push({ column: 'first_year_insurance', message: m.needsColumn(name('first_year_insurance', m), name('sme_graduate', m)) });
  }
  if (claims.settlement_amount && !claims.grassroots_program) {
    errors.push({ column: 'settlement_amount', message: m.needsColumn(name('settlement_amount', m), name('grassroots_program', m)) });
  }
  // §14: the settlement grant is paid by the county where the recruit serves (a reading).
  if (claims.grassroots_program && county === null) {
    errors.push({ column: 'county', message: m.needsCountyFor(name('grassroots_program', m)) });
  }
  // §11: a county-registered project is paid by that county's finance.
  if (claims.project_level === 'county' && !claims.project_county && county === null) {
    errors.push({ column: 'project_county', message: m.needsCountyFor(name('project_level', m)) });
  }
  if (claims.project_county && !claims.project_level) {
    errors.push({ column: 'project_county', message: m.needsColumn(name('project_county', m), name('project_level', m)) });
  }
  return errors.length > before ? undefined : claims;
}
