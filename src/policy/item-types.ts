// The kinds of item as the engine computes them (the items/ and units/ files of an edition, validated
// and compiled: item-schemas.ts is their data), and the words and compiled conditions they are made of.
import type { ExactDecimal, Fen, RoundingMode } from '../base/money.js';
import type { MonthIndex } from '../base/months.js';
import type { Person, Tier } from '../base/person.js';

export interface Label {
  zh: string;
  en: string;
}

/** A condition from the data, compiled to a predicate. */
export type Predicate = (person: Person) => boolean;

/** The readings a person's result depends on through a condition (empty when none decided it); src/policy/reading-choices.ts. */
export type ReadingsFor = (person: Person) => readonly string[];

/** A list of conditions compiled together: bit i of the result is set when the person meets condition i. */
export type ConditionMask = (person: Person) => number;

export type PayerRule =
  | { rule: 'by_employer_type'; reading?: string }
  | { rule: 'county_of_employer'; reading?: string }
  /** The finance of the employer's level, whatever the employer type. */
  | { rule: 'same_level_of_employer'; reading?: string }
  /** The finance of the level where the project enterprise is registered (§11). */
  | { rule: 'project_registration'; reading?: string }
  /** The finance of the level where a unit is registered (§11). */
  | { rule: 'unit_registration'; reading?: string }
  | { rule: 'fixed'; payer: string; reading?: string };

export interface ItemBase {
  item: string;
  clause: string;
  label: Label;
  kind: 'monthly' | 'one_off' | 'annual';
  /** How the item is computed and explained: the kind of item it is. */
  form: ItemForm;
  category: 'cash' | 'tax';
  /** First month the item can be paid in (from its effective date). */
  effectiveMonth: MonthIndex;
  effective: string;
  text: string;
  payer: PayerRule;
  /** The readings chosen in the item's own file (readings.json `alternatives`): each of its results depends on them. */
  readings: readonly string[];
}

/**
 * The kind of an item (its data file's `kind`): how it is validated, compiled, computed, explained
 * and described. Each kind is defined once; an item is data of one of them.
 */
export type ItemForm =
  | 'one_off_by_tier'
  | 'monthly_by_tier_rate'
  | 'monthly_fixed'
  | 'monthly_highest_line'
  | 'monthly_share'
  | 'one_off_grant'
  | 'annual'
  | 'unit';

/**
 * A reason and an explain check an item names for its condition instead of the kind's generic
 * "meets the condition of this item": texts of the reason catalogue (src/i18n), chosen in the data.
 */
export interface ConditionWords {
  reason: string;
  check: string;
}

/** One-off, the amount of the person's tier (one_off_by_tier). */
export interface OneOffByTierItem extends ItemBase {
  form: 'one_off_by_tier';
  introModes: readonly string[];
  /** Those of these intro modes who have had housing-reform housing are excluded; null = nobody is. */
  housingReformExcludes: { introModes: readonly string[]; reading: string } | null;
  amountByTier: Readonly<Partial<Record<Tier, Fen>>>;
  /** highest: the amount of the person's tier; each: the amounts of every tier whose condition the person meets, added. */
  tiersPaid: 'highest' | 'each';
}

/** Monthly, the area standard of the tier × the rent per m² where the person works (monthly_by_tier_rate). */
export interface MonthlyByTierRateItem extends ItemBase {
  form: 'monthly_by_tier_rate';
  introModes: readonly string[];
  areaM2ByTier: Readonly<Partial<Record<Tier, ExactDecimal>>>;
  rounding: RoundingMode;
  rateReading: string;
}

/** Monthly, a fixed sum for whoever meets `when`, for at most maxMonths from the start (monthly_fixed). */
export interface MonthlyFixedItem extends ItemBase {
  form: 'monthly_fixed';
  introModes: readonly string[] | null;
  when: Predicate;
  monthly: Fen;
  maxMonths: number | null;
  reading: string | null;
  words: ConditionWords | null;
}

