// Baseline against scenario: two roll-ups of the same people, and their difference by payer, by
// item and by county, in integer fen. Pure; the rows themselves are added by the caller, once each.
import { addFen, type Fen } from '../base/money.js';
import type { Person, PersonResult } from '../engine/types.js';
import { Rollup, type RollupTotals } from './rollup.js';
export { RollupOverflowError } from './rollup.js';

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
  return new Map([...keys].map((key) => [key, addFen(scenario.get(key) ?? (0 as Fen), -(baseline.get(key) ?? 0) as Fen)]));
}

export class ComparisonRollup {
  private readonly baseline = new Rollup();
  private readonly scenario = new Rollup();
  private changed = 0;

  /** Throws RollupOverflowError when either result cannot be added exactly; adds nothing. */
  assertRoom(person: Pick<Person, 'id'>, baseline: PersonResult, scenario: PersonResult): void {
    this.baseline.assertRoom(person.id, baseline);
    this.scenario.assertRoom(person.id, scenario);
  }

  /** `heads`: a counted row (人数) is that many people. */
  add(person: Pick<Person, 'id' | 'county'>, baseline: PersonResult, scenario: PersonResult, heads = 1): void {
    // Both checked before either is added, so the two roll-ups always hold the same people.
    this.assertRoom(person, baseline, scenario);
    this.baseline.add(person, baseline, heads);
    this.scenario.add(person, scenario, heads);
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
        total: addFen(scenario.total, -baseline.total as Fen),
      },
    };
  }
}
