import { expect, test } from 'vitest';
import { ComparisonRollup, differenceOf } from '../../src/budget/compare.js';
import { computePerson } from '../../src/engine/index.js';
import { parseSetOption, withSets } from '../../src/policy/scenario.js';
import { loadPolicyWithScenario } from '../../src/policy/what-if.js';
import { person, policy } from '../engine/helpers.js';
import { fenMap } from '../fen.js';

test('the difference is scenario − baseline for every key either side has', () => {
  const difference = differenceOf(fenMap([['city', 1000], ['employer', 500]]), fenMap([['city', 1500], ['county:liuzhi', 200]]));
  expect(Object.fromEntries(difference)).toEqual({ city: 500, employer: -500, 'county:liuzhi': 200 });
});

test('a raised enterprise-doctor line changes only the people it applies to, by the months they are paid', () => {
  const raised = loadPolicyWithScenario({ year: 2014 }, withSets(null, [parseSetOption('items.talent_allowance.lines.doctor_enterprise_institution.monthly=1500')]));
  const people = [
    // City-level SOE doctor from 2014-07: 800 → 1,500 for 6 months = +4,200.
    person({ id: 'D1', education: 'doctor', degree: 'doctor', employer_type: 'soe', start: '2014-07' }),
    // A doctor in an organ (300 line) is not touched.
    person({ id: 'D2', education: 'doctor', degree: 'doctor', employer_type: 'organ' }),
  ];
  const rollup = new ComparisonRollup();
  for (const entry of people) rollup.add(entry, computePerson(entry, 2014, policy), computePerson(entry, 2014, raised));
  const totals = rollup.totals();
  expect(totals.difference.total).toBe(420000);
  expect(Object.fromEntries(totals.difference.byPayer)).toEqual({ employer: 420000, city: 0 });
  expect(totals.peopleChanged).toBe(1);
  expect(totals.people).toBe(2);
});
