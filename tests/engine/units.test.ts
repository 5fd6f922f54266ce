// Digest §3.8 organisation-level items.
import { describe, expect, test } from 'vitest';
import { formatFen } from '../../src/base/money.js';
import { computeUnit, type Unit } from '../../src/engine/units.js';
import { month, policy } from './helpers.js';
import { fen, withFen, type Plain } from '../fen.js';

function unit(facts: Plain<Partial<Unit>> & { unit_type: string }): Unit {
  return { id: 'U', name: null, level: 'city', county: null, approved: month('2014-05'), provincial_grant: null, reward_amount: null, ...withFen<Partial<Unit> & { unit_type: string }>(facts) };
}
const only = (u: Unit, year = 2014, rangePoint?: 'low' | 'mid' | 'high') => computeUnit(u, year, policy, rangePoint ? { rangePoint } : {}).items[0];

describe('units', () => {
  test('a provincial talent base granted 1,500,000 by the province: the city adds 50% = 750,000, paid where it is registered', () => {
    expect(only(unit({ unit_type: 'prov_talent_base', provincial_grant: 150000000, level: 'county', county: 'shuicheng' }))?.payers)
      .toEqual([{ payer: 'county:shuicheng', amount: 75000000 }]);
  });
  test('a provincial team whose provincial grant is not known: a range of 50% × 500,000–2,000,000 = 250,000–1,000,000', () => {
    expect(only(unit({ unit_type: 'prov_talent_team' }))).toMatchObject({ status: 'range', amount: null, range: { low: 25000000, high: 100000000 } });
    // mid: (250,000 + 1,000,000) / 2 = 625,000
    expect(formatFen(only(unit({ unit_type: 'prov_talent_team' }), 2014, 'mid')?.amount ?? fen(0))).toBe('625000.00');
  });
  test('the match applies from 2013 (an earlier clause date than the rest of the policy): a base approved 2013-03 counts in 2013', () => {
    expect(only(unit({ unit_type: 'prov_skill_training_base', provincial_grant: 100000000, approved: month('2013-03') }), 2013)?.amount).toBe(50000000);
  });
  test('a skill-master studio: 100,000; in another year: nothing', () => {
    expect(only(unit({ unit_type: 'prov_skill_master_studio' }))?.amount).toBe(10000000);
    expect(only(unit({ unit_type: 'prov_skill_master_studio' }), 2015)).toBeUndefined();
  });
  test('a recommendation reward: 50,000–100,000 from the city unless decided', () => {
    expect(only(unit({ unit_type: 'talent_recommender', level: 'county', county: 'liuzhi' }))).toMatchObject({ status: 'range', range: { low: 5000000, high: 10000000 }, payers: [{ payer: 'city', amount: null }] });
    expect(only(unit({ unit_type: 'talent_recommender', reward_amount: 8000000 }))?.amount).toBe(8000000);
  });
  test('the Bole award has no amount in the policy: listed with none', () => {
    expect(only(unit({ unit_type: 'bole_award' }))).toMatchObject({ status: 'amount_missing', amount: null });
  });
});
