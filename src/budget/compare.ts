// Baseline against scenario: two roll-ups of the same people, and their difference by payer, by
// item and by county, in integer fen. Pure; the rows themselves are added by the caller, once each.
import { addFen, type Fen } from '../base/money.js';
import type { Person, PersonResult } from '../engine/types.js';
import { Rollup, type RollupTotals } from './rollup.js';

export interface Comparison {
  people: number;
  /** People whose total differs between the two. */
  peopleChanged: number;
  baseline: RollupTotals;
  scenario: RollupTotals;
  difference: { byPayer: Map<string, Fen>; byItem: Map<string, Fen>; byCounty: Map<string, Fen>; total: Fen };
}

/** scenario − baseline for every key either has (a key missing on one side counts as zero). */
export function differenceOf(baseline: ReadonlyMap<string, Fen>, scenario: ReadonlyMap<string, Fen>): Map<string, Fen> {
  const keys = new Set([...baseline.keys(), ...scenario.keys()]);
  return new Map([...keys].map((key) => [key, addFen(scenario.get(key) ?? 0, -(baseline.get(key) ?? 0))]));
}

export class ComparisonRollup {
  private readonly baseline = new Rollup();
  private readonly scenario = new Rollup();
  private changed = 0;

  add(person: Pick<Person, 'id' | 'county'>, baseline: PersonResult, scenario: PersonResult): void {
    this.baseline.add(person, baseline);
    this.scenario.add(person, scenario);
    if (baseline.total !== scenario.total) this.changed += 1;
  }

  totals(): Comparison {
    const baseline = this.baseline.totals();
    const scenario = this.scenario.totals();
    return {
      people: baseline.people,
      peopleChanged: this.changed,
      baseline,
      scenario,
      difference: {
        byPayer: differenceOf(baseline.byPayer, scenario.byPayer),
        byItem: differenceOf(baseline.byItem, scenario.byItem),
        byCounty: differenceOf(baseline.byCounty, scenario.byCounty),
        total: addFen(scenario.total, -baseline.total),
      },
    };
  }
}
