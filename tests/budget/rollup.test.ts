import { describe, expect, it } from 'vitest';
import { addFen, type Fen } from '../../src/base/money.js';
import type { ItemResult, PersonResult } from '../../src/engine/types.js';
import { computePerson } from '../../src/engine/index.js';
import { NO_COUNTY, Rollup, RollupMismatchError, RollupOverflowError, type RollupTotals } from '../../src/budget/rollup.js';
import { person, policy } from '../engine/helpers.js';
import { fen, withFen, type Plain } from '../fen.js';

/** A computed item paid by the given parts (fen). */
function item(code: string, parts: Record<string, number>, extra: Plain<Partial<ItemResult>> = {}): ItemResult {
  const payers = Object.entries(parts).map(([payer, amount]) => ({ payer, amount: fen(amount) }));
  const amount = payers.reduce((sum, part) => addFen(sum, part.amount), fen(0));
  return { item: code, clause: '§17', kind: 'monthly', status: 'computed', monthly: null, months: null, amount, payers, reasons: [], readings: [], ...withFen<Partial<ItemResult>>(extra) };
}

function result(id: string, items: ItemResult[]): PersonResult {
  const cash = items.filter((entry) => entry.category !== 'tax');
  const tax = items.filter((entry) => entry.category === 'tax');
  const total = cash.reduce((sum, entry) => addFen(sum, entry.amount ?? fen(0)), fen(0));
  const taxTotal = tax.reduce((sum, entry) => addFen(sum, entry.amount ?? fen(0)), fen(0));
  return { id, name: null, tier: null, items, total, ...(tax.length ? { taxTotal } : {}) };
}

function sum(values: Iterable<Fen>): Fen {
  let total = fen(0);
  for (const value of values) total = addFen(total, value);
  return total;
}

function expectReconciled(totals: RollupTotals): void {
  expect(sum(totals.byPayer.values())).toBe(totals.total);
  expect(sum(totals.byItem.values())).toBe(totals.total);
  expect(sum(totals.byCounty.values())).toBe(totals.total);
}

