// `rencai policy` describes each item by its kind (issue #15): every kind names the rows of its own
// fields, so what is shown follows the kind the item's file names, not which fields it happens to carry.
import { describe, expect, test } from 'vitest';
import { describeItem, describePolicy, itemsOf } from '../../src/i18n/policy-description.js';
import { loadPolicy } from '../../src/policy/load.js';

const policy = loadPolicy({ year: 2014 });
const keysOf = (code: string) => describePolicy(policy, null, 'en').items.find((item) => item.item === code)?.values.map((row) => row.key);

describe('each kind of item is described by the rows its kind defines', () => {
  test('one-off by tier: one amount per tier, A to G (§16 housing purchase)', () => {
    expect(keysOf('housing_purchase')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });
  test('monthly by tier × a rate: one area per tier (§16 flexible rent)', () => {
    expect(keysOf('housing_rent_flexible')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
  });
  test('monthly fixed: the monthly sum and the most months (§16 graduate rent)', () => {
    // "按每月200元标准发放租房补贴，发放期限不超过1年": 200.00 a month, at most 12 months.
    expect(describePolicy(policy, null, 'en').items.find((item) => item.item === 'graduate_rent')?.values.map((row) => [row.key, row.value]))
      .toEqual([['monthly', '200.00'], ['maxMonths', '12']]);
  });
  test('monthly highest line: one row per line of the table, and the highest line met is paid (§17 talent allowance)', () => {
    const item = describePolicy(policy, null, 'en').items.find((entry) => entry.item === 'talent_allowance');
    expect(item?.choose).toBe('highest');
    expect(item?.values.every((row) => row.unit === 'yuan_per_month')).toBe(true);
  });
  test('monthly share: the share of the person\'s own basic salary (§17 grassroots allowance)', () => {
    expect(keysOf('grassroots_allowance')).toEqual(['shareOfBaseSalary']);
  });
  test('claimed one-off: the range and the column the amount comes from (§11 research start-up)', () => {
    // "分别给予100-500万元的科研启动经费": a range from 1,000,000.00 to 5,000,000.00, the amount claimed on the roster.
    expect(keysOf('research_startup')).toEqual(['range.low', 'range.high', 'claim']);
  });
  test('annual tax item: a sum per year for at most so many years (§14 SME tax deduction)', () => {
    // "可在3年内……以每人每年4800元的定额标准": 4,800.00 a year, at most 3 years.
    expect(describePolicy(policy, null, 'en').items.find((item) => item.item === 'graduate_tax_deduction')?.values.map((row) => [row.key, row.value]))
      .toEqual([['amountPerYear', '4800.00'], ['maxYears', '3']]);
  });
  test('unit item: the match share, the claimed column and the range a claimed provincial grant must fall in (§11 provincial bases)', () => {
    // "在省级给予50-200万元经费资助基础上，市再按照省资助标准的50%给予配套": a claimed grant of
    // 500,000.00 to 2,000,000.00, matched at 0.5.
    expect(describePolicy(policy, null, 'en').items.find((item) => item.item === 'provincial_base_match')?.values.map((row) => [row.key, row.value]))
      .toEqual([['matchShare', '0.5'], ['claim', 'provincial_grant'], ['claimRange.low', '500000.00'], ['claimRange.high', '2000000.00']]);
  });
});

describe('a field the kind does not define gives no row', () => {
  test('a yearly item that happens to carry a monthly sum is still described as a yearly item', () => {
    const annual = itemsOf(policy).find((item) => item.item === 'graduate_tax_deduction')!;
    const stray = { ...annual, monthly: 99_900, lines: [{ id: 'stray', label: { zh: '多余', en: 'stray' }, monthly: 1 }] } as unknown as typeof annual;
    expect(describeItem(stray, policy, null, 'en').values.map((row) => row.key)).toEqual(['amountPerYear', 'maxYears']);
  });
});

describe('the tables that are not items say what their data files say (tiers, payers, conditions, fund, readings)', () => {
  const zh = describePolicy(policy, null, 'zh');
  test('the tier table and the payer table carry their own title, clause and effective date, the payers the text\'s sentence', () => {
    expect(zh.tierTable).toEqual({ label: '人才层次', clause: '§16、§17', effective: '2013-08-02' });
    expect(zh.payerTable).toMatchObject({ label: '资金承担', clause: '§16、§17', effective: '2013-08-02' });
    expect(zh.payerTable.excerpt).toContain('根据财政拨款比例分别承担');
    expect(zh.issued).toBe('2013-08-02');
  });
  test('a named condition shows its title, clause and reading: 县及以下 is the place of work (§17)', () => {
    expect(zh.conditions.find((entry) => entry.name === 'works_at_county_or_below')).toMatchObject({ label: '在县（特区、区）及以下工作', clause: '§17', reading: { id: 'place_of_work_not_employer' } });
  });
  test('§22: 3% of general budget revenue, budget years 2013–2015, city and county finance, its reading', () => {
    expect(zh.fund).toMatchObject({ clause: '§22', share: '0.03', firstYear: 2013, lastYear: 2015, levels: ['city', 'county'], reading: { id: 'fund_three_years_from_2013' } });
  });
  test('each reading lists the data that names it: a change of the reading reaches exactly those', () => {
    const uses = (id: string) => zh.readings.find((reading) => reading.id === id)?.usedBy;
    expect(uses('place_of_work_not_employer')).toEqual(['conditions.json: works_at_county_or_below', 'conditions.json: works_at_township_or_below', 'items/talent_allowance.json: lines.6']);
    expect(uses('green_card_who')).toEqual(['rights.json: green_card']);
    expect(zh.readings.filter((reading) => reading.usedBy.length === 0).map((reading) => reading.id)).toEqual([]);
  });
});
