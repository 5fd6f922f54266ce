// The engine's outputs. Its input, the Person, and the words both the engine and the policy model
// use (money, months, tiers, counties) live in src/base; they are re-exported here for the rooms
// that read results and persons together.
import type { Fen } from '../base/money.js';
import type { Tier } from '../base/person.js';

export type { MonthIndex } from '../base/months.js';
export type {
  AmountClaim, Claims, County, Degree, Education, EmployerLevel, EmployerType, GrassrootsProgram, IntroMode, Person,
  Skill, Tier, Title, WorkLevel,
} from '../base/person.js';

/** Why an item came out as it did: a message key and its parameters, rendered in zh or en by src/i18n. */
export interface Reason {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export type ItemStatus =
  | 'computed'
  /** An amount the policy gives as a range, not decided for this person: see `range`. */
  | 'range'
  /** An amount the roster must supply (national standard, actual contributions) and did not. */
  | 'amount_missing'
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
  kind: 'monthly' | 'one_off' | 'annual';
  /** Tax expenditures (revenue forgone, §14–§15) are reported apart from cash outlays. Absent = cash. */
  category?: 'cash' | 'tax';
  status: ItemStatus;
  /** Bounds of a ranged amount (high null = no upper bound); `amount` is the point picked by --range, or null. */
  range?: { low: Fen; high: Fen | null };
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
  /** Items of the kind monthly_highest_line only: every line met, the chosen one marked. */
  candidates?: AllowanceCandidate[];
  /** The edition that priced the item, set only when the budget year spans editions. */
  edition?: string;
  /** The budget year of the item, set only when --year names a range (src/budget/years.ts). */
  year?: number;
  /** A counted row (count ≠ 1): the amounts of one head; monthly, amount and payers are the row's (src/budget/count.ts). */
  perHead?: { monthly: Fen | null; amount: Fen | null };
}

export interface PersonResult {
  id: string;
  name: string | null;
  tier: Tier | null;
  items: ItemResult[];
  /** Sum of the computed cash amounts (tax items excluded). */
  total: Fen;
  /** Sum of the computed tax expenditures; absent when there are none. */
  taxTotal?: Fen;
  /** Non-money entitlements (rights.json). */
  rights?: Right[];
  /** Claims the row makes whose conditions it does not meet (issue #14): not paid, each with why. */
  declined?: DeclinedClaim[];
  /** A counted row (count ≠ 1): how many heads, and the totals of one (src/budget/count.ts). */
  count?: number;
  perHead?: { total: Fen; taxTotal?: Fen };
}

/** A claimed item not granted: the conditions of its clause that the person does not meet. */
export interface DeclinedClaim {
  item: string;
  clause: string;
  /** Each failed condition: key "condition_failed" with the rule's id (its sentence is in the policy's claimRules). */
  reasons: Reason[];
  /** Reading ids that decide it, if any. */
  readings: string[];
  /** The budget year, set only when --year names a range. */
  year?: number;
}

export interface Right {
  id: string;
  clause: string;
}

export interface EngineOptions {
  /** Which point of a ranged amount to count; absent = none (bounds only). */
  rangePoint?: 'low' | 'mid' | 'high';
  /**
   * false: every item of computePerson's result has empty `reasons` and `readings`, and none of the
   * work of building them (formatted amounts and months, reason objects, deduplication) is done —
   * for outputs that print neither (the CSV, the roll-up), where that work was most of the engine's
   * time. Everything else (amounts, statuses, ranges, payer splits, candidates, tier, rights, totals)
   * comes from the same code either way. Absent or true: explained (the default). computeUnit ignores it.
   */
  explain?: boolean;
}