describe('the budget roll-up', () => {
  it('refuses, adding nothing, a person whose amounts overflow only when added to the others', () => {
    const rollup = new Rollup();
    // 10 trillion yuan = 10^15 fen each: nine add up to 9 × 10^15 fen, still below 2^53 ≈ 9.007 × 10^15;
    // the tenth would make 10^16 fen, which a double no longer holds exactly.
    const huge = (id: string) => result(id, [item('research_startup', { city: 1e15 })]);
    for (let k = 0; k < 9; k++) rollup.add({ id: `Q${k}`, county: null }, huge(`Q${k}`));
    const before = rollup.totals();
    expect(() => rollup.add({ id: 'Q9', county: null }, huge('Q9'))).toThrow(RollupOverflowError);
    expect(rollup.totals()).toEqual(before);
    expect(before.total).toBe(9e15);
    expect(before.people).toBe(9);
  });

  it('counts range ends in what a person may add: the bounds stay exact too', () => {
    const rollup = new Rollup();
    const ranged = item('research_startup', { city: 1e15 }, { range: { low: 1e15, high: 4e15 } });
    rollup.add({ id: 'R1', county: null }, result('R1', [ranged])); // reach 10^15 + 10^15 + 4 × 10^15 = 6 × 10^15
    expect(() => rollup.add({ id: 'R2', county: null }, result('R2', [ranged]))).toThrow(RollupOverflowError); // 12 × 10^15 > 2^53
    expect(rollup.totals().bounds.high).toBe(4e15);
  });

  it('adds each person by payer, by item and by county, and the three sum to the total', () => {
    const rollup = new Rollup();
    // P1, Zhongshan county organ: talent allowance 1,000.00 × 12 = 12,000.00 (1,200,000 fen) from Zhongshan.
    rollup.add({ id: 'P1', county: 'zhongshan' }, result('P1', [item('talent_allowance', { 'county:zhongshan': 1_200_000 })]));
    // P2, city inst_partial at 0.6: 180,000.00 purchase split 108,000.00 city + 72,000.00 employer;
    // plus a 500.00 × 12 = 6,000.00 allowance split 3,600.00 + 2,400.00. No county → "city".
    rollup.add({ id: 'P2', county: null }, result('P2', [
      item('housing_purchase', { city: 10_800_000, employer: 7_200_000 }, { kind: 'one_off' }),
      item('talent_allowance', { city: 360_000, employer: 240_000 }),
    ]));
    const totals = rollup.totals();
    // 12,000.00 + 180,000.00 + 6,000.00 = 198,000.00
    expect(totals.total).toBe(19_800_000);
    expect(totals.people).toBe(2);
    // city 108,000.00 + 3,600.00 = 111,600.00; employer 72,000.00 + 2,400.00 = 74,400.00
    expect(Object.fromEntries(totals.byPayer)).toEqual({ 'county:zhongshan': 1_200_000, city: 11_160_000, employer: 7_440_000 });
    // talent allowance 12,000.00 + 6,000.00 = 18,000.00
    expect(Object.fromEntries(totals.byItem)).toEqual({ talent_allowance: 1_800_000, housing_purchase: 18_000_000 });
    expect(Object.fromEntries(totals.byCounty)).toEqual({ zhongshan: 1_200_000, [NO_COUNTY]: 18_600_000 });
    expectReconciled(totals);
  });

  it('counts items without an amount by item, status and payer, and keeps them out of every total', () => {
    const rollup = new Rollup();
    rollup.add({ id: 'F1', county: 'liuzhi' }, result('F1', [
      item('housing_rent_flexible', {}, { status: 'rate_missing', amount: null, payers: [{ payer: 'county:liuzhi', amount: null }] }),
      item('talent_allowance', {}, { status: 'employer_set', amount: null, payers: [{ payer: 'employer', amount: null }] }),
      item('grassroots_allowance', { 'county:liuzhi': 960_000 }),
    ]));
    rollup.add({ id: 'F2', county: 'panzhou' }, result('F2', [
      item('housing_rent_flexible', {}, { status: 'rate_missing', amount: null, payers: [{ payer: 'employer', amount: null }] }),
    ]));
    const totals = rollup.totals();
    expect(totals.uncomputed.count).toBe(3);
    expect(Object.fromEntries(totals.uncomputed.byItem)).toEqual({
      housing_rent_flexible: { rate_missing: 2 },
      talent_allowance: { employer_set: 1 },
    });
    expect(Object.fromEntries(totals.uncomputed.byPayer)).toEqual({
      'county:liuzhi': { rate_missing: 1 },
      employer: { employer_set: 1, rate_missing: 1 },
    });
    // Only the grassroots allowance has an amount: 9,600.00.
    expect(totals.total).toBe(960_000);
    expect(Object.fromEntries(totals.byCounty)).toEqual({ liuzhi: 960_000, panzhou: 0 });
    expectReconciled(totals);
  });

  it('keeps tax expenditures beside the cash total, by item and payer, never inside it', () => {
    const rollup = new Rollup();
    // G1: a 1,000.00 employment-fund hiring grant (cash) and a 4,800.00 tax deduction (tax).
    rollup.add({ id: 'G1', county: 'zhongshan' }, result('G1', [
      item('graduate_hiring_grant', { employment_fund: 100_000 }, { kind: 'one_off' }),
      item('graduate_tax_deduction', { 'county:zhongshan': 480_000 }, { kind: 'annual', category: 'tax' }),
    ]));
    const totals = rollup.totals();
    expect(totals.total).toBe(100_000);
    expect(Object.fromEntries(totals.byItem)).toEqual({ graduate_hiring_grant: 100_000 });
    expect(Object.fromEntries(totals.byPayer)).toEqual({ employment_fund: 100_000 });
    expect(totals.tax.total).toBe(480_000);
    expect(Object.fromEntries(totals.tax.byItem)).toEqual({ graduate_tax_deduction: 480_000 });
    expect(Object.fromEntries(totals.tax.byPayer)).toEqual({ 'county:zhongshan': 480_000 });
    expectReconciled(totals);
  });

  it('counts a range with no point picked and an amount not supplied as not computed', () => {
    const rollup = new Rollup();
    rollup.add({ id: 'R1', county: null }, result('R1', [
      item('research_startup', {}, { kind: 'one_off', status: 'range', amount: null, range: { low: 100_000_000, high: 500_000_000 }, payers: [{ payer: 'city', amount: null }] }),
      item('grassroots_tuition', {}, { kind: 'one_off', status: 'amount_missing', amount: null, payers: [{ payer: 'county:liuzhi', amount: null }] }),
    ]));
    const totals = rollup.totals();
    expect(totals.total).toBe(0);
    expect(Object.fromEntries(totals.uncomputed.byItem)).toEqual({ research_startup: { range: 1 }, grassroots_tuition: { amount_missing: 1 } });
  });

  it('refuses a result whose tax items do not sum to its taxTotal', () => {
    const wrong = result('T', [item('income_tax_return', { city: 500 }, { category: 'tax' })]);
    wrong.taxTotal = fen(0);
    expect(() => new Rollup().add({ id: 'T', county: null }, wrong)).toThrow(RollupMismatchError);
  });

  it('starts at zero with no people', () => {
    const totals = new Rollup().totals();
    expect(totals.total).toBe(0);
    expect(totals.byPayer.size).toBe(0);
    expect(totals.uncomputed.count).toBe(0);
  });

  it('refuses a result whose payer parts do not sum to the item, and adds nothing from it', () => {
    const rollup = new Rollup();
    const bad = item('talent_allowance', { city: 100 });
    bad.amount = fen(101);
    expect(() => rollup.add({ id: 'X', county: null }, result('X', [bad]))).toThrow(RollupMismatchError);
    expect(rollup.totals().total).toBe(0);
    expect(rollup.totals().people).toBe(0);
  });

  it('refuses a result whose total is not the sum of its items', () => {
    const wrong = result('Y', [item('talent_allowance', { city: 100 })]);
    wrong.total = fen(99);
    expect(() => new Rollup().add({ id: 'Y', county: null }, wrong)).toThrow(RollupMismatchError);
  });

  it('reconciles with the real engine over people of every employer type, level and county', () => {
    const people = [
      person({ id: 'A', honors: ['academician_cas'], employer_type: 'inst_partial', fiscal_share: '0.65', employer_level: 'county', county: 'panzhou', work_level: 'county' }),
      person({ id: 'B', education: 'doctor', degree: 'doctor', employer_type: 'soe', county: 'shuicheng', employer_level: 'county', work_level: 'township', base_salary: '3333.33' }),
      person({ id: 'C', skill: 'senior_technician', intro_mode: 'local', employer_type: 'inst_full' }),
      person({ id: 'D', honors: ['changjiang'], intro_mode: 'flexible', employer_type: 'private', county: 'liuzhi', employer_level: 'county', work_level: 'county' }),
      person({ id: 'E', education: 'bachelor', degree: 'bachelor', employer_type: 'private', fresh_graduate: true, county: 'zhongshan', employer_level: 'county', work_level: 'county', start: '2014-06' }),
    ];
    const rollup = new Rollup();
    let printed = fen(0);
    for (const entry of people) {
      const computed = computePerson(entry, 2014, policy);
      rollup.add(entry, computed);
      printed = addFen(printed, computed.total);
    }
    const totals = rollup.totals();
    expect(totals.total).toBe(printed);
    expect(totals.total).toBeGreaterThan(0);
    expectReconciled(totals);
  });
});

