// Properties of one person: any spelling of valid facts (claim columns included) is read back as
// those facts, the engine's money always adds up (cash and tax apart), ranges are bounds that
// --range picks a point inside, an honour never lowers the talent allowance, and a claim only adds
// items. Fixed seed, bounded runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { ClaimRejectedError } from '../../src/engine/claim-rules.js';
import type { EngineOptions, Person, PersonResult } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { loadVocabulary } from '../../src/policy/vocabulary.js';
import { CLAIM_COLUMNS, cellsOf, grantedIn, claimed, endMonth, expectedClaims, factsArbitrary, spellingArbitrary, type ClaimFacts, type ClaimKey, type Facts } from './arbitraries.js';
import { parseRecord } from '../bundled-rules.js';

const SEED = 20130607;
const RUNS = 300;
const policies = new Map([2012, 2013, 2014, 2015, 2016].map((year) => [year, loadPolicy({ year })]));
const yearArbitrary = fc.constantFrom(...policies.keys());
const ALL_HONORS = loadVocabulary().codesOf('honors');

function read(facts: Facts, spelling: number[]): Person {
  const parsed = parseRecord(cellsOf('P1', '张三', facts, spelling));
  if (!parsed.ok) throw new Error(`valid facts refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.person;
}

function compute(person: Person, year: number, options: EngineOptions = {}): PersonResult {
  return computePerson(person, year, policies.get(year)!, options);
}

const rangePointArbitrary = fc.constantFrom<EngineOptions['rangePoint']>(undefined, 'low', 'mid', 'high');

describe('one generated person', () => {
  it('is read back as the facts it was written from, whatever codes, labels and date forms the cells use', () => {
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, (facts, spelling) => {
        const person = read(facts, spelling);
        const end = endMonth(facts);
        expect(person).toMatchObject({
          honors: expect.arrayContaining(facts.honors),
          education: facts.education, degree: facts.degree, title: facts.title, skill: facts.skill,
          intro_mode: facts.intro_mode, employer_type: facts.employer_type, employer_level: facts.employer_level,
          county: facts.county, work_level: facts.work_level, housing_reform: facts.housing_reform,
          base_salary: facts.base_salary, fresh_graduate: facts.fresh_graduate,
          start: facts.start.year * 12 + facts.start.month - 1,
          end: end === null ? null : end.year * 12 + end.month - 1,
        });
        expect(person.honors).toHaveLength(facts.honors.length);
        // fiscal share in hundredths: numerator / denominator = share / 100, exactly (cross-multiplied).
        if (facts.fiscal_share === null) expect(person.fiscal_share).toBeNull();
        else expect(person.fiscal_share!.numerator * 100).toBe(facts.fiscal_share * person.fiscal_share!.denominator);
        if (facts.rent === null) expect(person.rent_per_m2).toBeNull();
        else expect(person.rent_per_m2!.numerator * 100).toBe(facts.rent * person.rent_per_m2!.denominator);
        const claims = expectedClaims(facts.claims);
        if (claims === undefined) expect(person.claims).toBeUndefined();
        else expect({ ...person.claims, new_honors: [...(person.claims!.new_honors ?? [])].sort() }).toEqual({ ...claims, new_honors: [...(claims.new_honors as string[])].sort() });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('has payer parts that sum exactly to each item, a total that is the sum of its computed cash items and a taxTotal that of its tax items', () => {
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, rangePointArbitrary, (facts, spelling, year, rangePoint) => {
        const result = compute(read(facts, spelling), year, { rangePoint });
        let cash = 0;
        let tax = 0;
        for (const item of result.items) {
          if (item.amount === null) {
            expect(item.status, item.item).not.toBe('computed');
            continue;
          }
          expect(item.payers.length, item.item).toBeGreaterThan(0);
          const parts = item.payers.map((part) => part.amount);
          expect(parts.every((amount) => Number.isSafeInteger(amount) && amount! >= 0), item.item).toBe(true);
          expect(parts.reduce((sum: number, amount) => sum + amount!, 0), item.item).toBe(item.amount);
          if (item.monthly !== null && item.months !== null) expect(item.amount).toBe(item.monthly * item.months);
          if ((item.category ?? 'cash') === 'cash') cash += item.amount;
          else tax += item.amount;
        }
        expect(result.total).toBe(cash);
        // taxTotal is there exactly when the person has a tax item (computed or not).
        if (result.items.some((item) => item.category === 'tax')) expect(result.taxTotal).toBe(tax);
        else expect(result.taxTotal).toBeUndefined();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never gets a lower monthly talent allowance from one more honour', () => {
    const monthly = (result: PersonResult) => result.items.find((item) => item.item === 'talent_allowance');
    let compared = 0;
    let raised = 0;
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, fc.nat(), (facts, spelling, year, pick) => {
        const person = read(facts, spelling);
        const others = ALL_HONORS.filter((code) => !person.honors.includes(code));
        if (others.length === 0) return;
        const added = others[pick % others.length]!;
        const before = monthly(compute(person, year));
        const after = monthly(compute({ ...person, honors: [...person.honors, added] }, year));
        if (before === undefined || before.monthly === null) return; // no allowance yet, or set by the employer
        expect(after, added).toBeDefined();
        expect(after!.monthly, added).not.toBeNull();
        expect(after!.monthly!, added).toBeGreaterThanOrEqual(before.monthly);
        compared++;
        if (after!.monthly! > before.monthly) raised++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Not vacuous: many people had an allowance to compare, and some honours did raise it.
    expect(compared).toBeGreaterThan(RUNS / 10);
    expect(raised).toBeGreaterThan(0);
  });

  it('gives a ranged item no amount but its bounds, and with --range a point inside them that rises from low to mid to high', () => {
    let ranged = 0;
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, fc.boolean(), (generated, spelling, year, grantedInYear) => {
        // Half the people start (and are granted) in the budget year, where one-off ranged grants fall.
        const facts = grantedInYear ? grantedIn(generated, year) : generated;
        const person = read(facts, spelling);
        const none = compute(person, year);
        for (const item of none.items) {
          if (item.status === 'range' || item.range) {
            expect(item.status, item.item).toBe('range');
            expect(item.amount, item.item).toBeNull();
            expect(item.range, item.item).toBeDefined();
            if (item.range!.high !== null) expect(item.range!.low, item.item).toBeLessThanOrEqual(item.range!.high);
            ranged++;
          }
        }
        const totals = (['low', 'mid', 'high'] as const).map((rangePoint) => {
          const result = compute(person, year, { rangePoint });
          // The same items; only the ranged ones change, from no amount to a point inside the range.
          expect(result.items.map((item) => item.item)).toEqual(none.items.map((item) => item.item));
          result.items.forEach((item, k) => {
            const without = none.items[k]!;
            if (!without.range) {
              expect(item.amount, item.item).toBe(without.amount);
              return;
            }
            expect(item.range, item.item).toEqual(without.range);
            expect(item.status, item.item).toBe('computed');
            const { low, high } = without.range;
            if (high === null) expect(item.amount, `${item.item} ${rangePoint}`).toBe(low); // open-ended: only the floor is known
            else {
              expect(item.amount!, `${item.item} ${rangePoint}`).toBeGreaterThanOrEqual(low);
              expect(item.amount!, `${item.item} ${rangePoint}`).toBeLessThanOrEqual(high);
            }
          });
          // At the low end the total is the total without a point plus each range's floor.
          if (rangePoint === 'low') {
            const floors = none.items.reduce((sum, item) => sum + (item.range && item.category !== 'tax' ? item.range.low : 0), 0);
            expect(result.total).toBe(none.total + floors);
          }
          return result.total;
        });
        expect(totals[0]!).toBeLessThanOrEqual(totals[1]!);
        expect(totals[1]!).toBeLessThanOrEqual(totals[2]!);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(ranged).toBeGreaterThan(RUNS / 20); // not vacuous: many generated people had a ranged item
  });

  // A claim only adds items: none of the engine's calculators reads a claim to lower or drop an
  // item another column gave. Two claim columns are not "adding" in that sense, and are stated apart:
  // - grant_month moves the person's one-off grants to that month, so it can take a grant out of the
  //   budget year (or bring one in); it never touches a monthly or yearly item;
  // - settlement_amount replaces the §14 settlement grant's open range (not less than 2,000) by the
  //   decided sum: without --range that adds an amount where there was none, but with --range the
  //   claim (even one below the floor, or zero = no item) replaces the picked point and may be lower.
  // project_level / project_county change who pays, never how much. So, precisely: for any other
  // claim column, adding it to a valid row keeps every item that had an amount, at that amount, and
  // therefore never lowers the cash total or the taxTotal, whatever --range point is picked.
  it('keeps every amount and never lowers the cash or tax total when a claim column is added (grant_month and settlement_amount as stated)', () => {
    let compared = 0;
    let raised = 0;
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, rangePointArbitrary, fc.nat(), (facts, spelling, year, rangePoint, pick) => {
        const present = CLAIM_COLUMNS.filter((key) => facts.claims[key] !== undefined);
        if (present.length === 0) return;
        const added: ClaimKey = present[pick % present.length]!;
        const { [added]: _dropped, ...fewer } = facts.claims;
        const withoutCells = cellsOf('P1', '张三', { ...facts, claims: fewer as ClaimFacts }, spelling);
        const parsedBefore = parseRecord(withoutCells);
        if (!parsedBefore.ok) return; // the claim was needed by another (first_year_insurance needs sme_graduate …)
        // A claim the text rules out for this row (tuition without a grassroots programme …) rejects the
        // row as a whole (#14): there is nothing computed to compare, on either side.
        const computedOrRejected = (person: Person) => {
          try {
            return compute(person, year, { rangePoint });
          } catch (error) {
            if (error instanceof ClaimRejectedError) return null;
            throw error;
          }
        };
        const before = computedOrRejected(parsedBefore.person);
        const after = computedOrRejected(read(facts, spelling));
        if (before === null || after === null) return;
        for (const item of before.items) {
          if (item.amount === null) continue;
          if (added === 'grant_month' && item.kind === 'one_off') continue;
          const kept = after.items.find((candidate) => candidate.item === item.item);
          if (added === 'settlement_amount' && item.item === 'grassroots_settlement') {
            const claim = facts.claims.settlement_amount!;
            if (!claimed(claim) || rangePoint === undefined) expect(kept?.amount, added).toBe(item.amount);
            else if (claim === 'yes') expect(kept?.amount, added).toBe(item.amount); // still undecided: the same point
            else expect(kept?.amount ?? 0, added).toBe(claim); // the decided sum (zero: no item)
            continue;
          }
          expect(kept, `${added}: ${item.item}`).toBeDefined();
          expect(kept!.amount, `${added}: ${item.item}`).toBe(item.amount);
        }
        if (added !== 'grant_month' && !(added === 'settlement_amount' && rangePoint !== undefined)) {
          expect(after.total, added).toBeGreaterThanOrEqual(before.total);
          expect(after.taxTotal ?? 0, added).toBeGreaterThanOrEqual(before.taxTotal ?? 0);
          compared++;
          if (after.total > before.total || (after.taxTotal ?? 0) > (before.taxTotal ?? 0)) raised++;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS / 4);
    expect(raised).toBeGreaterThan(0);
  });
});
