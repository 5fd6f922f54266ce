// Issue #14: every reading is a switch in data that --set / --scenario reach: items, units, claim
// rules, rights, the fund and the edition. Each test flips one and works out both results.
import type { Fen } from '../../src/base/money.js';
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { computeUnit } from '../../src/engine/units.js';
import { loadPolicyWithScenario } from '../../src/policy/what-if.js';
import { parseSetOption } from '../../src/policy/scenario.js';
import { month, person, policy } from '../engine/helpers.js';

const withSets = (...sets: string[]) => loadPolicyWithScenario({ year: 2014 }, { name: 'test', sets: sets.map(parseSetOption) });

describe('readings as switches', () => {
  test('honor_reward_per_honor: two honours pay 2 × 100,000; switched off (perHonor=null) 100,000 once', () => {
    const twice = { ...person({ honors: ['academician_cas', 'nsfc_young'] }), claims: { new_honors: ['academician_cas', 'nsfc_young'] } };
    expect(computePerson(twice, 2014, policy).items.find((item) => item.item === 'honor_reward')?.amount).toBe(20000000);
    expect(computePerson(twice, 2014, withSets('items.honor_reward.perHonor=null')).items.find((item) => item.item === 'honor_reward')?.amount).toBe(10000000);
  });
  test('recommendation_reward_city: paid by the city, or by whoever the office sets (units.…payer.payer)', () => {
    const recommender = { id: 'U', name: null, unit_type: 'talent_recommender', level: 'city' as const, county: null, approved: month('2014-05'), provincial_grant: null, reward_amount: 8000000 as Fen };
    expect(computeUnit(recommender, 2014, policy).items[0]?.payers).toEqual([{ payer: 'city', amount: 8000000 }]);
    expect(computeUnit(recommender, 2014, withSets('units.recommendation_reward.payer.payer=employer')).items[0]?.payers).toEqual([{ payer: 'employer', amount: 8000000 }]);
  });
  test('fund_three_years_from_2013: 2013–2015 by default; fund.expires alone extends it to 2016', () => {
    expect(policy.fund).toMatchObject({ firstYear: 2013, lastYear: 2015 });
    expect(withSets('fund.expires=2016-12-31').fund).toMatchObject({ firstYear: 2013, lastYear: 2016 });
  });
  test('a fund that would expire before it takes effect is refused, with both dates named', () => {
    expect(() => withSets('fund.expires=2012-12-31')).toThrow(/expires.*effective/);
  });
  test('the green card\'s reading (rights.green_card.when): a locally trained academician has it; switched to urgent talent only, not', () => {
    const academician = person({ intro_mode: 'local', honors: ['academician_cas'] });
    expect(computePerson(academician, 2014, policy).rights?.map((right) => right.id)).toContain('green_card');
    const narrowed = withSets('rights.green_card.when={"flag":"urgent_talent"}');
    expect(computePerson(academician, 2014, narrowed).rights?.map((right) => right.id) ?? []).not.toContain('green_card');
  });
  test('the monthly half of one_off_before_effective: a 2013-01 start counts 2013-08…12 = 5 × 1,500; from_start counts 12 × 1,500', () => {
    const expert = person({ honors: ['doctoral_supervisor'], start: '2013-01' });
    expect(computePerson(expert, 2013, policy).items.find((item) => item.item === 'talent_allowance')?.amount).toBe(5 * 150000);
    const retro = loadPolicyWithScenario({ year: 2013 }, { name: 't', sets: [parseSetOption('edition.oneOffBeforeEffective.monthly=from_start')] });
    expect(computePerson(expert, 2013, retro).items.find((item) => item.item === 'talent_allowance')?.amount).toBe(12 * 150000);
  });
  test('a claim rule is data too: "三年以上" read as two years makes a 2-year tuition claim paid instead of declined', () => {
    const twoYears = { ...person({ employer_level: 'county', county: 'zhongshan', work_level: 'county', education: 'bachelor' }), claims: { grassroots_program: 'western_plan' as const, grassroots_years: 2, tuition_compensation: { amount: 500000 as Fen } } };
    expect(computePerson(twoYears, 2014, policy).declined?.map((entry) => entry.item)).toEqual(['grassroots_tuition']);
    const relaxed = withSets('claimRules.grassroots_tuition.rules.tuition_needs_three_years.when={"number":"grassroots_years","atLeast":2}');
    expect(computePerson(twoYears, 2014, relaxed).items.find((item) => item.item === 'grassroots_tuition')?.amount).toBe(500000);
  });
});
