// The worked cases of the core items and their payers are the edition's own now
// (data/policies/lps-2013/tests/*.yaml, run by `rencai test`); what stays here is what a case file
// cannot say: a rate table changed in memory and the engine's candidate list.
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { formatFen, type Fen } from '../../src/base/money.js';
import { itemsOf, person, policy, type PersonFacts } from './helpers.js';

const yuan = (fen: Fen | null | undefined) => (fen == null ? fen : formatFen(fen));

describe('rental subsidy for flexible introductions (§16, digest §3.2): where the rate comes from', () => {
  test('the county table supplies the rate when the roster does not, and the roster overrides it', () => {
    const withTable = { ...policy, rentRates: { ...policy.rentRates, liuzhi: { numerator: 9, denominator: 1, text: '9' } } };
    const base: PersonFacts = { intro_mode: 'flexible', skill: 'senior_technician', employer_level: 'county', county: 'liuzhi', work_level: 'county' };
    // 80 × 9 = 720.00 a month
    expect(yuan(computePerson(person(base), 2014, withTable).items[0]?.monthly)).toBe('720.00');
    // the roster's 10 wins: 80 × 10 = 800.00
    expect(yuan(computePerson(person({ ...base, rent_per_m2: '10' }), 2014, withTable).items[0]?.monthly)).toBe('800.00');
  });
});

describe('talent allowance (§17, digest §3.4): the candidates', () => {
  test('every candidate line is kept, the chosen one marked', () => {
    const item = itemsOf({ honors: ['city_expert'], skill: 'senior_technician', education: 'doctor', degree: 'doctor', employer_type: 'inst_full' }, 2014).talent_allowance;
    expect(item?.candidates).toEqual([
      { line: 'doctor_enterprise_institution', monthly: 80000, chosen: false },
      { line: 'city_expert', monthly: 100000, chosen: true },
      { line: 'tier_f_g', monthly: 50000, chosen: false },
    ]);
  });
});

describe('a person\'s total', () => {
  test('is the sum of the computed items, in the contract\'s item order, unknown amounts left out', () => {
    // tier C flexible, no rate: rent unknown, allowance employer-set, grassroots 4000 × 20% = 800 × 12 = 9600
    const result = computePerson(person({ intro_mode: 'flexible', honors: ['prov_core_expert'], employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '4000' }), 2014, policy);
    expect(result.items.map((item) => [item.item, item.status])).toEqual([
      ['housing_rent_flexible', 'rate_missing'], ['talent_allowance', 'employer_set'], ['grassroots_allowance', 'computed'],
    ]);
    expect(formatFen(result.total)).toBe('9600.00');
  });
});
