// The engine's inputs and outputs. Person keys are the roster contract's keys, so the policy
// data's conditions ({ field: "work_level", … }) read a person directly.
import type { ExactDecimal, Fen } from './money.js';

/** Months counted as year × 12 + (month − 1): 2014-01 → 24168. */
export type MonthIndex = number;

export type Education = 'none' | 'secondary' | 'associate' | 'bachelor' | 'master' | 'doctor';
export type Degree = 'none' | 'bachelor' | 'master' | 'doctor';
export type Title = 'none' | 'junior' | 'intermediate' | 'associate_senior' | 'senior';
export type Skill = 'none' | 'junior' | 'intermediate' | 'senior' | 'technician' | 'senior_technician';
export type IntroMode = 'direct' | 'local' | 'flexible';
export type EmployerType = 'organ' | 'inst_full' | 'inst_partial' | 'inst_self' | 'central_prov' | 'soe' | 'private';
export type EmployerLevel = 'city' | 'county';
export type County = 'zhongshan' | 'liuzhi' | 'panzhou' | 'shuicheng';
export type WorkLevel = 'city' | 'county' | 'township' | 'village';
export type Tier = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/** One validated person: what the roster reader, `check --answers` and the questionnaire all produce. */
export interface Person {
  id: string;
  name: string | null;
  /** Honour codes (ROSTER-CONTRACT.md), deduplicated. */
  honors: readonly string[];
  education: Education;
  degree: Degree;
  title: Title;
  skill: Skill;
  intro_mode: IntroMode;
  employer_type: EmployerType;
  /** Finance's share, only for inst_partial. */
  fiscal_share: ExactDecimal | null;
  employer_level: EmployerLevel;
  county: County | null;
  work_level: WorkLevel;
  housing_reform: boolean;
  /** Monthly basic salary in fen. */
  base_salary: Fen | null;
  start: MonthIndex;
  end: MonthIndex | null;
  /** Public rental rent, yuan per m² per month, where the person works. */
  rent_per_m2: ExactDecimal | null;
  fresh_graduate: boolean;
}

/** Why an item came out as it did: a message key and its parameters, rendered in zh or en by src/i18n. */
export interface Reason {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export type ItemStatus =
  | 'computed'
  /** §16 flexible rent: no public rental rate known for the place of work. */
  | 'rate_missing'
  /** §17 flexible introductions: the employer sets the allowance; no amount. */
  | 'employer_set';

export interface PayerPart {
  /** city | county:<code> | employer | employment_fund */
  payer: string;
  /** null when the item's amount is unknown. */
  amount: Fen | null;
}

/** One candidate line of the §17 allowance table that the person meets. */
export interface AllowanceCandidate {
  line: string;
  monthly: Fen;
  chosen: boolean;
}

export interface ItemResult {
  item: string;
  clause: string;
  kind: 'monthly' | 'one_off';
  status: ItemStatus;
  /** Monthly items: the monthly amount (null when unknown); one-off items: null. */
  monthly: Fen | null;
  /** Monthly items: months paid in the year; one-off items: null. */
  months: number | null;
  /** Amount in the budget year; null when it cannot be computed. */
  amount: Fen | null;
  payers: PayerPart[];
  reasons: Reason[];
  /** Reading ids (readings.json) this item's result depends on. */
  readings: string[];
  /** talent_allowance only: every line met, the chosen one marked. */
  candidates?: AllowanceCandidate[];
}

export interface PersonResult {
  id: string;
  name: string | null;
  tier: Tier | null;
  items: ItemResult[];
  /** Sum of the computed amounts. */
  total: Fen;
}
