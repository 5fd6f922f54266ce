// The policy edition as the engine sees it: data/policies/<edition>/ validated and compiled.
import type { ExactDecimal, Fen, RoundingMode } from '../engine/money.js';
import type { County, MonthIndex, Person, Tier } from '../engine/types.js';

export interface Label {
  zh: string;
  en: string;
}

/** A condition from the data, compiled to a predicate. */
export type Predicate = (person: Person) => boolean;

export type PayerRule =
  | { rule: 'by_employer_type'; reading?: string }
  | { rule: 'county_of_employer'; reading?: string }
  | { rule: 'fixed'; payer: string; reading?: string };

export interface ItemBase {
  item: string;
  clause: string;
  label: Label;
  kind: 'monthly' | 'one_off';
  /** First month the item can be paid in (from its effective date). */
  effectiveMonth: MonthIndex;
  effective: string;
  text: string;
  payer: PayerRule;
}

export interface AllowanceLine {
  id: string;
  label: Label;
  monthly: Fen;
  reading?: string;
  when: Predicate;
}

export interface CoreItems {
  housing_purchase: ItemBase & {
    introModes: readonly string[];
    housingReformExcludes: { introModes: readonly string[]; reading: string };
    amountByTier: Readonly<Partial<Record<Tier, Fen>>>;
  };
  housing_rent_flexible: ItemBase & {
    introModes: readonly string[];
    areaM2ByTier: Readonly<Partial<Record<Tier, ExactDecimal>>>;
    rounding: RoundingMode;
    rateReading: string;
  };
  graduate_rent: ItemBase & { monthly: Fen; maxMonths: number };
  talent_allowance: ItemBase & {
    introModes: readonly string[];
    flexible: { introModes: readonly string[]; payer: string; reading: string };
    lines: readonly AllowanceLine[];
  };
  grassroots_allowance: ItemBase & {
    when: Predicate;
    whoReading: string;
    shareOfBaseSalary: ExactDecimal;
    rounding: RoundingMode;
  };
}

export type EmployerPayerRule =
  | { rule: 'same_level_finance'; share: 'all' | 'fiscal_share' }
  | { rule: 'employer' };

export interface PayerRules {
  byEmployerType: Readonly<Record<string, EmployerPayerRule>>;
  /** employer_level → payer code pattern, "{county}" replaced by the county code. */
  sameLevelFinance: Readonly<Record<string, string>>;
  sameLevelReading: string;
  splitRounding: RoundingMode;
}

export interface Reading {
  id: string;
  clause: string;
  zh: string;
  en: string;
}

export interface Policy {
  edition: string;
  label: Label;
  effective: string;
  effectiveMonth: MonthIndex;
  oneOffBeforeEffective: { rule: 'grant_in_effective_month' | 'not_granted'; reading: string };
  /** Highest first. */
  tiers: readonly { tier: Tier; label: Label; when: Predicate }[];
  meetsTier: (person: Person, tier: Tier) => boolean;
  items: CoreItems;
  payers: PayerRules;
  readings: ReadonlyMap<string, Reading>;
  /** Public rental rent per m² by county, after --rent-rates; null = unknown. */
  rentRates: Readonly<Record<County, ExactDecimal | null>>;
}
