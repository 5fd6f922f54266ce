// Properties of one person: any spelling of valid facts is read back as those facts, the engine's
// money always adds up, and an honour never lowers the talent allowance. Fixed seed, bounded runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import type { Person, PersonResult } from '../../src/engine/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { loadVocabulary } from '../../src/policy/vocabulary.js';
import { parsePersonRecord } from '../../src/roster/person.js';
import { cellsOf, endMonth, factsArbitrary, spellingArbitrary, type Facts } from './arbitraries.js';

const SEED = 20130607;
const RUNS = 300;
const policies = new Map([2012, 2013, 2014, 2015, 2016].map((year) => [year, loadPolicy({ year })]));
const yearArbitrary = fc.constantFrom(...policies.keys());
const ALL_HONORS = loadVocabulary().codesOf('honors');

function read(facts: Facts, spelling: number[]): Person {
  const parsed = parsePersonRecord(cellsOf('P1', '张三', facts, spelling));
  if (!parsed.ok) throw new Error(`valid facts refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.person;
}

function compute(person: Person, year: number): PersonResult {
  return computePerson(person, year, policies.get(year)!);
}

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
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('has payer parts that sum exactly to each item, and a total that is the sum of its computed cash items', () => {
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, yearArbitrary, (facts, spelling, year) => {
        const result = compute(read(facts, spelling), year);
        let cash = 0;
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
        }
        expect(result.total).toBe(cash);
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
});
