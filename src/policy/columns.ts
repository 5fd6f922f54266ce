// The roster's columns and the unit roster's, each described once: its key, what kind of cell it
// is (which decides how a roster cell and an answers-JSON value are read), the code list it takes,
// and whether it is a claim (a grant, award or tax fact, read only when a row has such a column).
// The Chinese header and its aliases stay with the codes in data/codes.json, where clerks' words are
// kept; roster/columns.ts checks that every key here has them. The order is the roster's: it is the
// order of the template's header and of a row's positions, claims last.
//
// It lives in policy/ because the reader, the questionnaire and the engine's conditions all speak of
// these columns, and policy/ is the room below all of them.
import type { CodeField } from './vocabulary.js';

/**
 * id: the person's id. text: free text. honors: a list of honour codes. code: one code of `field`.
 * yes_no: 是/否. yuan: money in yuan to two places. share: a decimal 0–1. rent: a positive decimal
 * (yuan per m²). month: a year and month. amount_claim: yes, or a sum in yuan. whole: a whole number.
 */
export type ColumnKind = 'id' | 'text' | 'honors' | 'code' | 'yes_no' | 'yuan' | 'share' | 'rent' | 'month' | 'amount_claim' | 'whole';

export interface ColumnSpec {
  readonly key: string;
  readonly kind: ColumnKind;
  /** The code list of a code column. */
  readonly field?: CodeField;
  readonly claim: boolean;
}

export const PERSON_COLUMNS = [
  { key: 'id', kind: 'id', claim: false },
  { key: 'name', kind: 'text', claim: false },
  { key: 'honors', kind: 'honors', field: 'honors', claim: false },
  { key: 'education', kind: 'code', field: 'education', claim: false },
  { key: 'degree', kind: 'code', field: 'degree', claim: false },
  { key: 'title', kind: 'code', field: 'title', claim: false },
  { key: 'skill', kind: 'code', field: 'skill', claim: false },
  { key: 'intro_mode', kind: 'code', field: 'intro_mode', claim: false },
  { key: 'employer_type', kind: 'code', field: 'employer_type', claim: false },
  { key: 'fiscal_share', kind: 'share', claim: false },
  { key: 'employer_level', kind: 'code', field: 'employer_level', claim: false },
  { key: 'county', kind: 'code', field: 'county', claim: false },
  { key: 'work_level', kind: 'code', field: 'work_level', claim: false },
  { key: 'housing_reform', kind: 'yes_no', claim: false },
  { key: 'base_salary', kind: 'yuan', claim: false },
  { key: 'start', kind: 'month', claim: false },
  { key: 'end', kind: 'month', claim: false },
  { key: 'rent_per_m2', kind: 'rent', claim: false },
  { key: 'fresh_graduate', kind: 'yes_no', claim: false },
  // 人数: a row standing for that many identical people, a cohort of a plan (issue #17).
  { key: 'count', kind: 'whole', claim: false },
  // Grants, awards, tax items and non-money facts (README "Contract extensions").
  { key: 'grant_month', kind: 'month', claim: true },
  { key: 'new_honors', kind: 'honors', field: 'honors', claim: true },
  { key: 'innovation_team', kind: 'yes_no', claim: true },
  { key: 'research_grant', kind: 'amount_claim', claim: true },
  { key: 'project_level', kind: 'code', field: 'employer_level', claim: true },
  { key: 'project_county', kind: 'code', field: 'county', claim: true },
  { key: 'sci_award', kind: 'code', field: 'sci_award', claim: true },
  { key: 'sci_award_amount', kind: 'amount_claim', claim: true },
  { key: 'hired_graduate', kind: 'yes_no', claim: true },
  { key: 'grassroots_program', kind: 'code', field: 'grassroots_program', claim: true },
  { key: 'settlement_amount', kind: 'amount_claim', claim: true },
  { key: 'tuition_compensation', kind: 'amount_claim', claim: true },
  { key: 'sme_graduate', kind: 'yes_no', claim: true },
  { key: 'first_year_insurance', kind: 'amount_claim', claim: true },
  { key: 'startup_tax_exempt', kind: 'amount_claim', claim: true },
  { key: 'income_tax_return', kind: 'amount_claim', claim: true },
  { key: 'urgent_talent', kind: 'yes_no', claim: true },
  { key: 'scientist_in_enterprise', kind: 'yes_no', claim: true },
  { key: 'coal_safety_inspector', kind: 'yes_no', claim: true },
  { key: 'registered_safety_engineer', kind: 'yes_no', claim: true },
  { key: 'grassroots_years', kind: 'whole', claim: true },
  // §19 title rights (issue #14).
  { key: 'technical_staff', kind: 'yes_no', claim: true },
  { key: 'technical_years', kind: 'whole', claim: true },
  { key: 'frontline_scientist', kind: 'yes_no', claim: true },
  // §15 (issue #14).
  { key: 'tech_transfer_tax_exempt', kind: 'amount_claim', claim: true },
] as const satisfies readonly ColumnSpec[];

export type PersonColumnKey = (typeof PERSON_COLUMNS)[number]['key'];
export type ClaimColumnKey = Extract<(typeof PERSON_COLUMNS)[number], { claim: true }>['key'];

export const UNIT_COLUMNS = [
  { key: 'id', kind: 'id', claim: false },
  { key: 'name', kind: 'text', claim: false },
  { key: 'unit_type', kind: 'code', field: 'unit_type', claim: false },
  { key: 'level', kind: 'code', field: 'employer_level', claim: false },
  { key: 'county', kind: 'code', field: 'county', claim: false },
  { key: 'approved', kind: 'month', claim: false },
  { key: 'provincial_grant', kind: 'yuan', claim: false },
  { key: 'reward_amount', kind: 'yuan', claim: false },
] as const satisfies readonly ColumnSpec[];

export type UnitColumnKey = (typeof UNIT_COLUMNS)[number]['key'];

/** Keys of the columns of `kinds`, in table order. */
export function keysOfKind<Spec extends ColumnSpec>(columns: readonly Spec[], kinds: readonly ColumnKind[]): Spec['key'][] {
  return columns.filter((column) => kinds.includes(column.kind)).map((column) => column.key);
}
