// The policy edition as the engine sees it: data/policies/<edition>/ validated and compiled. Its
// kinds of item are item-types.ts, named here too for the engine and the loader, which read them
// with the policy.
import type { ExactDecimal, RoundingMode } from '../base/money.js';
import type { MonthIndex } from '../base/months.js';
import type { County, Person, Tier } from '../base/person.js';
import type { CodeField } from './vocabulary.js';
import type { AnnualItem, ConditionMask, Label, OneOffGrantItem, PersonItem, Predicate, ReadingsFor, UnitItem } from './item-types.js';

export type {
  AllowanceLine, AnnualItem, ConditionMask, ItemBase, ItemForm, Label, MonthlyByTierRateItem, MonthlyFixedItem, MonthlyHighestLineItem,
  MonthlyShareItem, OneOffByTierItem, OneOffGrantItem, PayerRule, PersonItem, Predicate, ReadingsFor, UnitItem,
} from './item-types.js';

/** A non-money entitlement (§8, §9, §13, §20; rights.json). */
export interface RightDefinition {
  id: string;
  clause: string;
  label: Label;
  description: Label;
  when: Predicate;
  reading: string | null;
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
  /** payers.json's clause, title, effective date and excerpt of the text. */
  clause: string;
  label: Label;
  effective: string;
  text: string;
}

export interface Reading {
  id: string;
  clause: string;
  zh: string;
  en: string;
  /** A reading between alternatives: the one in force and all their names (`--set readings.<id>.choice=<name>`). */
  choice?: { name: string; names: readonly string[] };
}

/**
 * One condition of a claimed item (claim-rules.json, issue #14). `claimedBy` says whether the row
 * claims the item; when it does and `when` fails, the row is rejected (its facts contradict the text)
 * or the claim declined (a valid row that does not meet the item's condition).
 */
export interface ClaimRule {
  id: string;
  item: string;
  clause: string;
  outcome: 'reject' | 'decline';
  /** The column a rejection points at (the contract key). */
  column: string | null;
  /** The rule as a sentence: what the text grants to whom. */
  label: Label;
  /** The allowed values, as a clerk reads them; null when the label says it all. */
  allowed: Label | null;
  reading: string | null;
  claimedBy: Predicate;
  when: Predicate;
}

/** The months of a budget year under one edition, both inclusive (year × 12 + month − 1). */
export interface PolicySegment {
  edition: string;
  first: MonthIndex;
  last: MonthIndex;
  policy: Policy;
}

export interface Policy {
  edition: string;
  /**
   * Set when the budget year spans editions: each with the months it is in force, in order (this
   * policy is the last of them). Absent when one edition is in force all year.
   */
  segments?: readonly PolicySegment[];
  label: Label;
  effective: string;
  effectiveMonth: MonthIndex;
  oneOffBeforeEffective: { rule: 'grant_in_effective_month' | 'not_granted'; monthly: 'from_effective_month' | 'from_start'; reading: string };
  /** edition.json's date of issue. */
  issued: string;
  /** The tier table's own clause, title and effective date (tiers.json). */
  tierTable: { clause: string; label: Label; effective: string };
  /** The named conditions items and tiers share (conditions.json), each with its title, clause and reading. */
  conditions: readonly { name: string; label: Label; clause: string; reading: string | null }[];
  /** Highest first. */
  tiers: readonly { tier: Tier; label: Label; when: Predicate }[];
  meetsTier: (person: Person, tier: Tier) => boolean;
  /** Mask of the tiers whose own condition the person meets, bit i for tiers[i]. */
  tiersMet: ConditionMask;
  /** Items computed for every person (edition.json `items`, then `monthly`), in print order. */
  items: readonly PersonItem[];
  /** The label of each line of the items that choose among lines (monthly_highest_line), by line id. */
  lineLabels: ReadonlyMap<string, Label>;
  /** One-off grants and awards, in the order the edition lists them. */
  grants: readonly OneOffGrantItem[];
  /** Yearly items (tax expenditures), in the order the edition lists them. */
  annual: readonly AnnualItem[];
  rights: readonly RightDefinition[];
  /** Mask of the rights whose condition the person meets, bit i for rights[i]. */
  rightsMet: ConditionMask;
  /** Organisation-level items, in the order the edition lists them. */
  unitItems: readonly UnitItem[];
  /** Every rule of claim-rules.json, in file order: one list for roster, check and questionnaire. */
  claimRules: readonly ClaimRule[];
  /** The rules whose failure rejects the row. */
  rejectRules: readonly ClaimRule[];
  /** The rules between roster columns the text sets (column-rules.json): the reader and the questionnaire apply them. */
  columnRules: readonly ColumnRuleData[];
  /** The rules whose failure declines a claim, by item. */
  declineRules: ReadonlyMap<string, readonly ClaimRule[]>;
  /** Every item of the edition by code, person items and unit items alike. */
  itemLabels: ReadonlyMap<string, { clause: string; label: Label; category: 'cash' | 'tax' }>;
  payers: PayerRules;
  readings: ReadonlyMap<string, Reading>;
  /** The readings a person's tier depends on (the choices its condition reaches and the person meets); absent: none. */
  tierReadings: Readonly<Partial<Record<Tier, ReadingsFor>>>;
  /** Each reading id → where the data names it ("items/talent_allowance.json", "rights.json: green_card" …). */
  readingUses: ReadonlyMap<string, readonly string[]>;
  /** §22 fund floor (fund.json); null when the edition has none. */
  fund: FundRule | null;
  /** Items paid to the employer for hiring the person (beneficiaries.json), each with why; every other item is the person's. */
  employerItems: ReadonlyMap<string, Label>;
  /** Public rental rent per m² by county, after --rent-rates; null = unknown. */
  rentRates: Readonly<Record<County, ExactDecimal | null>>;
}

/** §22: each level's talent fund is at least `share` of its general budget revenue, in budget years firstYear…lastYear. */
export interface FundRule {
  clause: string;
  label: Label;
  share: ExactDecimal;
  levels: readonly ('city' | 'county')[];
  firstYear: number;
  lastYear: number;
  reading: string | null;
  text: string;
}

/** One rule of column-rules.json, checked against the roster's columns and codes (column-rules.ts). */
export interface ColumnRuleData {
  id: string;
  clause: string;
  column: string;
  kind: 'required' | 'only';
  /** The column whose code decides, and the codes under which the rule allows or requires `column`. */
  whenColumn: CodeField;
  whenIn: readonly string[];
  text: string;
  message: { zh: string; en: string };
}