describe('the roll-up by county and item (the budget report)', () => {
  it('splits each county by item, cash only, and the parts sum to the county and to the item', () => {
    const rollup = new Rollup({ byCountyItem: true });
    // P1 Zhongshan: allowance 12,000.00 and a tax item of 3,000.00 that stays out of the cash split.
    rollup.add({ id: 'P1', county: 'zhongshan' }, result('P1', [
      item('talent_allowance', { 'county:zhongshan': 1_200_000 }),
      item('income_tax_refund', { tax_forgone: 300_000 }, { category: 'tax' }),
    ]));
    // P2 Zhongshan: purchase 180,000.00 (city and employer) and allowance 6,000.00.
    rollup.add({ id: 'P2', county: 'zhongshan' }, result('P2', [
      item('housing_purchase', { city: 10_800_000, employer: 7_200_000 }, { kind: 'one_off' }),
      item('talent_allowance', { city: 600_000 }),
    ]));
    // P3 city level: allowance 6,000.00; an item without an amount adds nothing.
    rollup.add({ id: 'P3', county: null }, result('P3', [
      item('talent_allowance', { city: 600_000 }),
      item('graduate_rent', {}, { status: 'rate_missing', amount: null, payers: [{ payer: 'employer', amount: null }] }),
    ]));
    const totals = rollup.totals();
    expect(totals.byCountyItem && Object.fromEntries([...totals.byCountyItem].map(([county, items]) => [county, Object.fromEntries(items)]))).toEqual({
      zhongshan: { talent_allowance: 1_800_000, housing_purchase: 18_000_000 }, // 12,000.00 + 6,000.00; 180,000.00
      [NO_COUNTY]: { talent_allowance: 600_000 },
    });
    for (const [county, items] of totals.byCountyItem ?? []) expect(sum(items.values())).toBe(totals.byCounty.get(county));
    expectReconciled(totals);
  });

  it('is not kept unless asked for', () => {
    const rollup = new Rollup();
    rollup.add({ id: 'P1', county: 'zhongshan' }, result('P1', [item('talent_allowance', { 'county:zhongshan': 1_200_000 })]));
    expect(rollup.totals().byCountyItem).toBeUndefined();
  });
});
