// The roster's columns and the unit roster's, each described once: its key, what kind of cell it
// is (which decides how a roster cell and an answers-JSON value are read), the code list it takes,
// whether it is a claim (a grant, award or tax fact, read only when a row has such a column), its
// English name (--lang en) and its cell in the template's example row. The Chinese header and its
// aliases stay with the codes in data/codes.json, where clerks' words are kept; roster/columns.ts
// checks that every key here has them. The order is the roster's: it is the order of the template's
// header and of a row's positions, claims last.
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
  /** The column's English name, where --lang en names it (the questionnaire's summary); the key if none. */
  readonly en?: string;
  /**
   * The column's cell in `rencai template`'s example row, in roster codes (printed as Chinese labels
   * under the Chinese header); none is an empty cell.
   */
  readonly example?: string;
}

/** A roster column: every one has an English name. */
interface PersonColumnSpec extends ColumnSpec {
  readonly en: string;
}

// The template's example row (the `example` cells) is a tier-E doctor introduced directly into a
// state-owned enterprise, working at township level in 盘州市: 购房补贴 180,000 and 人才津贴 1,000 a month
// (§16, §17). Its id is replaced by the marker of roster/example-row.ts, which the reader refuses, so a
// forgotten example never reaches a budget.

export const PERSON_COLUMNS = [
  { key: 'id', kind: 'id', claim: false, en: 'ID' },
  { key: 'name', kind: 'text', claim: false, en: 'Name', example: '张三' },
  { key: 'honors', kind: 'honors', field: 'honors', claim: false, en: 'Titles and honours' },
  { key: 'education', kind: 'code', field: 'education', claim: false, en: 'Education', example: 'doctor' },
  { key: 'degree', kind: 'code', field: 'degree', claim: false, en: 'Degree', example: 'doctor' },
  { key: 'title', kind: 'code', field: 'title', claim: false, en: 'Professional title', example: 'associate_senior' },
  { key: 'skill', kind: 'code', field: 'skill', claim: false, en: 'Skill level', example: 'none' },
  { key: 'intro_mode', kind: 'code', field: 'intro_mode', claim: false, en: 'How the person came', example: 'direct' },
  { key: 'employer_type', kind: 'code', field: 'employer_type', claim: false, en: 'Employer type', example: 'soe' },
  { key: 'fiscal_share', kind: 'share', claim: false, en: "Finance's share" },
  { key: 'employer_level', kind: 'code', field: 'employer_level', claim: false, en: 'Employer level', example: 'county' },
  { key: 'county', kind: 'code', field: 'county', claim: false, en: 'County', example: 'panzhou' },
  { key: 'work_level', kind: 'code', field: 'work_level', claim: false, en: 'Place of work', example: 'township' },
  { key: 'housing_reform', kind: 'yes_no', claim: false, en: 'Has had housing-reform housing', example: 'no' },
  { key: 'base_salary', kind: 'yuan', claim: false, en: 'Monthly basic salary', example: '4200' },
  { key: 'start', kind: 'month', claim: false, en: 'First month', example: '2014-01' },
  { key: 'end', kind: 'month', claim: false, en: 'Last month' },
  { key: 'rent_per_m2', kind: 'rent', claim: false, en: 'Public rental rent per m²' },
  { key: 'fresh_graduate', kind: 'yes_no', claim: false, en: 'Fresh graduate', example: 'no' },
  // 人数: a row standing for that many identical people, a cohort of a plan (issue #17).
  { key: 'count', kind: 'whole', claim: false, en: 'Count' },
  // Grants, awards, tax items and non-money facts (README "Contract extensions").
  { key: 'grant_month', kind: 'month', claim: true, en: 'Grant month' },
  { key: 'new_honors', kind: 'honors', field: 'honors', claim: true, en: 'Honours newly won' },
  { key: 'innovation_team', kind: 'yes_no', claim: true, en: 'Leads an innovation team' },
  { key: 'research_grant', kind: 'amount_claim', claim: true, en: 'Research start-up funding' },
  { key: 'project_level', kind: 'code', field: 'employer_level', claim: true, en: 'Project registered at' },
  { key: 'project_county', kind: 'code', field: 'county', claim: true, en: 'Project county' },
  { key: 'sci_award', kind: 'code', field: 'sci_award', claim: true, en: 'S&T progress award level' },
  { key: 'sci_award_amount', kind: 'amount_claim', claim: true, en: 'S&T progress award amount' },
  { key: 'hired_graduate', kind: 'yes_no', claim: true, en: 'Fresh graduate hired by a private employer' },
  { key: 'grassroots_program', kind: 'code', field: 'grassroots_program', claim: true, en: 'Grassroots programme' },
  { key: 'settlement_amount', kind: 'amount_claim', claim: true, en: 'Settlement grant' },
  { key: 'tuition_compensation', kind: 'amount_claim', claim: true, en: 'Tuition compensation' },
  { key: 'sme_graduate', kind: 'yes_no', claim: true, en: 'Registered graduate hired by an SME' },
  { key: 'first_year_insurance', kind: 'amount_claim', claim: true, en: 'First-year social insurance' },
  { key: 'startup_tax_exempt', kind: 'amount_claim', claim: true, en: 'Sole-proprietor tax exempted' },
  { key: 'income_tax_return', kind: 'amount_claim', claim: true, en: 'Income-tax return' },
  { key: 'urgent_talent', kind: 'yes_no', claim: true, en: 'Urgently needed talent' },
  { key: 'scientist_in_enterprise', kind: 'yes_no', claim: true, en: 'Scientist in an enterprise post' },
  { key: 'coal_safety_inspector', kind: 'yes_no', claim: true, en: 'Coal-mine safety inspector' },
  { key: 'registered_safety_engineer', kind: 'yes_no', claim: true, en: 'Registered safety engineer' },
  { key: 'grassroots_years', kind: 'whole', claim: true, en: 'Years at township or village level' },
  // §19 title rights (issue #14).
  { key: 'technical_staff', kind: 'yes_no', claim: true, en: 'Professional technical staff doing technical work' },
  { key: 'technical_years', kind: 'whole', claim: true, en: 'Years of technical work at county or township level' },
  { key: 'frontline_scientist', kind: 'yes_no', claim: true, en: 'Scientist or technician on the production front line' },
  // §15 (issue #14).
  { key: 'tech_transfer_tax_exempt', kind: 'amount_claim', claim: true, en: 'Technology-transfer business tax exempted' },
] as const satisfies readonly PersonColumnSpec[];

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
