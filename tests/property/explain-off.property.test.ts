// EngineOptions.explain = false must change nothing but the reasons and readings: the CSV output
// and the roll-up rely on it computing every amount, status, payer split, candidate, tier and right
// exactly as the explained run does. Fixed seed, bounded runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import type { EngineOptions, Person, PersonResult } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { cellsOf, factsArbitrary, spellingArbitrary } from './arbitraries.js';
import { parseRecord } from '../bundled-rules.js';

const SEED = 20130802;
const RUNS = 1000;
const policies = new Map([2012, 2013, 2014, 2015, 2016].map((year) => [year, loadPolicy({ year })]));
const yearArbitrary = fc.constantFrom(...policies.keys());
const rangePointArbitrary = fc.constantFrom<EngineOptions['rangePoint']>(undefined, 'low', 'mid', 'high');

type Outcome = { result: PersonResult } | { error: string };

function run(person: Person, year: number, options: EngineOptions): Outcome {
  try {
    return { result: computePerson(person, year, policies.get(year)!, options) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** The result with every item's reasons and readings emptied: what explain=false promises to keep. */
function withoutExplanations(outcome: Outcome): Outcome {
  if ('error' in outcome) return outcome;
  return { result: { ...outcome.result, items: outcome.result.items.map((item) => ({ ...item, reasons: [], readings: [] })) } };
}

describe('computePerson without explanations', () => {
  it('gives every generated person the same result as with them, apart from the reasons and readings, which it leaves empty', () => {
    let items = 0;
    const codes = new Set<string>();
    const statuses = new Set<string>();
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, rangePointArbitrary, (facts, spelling, year, rangePoint) => {
        const parsed = parseRecord(cellsOf('P1', '张三', facts, spelling));
        if (!parsed.ok) throw new Error(`valid facts refused: ${JSON.stringify(parsed.errors)}`);
        const explained = run(parsed.person, year, { rangePoint });
        const bare = run(parsed.person, year, { rangePoint, explain: false });
        // Same key order too: the JSON and CSV formatters print fields in the order they are met.
        expect(JSON.stringify(bare)).toBe(JSON.stringify(withoutExplanations(explained)));
        expect(run(parsed.person, year, { rangePoint, explain: true })).toEqual(explained);
        if ('result' in explained) {
          // Every explained item says at least who pays and why, so the comparison above is not of empties.
          for (const item of explained.result.items) expect(item.reasons.length).toBeGreaterThan(0);
          items += explained.result.items.length;
          for (const item of explained.result.items) {
            codes.add(item.item);
            statuses.add(item.status);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generated people have items to compare, not only empty results, of many kinds.
    expect(items).toBeGreaterThan(RUNS / 2);
    // (With this seed: 865 items of 16 codes.)
    expect(codes.size).toBeGreaterThanOrEqual(12);
    expect([...statuses].sort()).toEqual(['amount_missing', 'computed', 'employer_set', 'range', 'rate_missing']);
  });
});
