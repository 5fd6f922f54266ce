// §22: for three years the city and each county set a talent fund of at least a share (3%) of its
// general budget revenue. Given each level's revenue, the roll-up sets the level's cash cost (the
// roll-up's byPayer, same payer key) against that floor. The 3% is the fund's minimum size, not a
// spending target: the cost either fits inside the floor (the fund so sized can pay it) or exceeds it.
import { addFen, scaleFen, type Fen } from '../base/money.js';
import type { FundRule } from '../policy/types.js';

export interface FundInput {
  rule: FundRule;
  year: number;
  /** General budget revenue (non-tax revenue excluded) by payer code: city, county:<code>. */
  revenue: ReadonlyMap<string, Fen>;
}

export interface FundLevel {
  payer: string;
  revenue: Fen;
  /** The smallest amount in fen not below revenue × share. */
  floor: Fen;
  /** The level's cash cost in the roll-up. */
  cost: Fen;
  /** The cost fits inside the floor (cost ≤ floor): a fund of the minimum size pays it. */
  fits: boolean;
  /** cost − floor when the cost exceeds the floor, else 0. */
  exceedsBy: Fen;
  /** Kept for JSON readers of the first version: cost ≥ floor. */
  covered: boolean;
  /** Kept for JSON readers of the first version: floor − cost when the cost is below the floor, else 0. */
  shortBy: Fen;
}

export interface FundCheck {
  clause: string;
  share: string;
  firstYear: number;
  lastYear: number;
  /** false: the budget year is outside the fund's years; no floor applies and levels is empty. */
  applies: boolean;
  levels: FundLevel[];
}

export function checkFund(input: FundInput, costByPayer: ReadonlyMap<string, Fen>): FundCheck {
  const { rule, year } = input;
  const applies = year >= rule.firstYear && year <= rule.lastYear;
  const levels: FundLevel[] = [];
  if (applies) {
    for (const [payer, revenue] of input.revenue) {
      // Rounded up: a floor of "at least 3%" is met only by an amount not below the exact product.
      const floor = scaleFen(revenue, rule.share, 'up');
      const cost = costByPayer.get(payer) ?? (0 as Fen);
      const covered = cost >= floor;
      const fits = cost <= floor;
      levels.push({ payer, revenue, floor, cost, fits, exceedsBy: fits ? (0 as Fen) : addFen(cost, -floor as Fen), covered, shortBy: covered ? (0 as Fen) : addFen(floor, -cost as Fen) });
    }
  }
  return { clause: rule.clause, share: rule.share.text, firstYear: rule.firstYear, lastYear: rule.lastYear, applies, levels };
}
