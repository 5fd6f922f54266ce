// Ranged amounts as low and high bounds beside the point total, and the §22 fund floor against
// each level's cost: the arithmetic worked out in comments.
import { describe, expect, it } from 'vitest';
import { Rollup } from '../../src/budget/rollup.js';
import { checkFund } from '../../src/budget/fund.js';
import { addFen, parseExactDecimal } from '../../src/base/money.js';
import type { ItemResult } from '../../src/engine/types.js';
import { revenueKeyPayer, revenueParser } from '../../src/cli/commands/revenue-option.js';
import { policy } from '../engine/helpers.js';
import { fen, fenMap, withFen, type Plain } from '../fen.js';

function item(code: string, payer: string, plain: number | null, extra: Plain<Partial<ItemResult>> = {}): ItemResult {
  const amount = plain === null ? null : fen(plain);
  return {
    item: code, clause: '§11', kind: 'one_off', status: amount === null ? 'range' : 'computed', monthly: null, months: null,
    amount, payers: [{ payer, amount }], reasons: [], readings: [], ...withFen<Partial<ItemResult>>(extra),
  };
}

function result(items: ItemResult[]) {
  return { items, total: items.reduce((sum, entry) => addFen(sum, entry.amount ?? fen(0)), fen(0)) };
}

describe('the bounds of ranged amounts', () => {
  it('puts each range beside the point total: low = total + Σ low, high = total + Σ high', () => {
    const rollup = new Rollup();
    // A person with a 180,000.00 purchase subsidy and a research grant of 1,000,000–5,000,000 not decided.
    rollup.add({ id: 'P1', county: null }, result([
      item('housing_purchase', 'city', 18_000_000),
      item('research_startup', 'city', null, { range: { low: 100_000_000, high: 500_000_000 } }),
    ]));
    // A recommender's reward, 50,000–100,000, not decided.
    rollup.addUnit({ id: 'U1', county: null }, result([item('recommendation_reward', 'city', null, { range: { low: 5_000_000, high: 10_000_000 } })]));
    const totals = rollup.totals();
    // The total holds only the purchase subsidy: 180,000.00.
    expect(totals.total).toBe(18_000_000);
    // low  = 180,000.00 + 1,000,000.00 + 50,000.00  = 1,230,000.00
    // high = 180,000.00 + 5,000,000.00 + 100,000.00 = 5,280,000.00
    expect(totals.bounds).toMatchObject({ low: 123_000_000, high: 528_000_000, ranged: 2, withoutPoint: 2 });
    expect(Object.fromEntries(totals.bounds.byItem)).toEqual({
      research_startup: { low: 100_000_000, high: 500_000_000 },
      recommendation_reward: { low: 5_000_000, high: 10_000_000 },
    });
    expect([totals.people, totals.units]).toEqual([1, 1]);
  });

  it('an open-ended range ("not less than") leaves the high bound unbounded', () => {
    const rollup = new Rollup();
    // Grassroots settlement of at least 5,000.00, no amount decided; plus 1,000.00 cash.
    rollup.add({ id: 'P1', county: null }, result([
      item('graduate_hiring_grant', 'employment_fund', 100_000),
      item('grassroots_settlement', 'city', null, { range: { low: 500_000, high: null } }),
    ]));
    const { bounds } = rollup.totals();
    // low = 1,000.00 + 5,000.00 = 6,000.00; high: no upper bound.
    expect(bounds.low).toBe(600_000);
    expect(bounds.high).toBeNull();
    expect(bounds.byItem.get('grassroots_settlement')).toEqual({ low: 500_000, high: null });
  });

  it('with a point picked by --range the total holds the point and the bounds still show the range', () => {
    const rollup = new Rollup();
    // --range mid: (1,000,000.00 + 5,000,000.00) / 2 = 3,000,000.00 in the total.
    rollup.add({ id: 'P1', county: null }, result([
      item('housing_purchase', 'city', 18_000_000),
      item('research_startup', 'city', 300_000_000, { range: { low: 100_000_000, high: 500_000_000 } }),
    ]));
    const totals = rollup.totals();
    // total = 180,000.00 + 3,000,000.00 = 3,180,000.00
    expect(totals.total).toBe(318_000_000);
    // The point is replaced by the range: low 1,180,000.00, high 5,180,000.00, as without --range.
    expect(totals.bounds).toMatchObject({ low: 118_000_000, high: 518_000_000, ranged: 1, withoutPoint: 0 });
    expect(totals.bounds.byItem.get('research_startup')).toEqual({ low: 100_000_000, high: 500_000_000 });
  });

  it('without ranged items the bounds are the total itself', () => {
    const rollup = new Rollup();
    rollup.add({ id: 'P1', county: null }, result([item('housing_purchase', 'city', 18_000_000)]));
    expect(rollup.totals().bounds).toMatchObject({ low: 18_000_000, high: 18_000_000, ranged: 0 });
  });
});

