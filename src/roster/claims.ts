// The roster columns of the grants, awards, tax items and non-money facts (README "Contract
// extensions"): cells → person.claims, or errors in the same style as the core columns. A row that
// leaves all of them empty gets no claims, and the engine skips every grant for it.
import type { AmountClaim, Claims, County, EmployerLevel, GrassrootsProgram } from '../engine/types.js';
import type { ColumnFacts } from './cross-field.js';
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
 * The row's claims, every cell read; a bad cell pushes its error and reads as not claimed, so that the
 * rules between columns (cross-field.ts) still see the rest of the row.
 */
export function parseClaims(row: RowCells, read: CellReaders, errors: RowError[], m: RosterMessages): Claims {
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
  return claims;
}

/** The claims as the rules between columns read them: a claimed column as "yes", a code as itself. */
export function claimFacts(claims: Claims): ColumnFacts {
  const yes = (claimed: unknown) => (claimed ? 'yes' : undefined);
  return {
    hired_graduate: yes(claims.hired_graduate),
    sme_graduate: yes(claims.sme_graduate),
    first_year_insurance: yes(claims.first_year_insurance),
    settlement_amount: yes(claims.settlement_amount),
    grassroots_program: claims.grassroots_program ?? undefined,
    project_level: claims.project_level ?? undefined,
    project_county: claims.project_county ?? undefined,
  };
}
