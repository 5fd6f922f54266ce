// `rencai roster` on a roster of our own, for budget years before, during and after each person's
// entitlement; every amount worked out by hand from the text.
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);

interface Output {
  people: { id: string; total: string; items: { item: string; amount: string | null; months: number | null; payers: { payer: string; amount: string | null }[] }[] }[];
  rollup: { total: string; byPayer: Record<string, string> };
}

function budget(year: number): Output {
  const run = rencai(['roster', `${FIXTURES}/years.csv`, '--year', String(year), '--format', 'json']);
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Output;
}

const totals = (output: Output) => Object.fromEntries(output.people.map((person) => [person.id, person.total]));

describe('one roster across budget years', () => {
  // Y1 tier D (博士生导师), direct, city organ, 2013-10 to 2015-03: purchase 250,000 once; allowance 1,500 a month.
  // Y2 fresh graduate at a private firm in 钟山区 from 2014-07: 200 a month for 12 months.
  // Y3 locally trained, 正高 title without a master's (no tier), township, salary 3,333.33, from 2013-05:
  //    allowance 1,000 (county-or-below line) + grassroots 3,333.33 × 20% = 666.666 → 666.67; counted from 2013-08.
  // Y4 flexible tier B, partially funded city institution at 0.5, rent 12.345: 120 × 12.345 = 1,481.40 a month;
  //    allowance employer-set (no amount).
  test('2012, before the policy: everyone is listed with nothing to pay', () => {
    const output = budget(2012);
    expect(totals(output)).toEqual({ Y1: '0.00', Y2: '0.00', Y3: '0.00', Y4: '0.00' });
    expect(output.rollup.total).toBe('0.00');
  });

  test('2013: Y1 250,000 + 3 × 1,500 = 254,500; Y3 5 months (Aug–Dec) × 1,666.67 = 8,333.35', () => {
    const output = budget(2013);
    expect(totals(output)).toEqual({ Y1: '254500.00', Y2: '0.00', Y3: '8333.35', Y4: '0.00' });
    // 254,500.00 + 8,333.35
    expect(output.rollup.total).toBe('262833.35');
  });

  test('2014: Y1 12 × 1,500; Y2 6 × 200; Y3 12 × 1,000 + 12 × 666.67; Y4 11 × 1,481.40 split in half', () => {
    const output = budget(2014);
    expect(totals(output)).toEqual({ Y1: '18000.00', Y2: '1200.00', Y3: '20000.04', Y4: '16295.40' });
    // 18,000 + 1,200 + 20,000.04 + 16,295.40
    expect(output.rollup.total).toBe('55495.44');
    // city: 18,000 + 16,295.40 × 0.5 = 8,147.70 → 26,147.70 ; employer the other 8,147.70
    expect(output.rollup.byPayer).toEqual({ city: '26147.70', 'county:zhongshan': '1200.00', 'county:shuicheng': '20000.04', employer: '8147.70' });
    const y4 = output.people.find((person) => person.id === 'Y4');
    expect(y4?.items.map((item) => [item.item, item.amount, item.months])).toEqual([['housing_rent_flexible', '16295.40', 11], ['talent_allowance', null, 11]]);
  });

  test('2015: Y1 ends in March (3 × 1,500); Y2 the other 6 months of the 12-month cap; Y3 and Y4 full years', () => {
    const output = budget(2015);
    // Y4: 12 × 1,481.40 = 17,776.80
    expect(totals(output)).toEqual({ Y1: '4500.00', Y2: '1200.00', Y3: '20000.04', Y4: '17776.80' });
    expect(output.rollup.total).toBe('43476.84');
  });

  test('2016, after Y1 and Y2 ended: only Y3 and Y4 are paid', () => {
    const output = budget(2016);
    expect(totals(output)).toEqual({ Y1: '0.00', Y2: '0.00', Y3: '20000.04', Y4: '17776.80' });
    expect(output.rollup.total).toBe('37776.84');
  });
});
