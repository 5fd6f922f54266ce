import { describe, expect, test } from 'vitest';
import { explainPerson, explainTier } from '../../src/engine/explain.js';
import { EXPLAIN_KEYS, EXPLAIN_KEYS_EN, renderExplainReason } from '../../src/i18n/explain.js';
import { person, policy, type PersonFacts } from './helpers.js';
import { itemOf } from '../policy/item-of.js';

const checksOf = (facts: PersonFacts, item: string, year = 2014) =>
  explainPerson(person(facts), year, policy).items.find((entry) => entry.item === item)?.checks.map((check) => [check.reason.key, check.met, check.reason.params]);

describe('which attribute gave the tier', () => {
  test('a doctor is tier E because of both education and degree: without either there is no tier E', () => {
    const tier = explainTier(person({ education: 'doctor', degree: 'doctor' }), policy);
    expect(tier.tier).toBe('E');
    expect(tier.givenBy.map((reason) => reason.params)).toEqual([
      { tier: 'E', field: 'education', value: 'doctor' },
      { tier: 'E', field: 'degree', value: 'doctor' },
    ]);
  });

  test('two tier-B honours each suffice alone, so both are named', () => {
    const tier = explainTier(person({ honors: ['changjiang', 'thousand_talents'] }), policy);
    expect(tier.givenBy.map((reason) => reason.params?.value)).toEqual(['changjiang', 'thousand_talents']);
  });

  test('an academician who is also a doctor is tier A because of the honour, and also meets E', () => {
    const tier = explainTier(person({ honors: ['academician_cas'], education: 'doctor', degree: 'doctor' }), policy);
    expect(tier.givenBy.map((reason) => reason.params?.value)).toEqual(['academician_cas']);
    expect(tier.meets).toEqual(['A', 'E']);
  });

  test('no tier, nothing named', () => {
    expect(explainTier(person({}), policy)).toEqual({ tier: null, givenBy: [], meets: [] });
  });
});

describe('conditions met and not met, for items that did not apply too', () => {
  test('a flexible introduction is told why the purchase subsidy does not apply', () => {
    expect(checksOf({ intro_mode: 'flexible', skill: 'senior_technician' }, 'housing_purchase')).toContainEqual(['check_intro_mode', false, { mode: 'flexible', allowed: 'direct,local' }]);
  });

  test('a locally trained person with housing reform is excluded from the purchase subsidy, a direct one is not', () => {
    expect(checksOf({ intro_mode: 'local', housing_reform: true, education: 'doctor', degree: 'doctor' }, 'housing_purchase')).toContainEqual(['check_housing_reform', false, { mode: 'local', excluded: 'local' }]);
    expect(checksOf({ intro_mode: 'direct', housing_reform: true, education: 'doctor', degree: 'doctor' }, 'housing_purchase')).toContainEqual(['check_housing_reform', true, { mode: 'direct', excluded: 'local' }]);
  });

  test('every allowance line is listed, met or not', () => {
    const lines = checksOf({ education: 'doctor', degree: 'doctor', employer_type: 'organ' }, 'talent_allowance')?.filter(([key]) => key === 'check_line');
    expect(lines?.length).toBe(itemOf(policy, 'talent_allowance', 'monthly_highest_line').lines.length);
    expect(lines?.filter(([, met]) => met).map(([, , params]) => (params as { line: string }).line)).toEqual(['doctor_organ']);
  });

  test('a one-off granted in 2014 does not apply in 2015, and the explanation says the conditions were met but not this year', () => {
    const explanation = explainPerson(person({ education: 'doctor', degree: 'doctor', start: '2014-03' }), 2015, policy);
    const purchase = explanation.items.find((entry) => entry.item === 'housing_purchase');
    expect(purchase?.applies).toBe(false);
    expect(purchase?.checks.at(-1)).toMatchObject({ met: false, reason: { key: 'check_in_year', params: { year: 2015, start: '2014-03', kind: 'one_off' } } });
  });

  test('the amounts are computePerson\'s own', () => {
    const explanation = explainPerson(person({ education: 'doctor', degree: 'doctor', employer_type: 'soe' }), 2014, policy);
    // 800 × 12 = 9,600 allowance; 180,000 purchase subsidy.
    expect(explanation.items.find((entry) => entry.item === 'talent_allowance')?.result?.amount).toBe(960000);
    expect(explanation.result.total).toBe(18960000);
  });
});

test('every explanation reason has a Chinese and an English sentence, rendered for met and unmet', () => {
  expect([...EXPLAIN_KEYS].sort()).toEqual([...EXPLAIN_KEYS_EN].sort());
  const varied: PersonFacts[] = [
    { intro_mode: 'flexible', skill: 'senior_technician', county: 'zhongshan', employer_level: 'county', work_level: 'township', base_salary: '3000' },
    { intro_mode: 'local', housing_reform: true, education: 'doctor', degree: 'doctor' },
    { fresh_graduate: true, employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county' },
    { honors: ['changjiang'], start: '2012-01' },
  ];
  const seen = new Set<string>();
  for (const facts of varied) {
    for (const year of [2014, 2016]) {
      const explanation = explainPerson(person(facts), year, policy);
      for (const reason of explanation.tier.givenBy) seen.add(reason.key);
      for (const item of explanation.items) {
        for (const check of item.checks) {
          seen.add(check.reason.key);
          for (const lang of ['zh', 'en'] as const) expect(renderExplainReason(check.reason, check.met, lang, policy)).not.toBe(check.reason.key);
        }
      }
    }
  }
  expect(seen.size).toBeGreaterThan(10);
});