describe('the §22 fund floor', () => {
  const rule = policy.fund!;
  const share = parseExactDecimal('0.03')!;

  it('comes from data: 3% of general budget revenue, in the budget years 2013–2015', () => {
    expect(rule).toMatchObject({ clause: '§22', share, firstYear: 2013, lastYear: 2015, levels: ['city', 'county'] });
  });

  it('a cost equal to the floor is covered; a floor one fen above the cost is short by 0.01', () => {
    const cost = fenMap([['city', 12_000_000]]);
    // Revenue 4,000,000.00 × 3% = 120,000.00 exactly = the cost: covered.
    const covered = checkFund({ rule, year: 2014, revenue: fenMap([['city', 400_000_000]]) }, cost);
    // §22 sets the fund's minimum size: a cost equal to the floor fits inside it (just in).
    expect(covered.levels).toEqual([{ payer: 'city', revenue: 400_000_000, floor: 12_000_000, cost: 12_000_000, fits: true, exceedsBy: 0, covered: true, shortBy: 0 }]);
    // Revenue 4,000,000.33 × 3% = 120,000.0099, rounded up to 120,000.01 (a floor of "at least 3%"): short by 0.01.
    const short = checkFund({ rule, year: 2014, revenue: fenMap([['city', 400_000_033]]) }, cost);
    expect(short.levels[0]).toMatchObject({ floor: 12_000_001, fits: true, exceedsBy: 0, covered: false, shortBy: 1 });
  });

  it('a cost one fen above the floor exceeds it by 0.01 (just out); a cost equal to the floor fits (just in)', () => {
    // Revenue 4,000,000.00 × 3% = 120,000.00; a cost of 120,000.01 exceeds the fund's minimum by 0.01.
    const over = checkFund({ rule, year: 2014, revenue: fenMap([['city', 400_000_000]]) }, fenMap([['city', 12_000_001]]));
    expect(over.levels[0]).toMatchObject({ floor: 12_000_000, fits: false, exceedsBy: 1 });
  });

  it('a level that pays nothing in the budget is short by its whole floor', () => {
    // Zhongshan: revenue 80,000,000.00 × 3% = 2,400,000.00; cost 0.
    const check = checkFund({ rule, year: 2013, revenue: fenMap([['county:zhongshan', 8_000_000_000]]) }, new Map());
    expect(check.levels[0]).toMatchObject({ floor: 240_000_000, cost: 0, covered: false, shortBy: 240_000_000 });
  });

  it('does not apply in a year outside its three years, the first year after them included', () => {
    expect(checkFund({ rule, year: 2015, revenue: fenMap([['city', 100]]) }, new Map()).applies).toBe(true);
    const after = checkFund({ rule, year: 2016, revenue: fenMap([['city', 100]]) }, new Map());
    expect(after).toMatchObject({ applies: false, levels: [], firstYear: 2013, lastYear: 2015 });
  });

  it('is checked by the roll-up against its cash by payer, never its tax expenditures', () => {
    const rollup = new Rollup({ fund: { rule, year: 2014, revenue: fenMap([['city', 100_000]]) } });
    // 1,000.00 revenue → floor 30.00. Cash 20.00 from the city, and 50.00 of tax exempted booked to the city (not cash).
    rollup.add({ id: 'P1', county: null }, {
      items: [item('housing_purchase', 'city', 2_000), item('startup_tax_exemption', 'city', 5_000, { category: 'tax', kind: 'annual' })],
      total: fen(2_000), taxTotal: fen(5_000),
    });
    expect(rollup.totals().fund?.levels[0]).toMatchObject({ cost: 2_000, floor: 3_000, shortBy: 1_000 });
  });
});

describe('--revenue', () => {
  const parse = (text: string) => revenueParser('zh')(text);

  it('refuses a level given twice, even under two names', () => {
    const parsed = parse('zhongshan=80000000,钟山区财政=2');
    expect(parsed.ok ? [] : parsed.problems).toEqual(['--revenue 中 county:zhongshan 给了两次']);
  });

  it('reads payer codes, county codes and Chinese names into exact fen, full-width commas too', () => {
    const ok = parse('市级=123456789.01,zhongshan=80000000，六枝特区=1.5,county:panzhou=0');
    expect(ok.ok && [...ok.value]).toEqual([
      ['city', 12_345_678_901], ['county:zhongshan', 8_000_000_000], ['county:liuzhi', 150], ['county:panzhou', 0],
    ]);
  });

  it('names each problem: a key that is no fiscal level, an amount that is not yuan, a missing =', () => {
    const parsed = parse('employer=100,city=1e6,zhongshan');
    expect(parsed.ok).toBe(false);
    const messages = parsed.ok ? [] : parsed.problems;
    expect(messages).toHaveLength(3);
    expect(messages[0]).toContain('“employer”不是可设专项资金的财政级次');
    expect(messages[1]).toContain('“1e6”');
    expect(messages[2]).toContain('级次=金额');
  });

  it('knows a level by its finance label with or without 财政', () => {
    expect(revenueKeyPayer('水城区（水城县）财政')).toBe('county:shuicheng');
    expect(revenueKeyPayer('市级财政')).toBe('city');
    expect(revenueKeyPayer('就业专项资金')).toBeNull();
  });
});
