// The person the roster reader, `check --answers` and the questionnaire all produce, and the engine
// and the policy's conditions read. Keys are the roster's column keys, so the policy data's
// conditions ({ field: "work_level", … }) read a person directly.
import type { ExactDecimal, Fen } from './money.js';
import type { MonthIndex } from './months.js';

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
  /** Honour codes (data/codes.json), deduplicated. */
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
  /**
   * How many identical people the row stands for (the 人数 column, a cohort of a plan); absent = 1.
   * The engine prices one head; the roll-up multiplies (src/budget/count.ts).
   */
  count?: number;
  /** The one-off grants, awards, tax items and non-money facts of issue #3; absent = none claimed. */
  claims?: Claims;
}

/** An amount the roster supplies for an item: null = entitled, amount not (yet) decided or known. */
export interface AmountClaim {
  amount: Fen | null;
}

export type GrassrootsProgram = 'village_official' | 'three_supports' | 'western_plan';

/** Facts beyond the core columns (README: "Grants, awards and tax items"); each one optional. */
export interface Claims {
  /** Month the one-off grants and awards of the row are granted; default: start. */
  grant_month?: MonthIndex | null;
  /** Honour codes newly obtained in the grant month (§11 academician candidates, §18 honour rewards). */
  new_honors?: readonly string[];
  /** §11: leads an introduced innovation team. */
  innovation_team?: boolean;
  /** §11 research start-up funding: claimed, with the decided amount if any. */
  research_grant?: AmountClaim | null;
  /** §11: level and county where the project enterprise is registered; default the employer's. */
  project_level?: EmployerLevel | null;
  project_county?: County | null;
  /** §18: amount of the national or provincial science and technology progress award won. */
  sci_award_amount?: AmountClaim | null;
  /** §14: a current-year graduate hired by a private economic organisation (contract ≥ 1 year, insured). */
  hired_graduate?: boolean;
  /** §14: new recruit of a grassroots programme. */
  grassroots_program?: GrassrootsProgram | null;
  /** §14: settlement grant actually decided (at least the policy's floor). */
  settlement_amount?: AmountClaim | null;
  /** §14: tuition compensation / loan repayment after 3+ years in a programme. */
  tuition_compensation?: AmountClaim | null;
  /** §14: a graduate holding 《就业失业登记证》 hired by a small or medium enterprise. */
  sme_graduate?: boolean;
  /** §14: the first-year social insurance (employer and personal) to subsidise. */
  first_year_insurance?: AmountClaim | null;
  /** §14: business tax and surcharges exempted in the year for a graduate sole proprietor. */
  startup_tax_exempt?: AmountClaim | null;
  /** §15: the city-retained part of individual income tax returned in the year. */
  income_tax_return?: AmountClaim | null;
  /** Non-money facts (§8, §9, §13, §20). */
  urgent_talent?: boolean;
  scientist_in_enterprise?: boolean;
  coal_safety_inspector?: boolean;
  registered_safety_engineer?: boolean;
  grassroots_years?: number | null;
  /** §19: a professional technical person doing technical work (从事技术工作的专业技术人员). */
  technical_staff?: boolean;
  /** §19: years of technical work at county or township level. */
  technical_years?: number | null;
  /** §19: a scientist or technician on the production front line (生产第一线科技人员). */
  frontline_scientist?: boolean;
  /** §15: business tax exempted in the year on a person's technology-transfer and related income. */
  tech_transfer_tax_exempt?: AmountClaim | null;
}

/** The county key of people paid at city level, in the roll-up's by-county totals and their labels. */
export const NO_COUNTY = 'city';