export interface AllowanceLine {
  id: string;
  label: Label;
  monthly: Fen;
  reading?: string;
  when: Predicate;
  /** The readings the line's condition depends on for a person, through its named conditions and tiers; null: none. */
  readingsFor: ReadingsFor | null;
}

/** Monthly, the highest of the table's lines the person meets (monthly_highest_line). */
export interface MonthlyHighestLineItem extends ItemBase {
  form: 'monthly_highest_line';
  introModes: readonly string[];
  /** Intro modes for whom the employer sets the amount: listed with no amount, paid by `payer`. */
  flexible: { introModes: readonly string[]; payer: string; reading: string };
  lines: readonly AllowanceLine[];
  /** Mask of the lines the person meets, bit i for lines[i]: the lines' conditions in one call. */
  linesMet: ConditionMask;
}

/** Monthly, a share of the person's own monthly basic salary, for whoever meets `when` (monthly_share). */
export interface MonthlyShareItem extends ItemBase {
  form: 'monthly_share';
  when: Predicate;
  whoReading: string | null;
  shareOfBaseSalary: ExactDecimal;
  rounding: RoundingMode;
  words: ConditionWords | null;
}

/** An item computed for every person of the roster, of one of the person kinds. */
export type PersonItem = OneOffByTierItem | MonthlyByTierRateItem | MonthlyFixedItem | MonthlyHighestLineItem | MonthlyShareItem;

/** Person fields that carry an amount claimed on the roster (Claims in src/base/person.ts). */
export type ClaimField = 'research_grant' | 'sci_award_amount' | 'settlement_amount' | 'tuition_compensation'
  | 'first_year_insurance' | 'startup_tax_exempt' | 'income_tax_return' | 'tech_transfer_tax_exempt';

/**
 * A one-off grant or award (§11, §14, §18): a fixed amount, a range, or an amount the roster
 * supplies, for whoever meets its condition, granted in the start or grant month.
 */
export interface OneOffGrantItem extends ItemBase {
  form: 'one_off_grant';
  introModes: readonly string[] | null;
  introReading: string | null;
  when: Predicate | null;
  /** Granted for honours newly obtained in the grant month; perHonor multiplies by their count. */
  newHonors: readonly string[] | null;
  perHonorReading: string | null;
  claim: ClaimField | null;
  /** True when only a roster claim makes the item apply (with no condition, or a condition and a project). */
  claimRequired: boolean;
  amount: Fen | null;
  range: { low: Fen; high: Fen | null } | null;
  matchShare: ExactDecimal | null;
  grantedAt: 'start' | 'grant_month';
  amountReading: string | null;
}

/** A yearly item (the tax expenditures of §14–§15): a fixed sum per year for some years, or a claimed amount. */
export interface AnnualItem extends ItemBase {
  form: 'annual';
  when: Predicate | null;
  claim: ClaimField | null;
  amountPerYear: Fen | null;
  maxYears: number | null;
  readingIds: readonly string[];
  /** Named when the amount is the roster's (a *_amount_supplied reading); null when no reading decides that. */
  amountReading: string | null;
}

/** An organisation-level item (§11, §18): for units of the listed types, a fixed sum, a match of a claimed base, or a range. */
export interface UnitItem extends ItemBase {
  form: 'unit';
  unitTypes: readonly string[];
  claim: 'provincial_grant' | 'reward_amount' | null;
  claimRange: { low: Fen; high: Fen } | null;
  matchShare: ExactDecimal | null;
  amount: Fen | null;
  range: { low: Fen; high: Fen | null } | null;
  amountReading: string | null;
  /** §11 "从2013年起": a unit approved before this month gets nothing (declined); null = any approval. */
  approvedFromMonth: MonthIndex | null;
  /** A claimed amount outside claimRange/range rejects the unit row (the text's range is a rule). */
  rejectOutsideRange: boolean;
}
