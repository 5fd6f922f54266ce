// A range of budget years (--year 2014-2016): each person or unit is computed once per year, with
// that year's policy (its editions month by month), and added to that year's roll-up; the range's
// roll-up holds the same results merged, so it is the sum of the years by construction. A single
// year takes none of this: its result and roll-up are exactly those of a one-year run.
import { addFen, type Fen } from '../base/money.js';
import type { DeclinedClaim, ItemResult, Right } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { countedResult, type CountableResult } from './count.js';
import { Rollup, type RollupOptions, type RollupTotals } from './rollup.js';

/** What a person's or a unit's result holds that a range merges. */
export interface YearlyResult extends CountableResult {
  declined?: DeclinedClaim[];
  rights?: Right[];
}

/** A person's (a unit's) result for the run: merged over the range; perYear only for a range. */
export interface YearsComputed<R> {
  result: R;
  perYear: readonly R[] | null;
}

/** The years of a run, each with its policy. */
export interface YearPlan {
  years: readonly number[];
  policies: readonly Policy[];
}

/**
 * One result for the range: every year's items in year order, each with its year, the totals
 * summed; rights once each; declined claims with their year. Identity, id and name from the first year.
 */
export function mergeYears<R extends YearlyResult>(results: readonly { year: number; result: R }[]): R {
  const [first] = results;
  if (!first) throw new Error('mergeYears needs at least one year');
  const items: ItemResult[] = [];
  let total = 0 as Fen;
  let taxTotal: Fen | undefined;
  let perHeadTotal = 0 as Fen;
  let perHeadTax: Fen | undefined;
  const rights = new Map<string, Right>();
  const declined: DeclinedClaim[] = [];
  for (const { year, result } of results) {
    for (const item of result.items) items.push({ ...item, year });
    total = addFen(total, result.total);
    if (result.taxTotal !== undefined) taxTotal = addFen(taxTotal ?? (0 as Fen), result.taxTotal);
    if (result.perHead) {
      perHeadTotal = addFen(perHeadTotal, result.perHead.total);
      if (result.perHead.taxTotal !== undefined) perHeadTax = addFen(perHeadTax ?? (0 as Fen), result.perHead.taxTotal);
    }
    for (const right of result.rights ?? []) if (!rights.has(right.id)) rights.set(right.id, right);
    for (const claim of result.declined ?? []) declined.push({ ...claim, year });
  }
  const merged: R = { ...first.result, items, total };
  if (taxTotal === undefined) delete merged.taxTotal;
  else merged.taxTotal = taxTotal;
  if (first.result.rights) merged.rights = [...rights.values()];
  if (declined.length) merged.declined = declined;
  else delete merged.declined;
  if (first.result.perHead) merged.perHead = { total: perHeadTotal, ...(perHeadTax !== undefined ? { taxTotal: perHeadTax } : {}) };
  return merged;
}

/** Computes one person (unit) for every year of the plan, `count` heads of it; engine errors pass through. */
export function computeYears<R extends YearlyResult>(plan: YearPlan, compute: (year: number, policy: Policy) => R, count = 1): YearsComputed<R> {
  if (plan.years.length === 1) return { result: countedResult(compute(plan.years[0]!, plan.policies[0]!), count), perYear: null };
  const perYear = plan.years.map((year, index) => countedResult(compute(year, plan.policies[index]!), count));
  return { result: mergeYears(perYear.map((result, index) => ({ year: plan.years[index]!, result }))), perYear };
}

/** The roll-up of a run: one Rollup for a single year; for a range, one per year and one for the range. */
export class YearsRollup {
  private readonly range: Rollup;
  private readonly byYear: readonly [number, Rollup][] | null;

  /** `options(year)` for each year's roll-up; `options(null)` for the range's (without the §22 check, which is per year). */
  constructor(years: readonly number[], options: (year: number | null) => RollupOptions) {
    if (years.length === 1) {
      this.range = new Rollup(options(years[0]!));
      this.byYear = null;
    } else {
      this.range = new Rollup(options(null));
      this.byYear = years.map((year) => [year, new Rollup(options(year))]);
    }
  }

  /**
   * Adds a person (`unit` false) or a unit. Every roll-up is checked for room first, so a row that
   * would overflow one year is added to none (RollupOverflowError) and the years stay equal to the range.
   */
  add(entity: { id: string; county: Parameters<Rollup['add']>[0]['county'] }, computed: YearsComputed<YearlyResult>, heads = 1, unit = false): void {
    this.range.assertRoom(entity.id, computed.result);
    if (this.byYear && computed.perYear) {
      for (const [index, [, rollup]] of this.byYear.entries()) rollup.assertRoom(entity.id, computed.perYear[index]!);
      for (const [index, [, rollup]] of this.byYear.entries()) {
        if (unit) rollup.addUnit(entity, computed.perYear[index]!);
        else rollup.add(entity, computed.perYear[index]!, heads);
      }
    }
    if (unit) this.range.addUnit(entity, computed.result);
    else this.range.add(entity, computed.result, heads);
  }

  totals(): RollupTotals {
    const totals = this.range.totals();
    if (!this.byYear) return totals;
    return { ...totals, byYear: new Map(this.byYear.map(([year, rollup]) => [year, rollup.totals()])) };
  }
}
