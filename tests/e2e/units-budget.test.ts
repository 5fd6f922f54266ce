// `rencai units` and `rencai budget` end to end: a units roster alone, then people and units in one
// budget whose every section reconciles to the fen with the two rosters run apart; ranged amounts
// as bounds beside the total; the §22 fund floor; non-money rights in table and JSON.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, test } from 'vitest';
import { EXAMPLE, FIXTURES, fen, parseCsv, rencai, requireBuild, stderrLines, sumYuan } from './helpers.js';

beforeAll(requireBuild);

const UNITS = `${FIXTURES}/units.csv`;
const UNITS_BAD = `${FIXTURES}/units-bad.csv`;
const GRANTS = `${FIXTURES}/grants.csv`;

interface Rollup {
  byPayer: Record<string, string>; byItem: Record<string, string>; byCounty: Record<string, string>; total: string;
  tax: { byPayer: Record<string, string>; byItem: Record<string, string>; total: string };
  uncomputed: { count: number; byItem: Record<string, Record<string, number>> };
  bounds: { low: string; high: string | null; ranged: number; withoutPoint: number; byItem: Record<string, { low: string; high: string | null }> };
  fund?: { applies: boolean; years: { first: number; last: number }; levels: { payer: string; revenue: string; floor: string; cost: string; covered: boolean; shortBy: string; fits: boolean; exceedsBy: string }[] };
}
interface Output {
  units?: { row: number; id: string; unit_type: string; total: string; items: { item: string; status: string; amount: string | null; range?: { low: string; high: string | null }; payers: { payer: string; amount: string | null }[] }[] }[];
  people?: { id: string; total: string; rights?: { id: string; clause: string; label: string; description: string }[] }[];
  rejected: { source?: string; row: number; id: string | null; errors: { column: string; message: string }[] }[];
  rollup: Rollup;
  summary: Record<string, number>;
}

function json(args: string[]): { data: Output; status: number | null; stderr: string } {
  const run = rencai([...args, '--format', 'json']);
  return { data: JSON.parse(run.stdout) as Output, status: run.status, stderr: run.stderr };
}

describe('rencai units on a roster of seven units (budget year 2014)', () => {
  const { data, status, stderr } = json(['units', UNITS, '--year', '2014']);

  it('computes each unit: the city match, the studio subsidy, a decided award, two ranges, a missing amount, next year nothing', () => {
    expect(status).toBe(0);
    expect(data.summary).toEqual({ computed: 7, rejected: 0, declined: 0 });
    const total = (id: string) => data.units?.find((unit) => unit.id === id)?.total;
    // U1 Liuzhi provincial base: provincial grant 1,500,000.00 × 50% = 750,000.00, paid by Liuzhi (county-registered).
    expect(total('U1')).toBe('750000.00');
    expect(data.units?.[0]?.items[0]?.payers).toEqual([{ payer: 'county:liuzhi', amount: '750000.00' }]);
    // U2 city skill-master studio: 100,000.00 from the city. U4 Bole award decided at 20,000.00.
    expect([total('U2'), total('U4')]).toEqual(['100000.00', '20000.00']);
    // U3 recommender: 50,000–100,000 not decided; U6 provincial team with no provincial grant given:
    // 500,000–2,000,000 × 50% = 250,000–1,000,000, paid by Zhongshan. Both outside the total.
    const u3 = data.units?.find((unit) => unit.id === 'U3')?.items[0];
    expect(u3).toMatchObject({ status: 'range', amount: null, range: { low: '50000.00', high: '100000.00' } });
    const u6 = data.units?.find((unit) => unit.id === 'U6')?.items[0];
    expect(u6).toMatchObject({ status: 'range', range: { low: '250000.00', high: '1000000.00' }, payers: [{ payer: 'county:zhongshan', amount: null }] });
    // U5 Bole award without an amount; U7 approved in 2015: nothing in 2014.
    expect(data.units?.find((unit) => unit.id === 'U5')?.items[0]?.status).toBe('amount_missing');
    expect(data.units?.find((unit) => unit.id === 'U7')?.items).toEqual([]);
    expect(stderrLines({ status, stdout: '', stderr })[0]).toContain('已计算 7 个单位，无被拒绝的行');
  });

  it('rolls up 870,000.00 by payer, item and county, and the bounds 1,170,000.00 – 1,970,000.00 beside it', () => {
    // 750,000.00 + 100,000.00 + 20,000.00 = 870,000.00
    expect(data.rollup.total).toBe('870000.00');
    expect(data.rollup.byPayer).toEqual({ city: '120000.00', 'county:liuzhi': '750000.00' });
    for (const section of [data.rollup.byPayer, data.rollup.byItem, data.rollup.byCounty]) expect(sumYuan(Object.values(section))).toBe(87_000_000);
    // low  = 870,000.00 + 50,000.00 + 250,000.00   = 1,170,000.00
    // high = 870,000.00 + 100,000.00 + 1,000,000.00 = 1,970,000.00
    expect(data.rollup.bounds).toMatchObject({ low: '1170000.00', high: '1970000.00', ranged: 2, withoutPoint: 2 });
    // provincial_base_match: U1's 750,000.00 + U6's 250,000.00 … 1,000,000.00 = 1,000,000.00 … 1,750,000.00
    expect(data.rollup.bounds.byItem.provincial_base_match).toEqual({ low: '1000000.00', high: '1750000.00' });
    expect(stderr).toContain('合计 870,000.00 元；另有区间项目 2 项未计入：下限 +300,000.00 元，上限 +1,100,000.00 元');
  });

  it('with --range mid counts the midpoints in the total and still shows the same bounds', () => {
    const mid = json(['units', UNITS, '--year', '2014', '--range', 'mid']).data;
    // 870,000.00 + (50,000 + 100,000)/2 = 75,000.00 + (250,000 + 1,000,000)/2 = 625,000.00 → 1,570,000.00
    expect(mid.rollup.total).toBe('1570000.00');
    expect(mid.rollup.bounds).toMatchObject({ low: '1170000.00', high: '1970000.00', withoutPoint: 0 });
  });

  it('prints a table per unit and the roll-up with the bounds, and CSV rows whose amounts sum to the total', () => {
    const table = rencai(['units', UNITS, '--year', '2014']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('U3  某猎头公司');
    expect(table.stdout).toContain('50,000.00–100,000.00');
    expect(table.stdout).toContain('共 7 个单位    合计 870,000.00（87.00万元）');
    expect(table.stdout).toMatch(/区间金额：合计的下限和上限[\s\S]*1,170,000\.00 │ 1,970,000\.00/);
    const csv = rencai(['units', UNITS, '--year', '2014', '--format', 'csv']);
    const [header = [], ...rows] = parseCsv(csv.stdout);
    expect(header.slice(0, 3)).toEqual(['row', 'id', 'name']);
    expect(header.at(-1)).toBe('备注'); // the roster's own column passes through
    const amount = header.indexOf('amount');
    expect(sumYuan(rows.map((row) => row[amount] ?? '').filter((cell) => cell !== ''))).toBe(87_000_000);
  });

  it('rejects bad rows with their line and column in Chinese, computes the rest and exits 1', () => {
    const bad = json(['units', UNITS_BAD, '--year', '2014']);
    expect(bad.status).toBe(1);
    expect(bad.data.rejected.map((entry) => [entry.row, entry.id, entry.errors.map((error) => error.column)])).toEqual([
      [3, 'U2', ['unit_type', 'county', 'approved']],
      [4, 'U3', ['reward_amount']],
    ]);
    // U1, the studio: 100,000.00.
    expect(bad.data.rollup.total).toBe('100000.00');
    const lines = stderrLines({ status: bad.status, stdout: '', stderr: bad.stderr });
    expect(lines[0]).toBe('rencai: 已计算 1 个单位，拒绝 2 行：');
    expect(lines[1]).toMatch(/^rencai: {3}第3行 U2 类别：.*工厂/);
    expect(lines[2]).toMatch(/^rencai: {3}第4行 U3 奖励金额：.*5万/);
    const table = rencai(['units', UNITS_BAD, '--year', '2014']);
    expect(table.stdout).toMatch(/被拒绝的行[\s\S]*│ 3 +│ U2 +│ 获批年月/);
  });
});

describe('rencai budget over people and units together', () => {
  const people = json(['roster', GRANTS, '--year', '2014']).data;
  const units = json(['units', UNITS, '--year', '2014']).data;
  const budget = json(['budget', '--people', GRANTS, '--units', UNITS, '--year', '2014']);
  const { rollup } = budget.data;

  it('prints the roll-up only (no per-entity lines) and counts both rosters', () => {
    expect(budget.status).toBe(0);
    expect(budget.data.people).toBeUndefined();
    expect(budget.data.units).toBeUndefined();
    expect(budget.data.summary).toEqual({ people: 3, units: 7, rejected: 0, declined: 0 });
  });

  it('has a total equal to the roster total plus the units total, to the fen', () => {
    // grants.csv 883,800.00 (with G3's 20,000.00 income-tax return, cash under §15) + units 870,000.00 = 1,753,800.00
    expect(fen(people.rollup.total)).toBe(88_380_000);
    expect(fen(rollup.total)).toBe(fen(people.rollup.total) + fen(units.rollup.total));
    expect(rollup.total).toBe('1753800.00');
  });

  it('reconciles every section key by key: payer, item, county, tax, uncomputed, bounds', () => {
    const merged = (a: Record<string, string>, b: Record<string, string>) => {
      const out: Record<string, number> = {};
      for (const [key, value] of [...Object.entries(a), ...Object.entries(b)]) out[key] = (out[key] ?? 0) + fen(value);
      return out;
    };
    const inFen = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fen(value)]));
    expect(inFen(rollup.byPayer)).toEqual(merged(people.rollup.byPayer, units.rollup.byPayer));
    expect(inFen(rollup.byItem)).toEqual(merged(people.rollup.byItem, units.rollup.byItem));
    expect(inFen(rollup.byCounty)).toEqual(merged(people.rollup.byCounty, units.rollup.byCounty));
    for (const section of [rollup.byPayer, rollup.byItem, rollup.byCounty]) expect(sumYuan(Object.values(section))).toBe(fen(rollup.total));
    // Tax expenditures come from people only: G2's 4,800.00 graduate deduction.
    expect(rollup.tax).toEqual(people.rollup.tax);
    expect(rollup.tax.total).toBe('4800.00');
    expect(rollup.uncomputed.count).toBe(people.rollup.uncomputed.count + units.rollup.uncomputed.count);
    // low: 1,753,800.00 + research 1,000,000.00 + 250,000.00 + 50,000.00 = 3,053,800.00
    // high: 1,753,800.00 + 5,000,000.00 + 1,000,000.00 + 100,000.00 = 7,853,800.00
    expect(fen(rollup.bounds.low)).toBe(fen(people.rollup.bounds.low) + fen(units.rollup.bounds.low));
    expect(fen(rollup.bounds.high ?? '')).toBe(fen(people.rollup.bounds.high ?? '') + fen(units.rollup.bounds.high ?? ''));
    expect([rollup.bounds.low, rollup.bounds.high]).toEqual(['3053800.00', '7853800.00']);
  });

  it('lists people and units with --detail, and the CSV roll-up lines add up to the same total', () => {
    const detail = json(['budget', '--people', GRANTS, '--units', UNITS, '--year', '2014', '--detail']).data;
    expect([detail.people?.length, detail.units?.length]).toEqual([3, 7]);
    expect(detail.rollup.total).toBe(rollup.total);
    const csv = parseCsv(rencai(['budget', '--people', GRANTS, '--units', UNITS, '--year', '2014', '--format', 'csv']).stdout);
    const [header = [], ...rows] = csv;
    const [section, amount, low, high] = ['section', 'amount', 'low', 'high'].map((name) => header.indexOf(name)) as [number, number, number, number];
    for (const name of ['by_payer', 'by_item', 'by_county']) {
      expect(sumYuan(rows.filter((row) => row[section] === name).map((row) => row[amount] ?? ''))).toBe(175_380_000);
    }
    const total = rows.find((row) => row[section] === 'total');
    expect([total?.[amount], total?.[low], total?.[high]]).toEqual(['1753800.00', '3053800.00', '7853800.00']);
  });

  it('shows the budget at a terminal: both counts, the tax section and the bounds', () => {
    const table = rencai(['budget', '--people', GRANTS, '--units', UNITS, '--year', '2014']);
    expect(table.stdout).toContain('人员 3 人、单位 7 个    合计 1,753,800.00（175.38万元）');
    expect(table.stdout).toContain('税收支出（减免、返还，不计入现金合计）');
    expect(table.stdout).toContain('合计 1,753,800.00 元；另有区间项目 3 项未计入：下限 +1,300,000.00 元，上限 +6,100,000.00 元');
    expect(table.stdout).not.toContain('G1  千人计划创业者');
    expect(rencai(['budget', '--people', GRANTS, '--units', UNITS, '--year', '2014', '--detail']).stdout).toContain('G1  千人计划创业者');
  });

  it('names the roster of each rejected row', () => {
    const run = json(['budget', '--people', EXAMPLE, '--units', UNITS_BAD, '--year', '2014']);
    expect(run.status).toBe(1);
    expect(run.data.rejected.map((entry) => [entry.source, entry.row])).toEqual([['units', 3], ['units', 4]]);
    expect(run.stderr).toContain('rencai:   单位花名册 第3行 U2 类别：');
  });

  it('needs at least one roster, and --detail is not for CSV', () => {
    const none = rencai(['budget', '--year', '2014']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('请给出 --people');
    expect(rencai(['budget', '--units', UNITS, '--year', '2014', '--format', 'csv', '--detail']).status).toBe(2);
    expect(rencai(['budget', '--units', 'no-such.csv', '--year', '2014']).status).toBe(3);
  });
});

describe('the §22 fund floor with --revenue', () => {
  // The units roster's city cost is 120,000.00 (the studio 100,000.00 + the Bole award 20,000.00).
  it('a city revenue of 4,000,000.00 gives a floor of 120,000.00 = the cost: covered', () => {
    const { data, stderr } = json(['budget', '--units', UNITS, '--year', '2014', '--revenue', 'city=4000000']);
    expect(data.rollup.fund?.levels).toEqual([{ payer: 'city', revenue: '4000000.00', floor: '120000.00', cost: '120000.00', fits: true, exceedsBy: '0.00', covered: true, shortBy: '0.00' }]);
    expect(stderr).not.toContain('缺口');
    expect(stderr).toContain('§22 专项资金：市级财政专项资金下限 120,000.00 元，本预算支出 120,000.00 元，在下限之内');
  });

  it('4,000,000.33 × 3% = 120,000.0099, a floor of 120,000.01: short by 0.01', () => {
    const { data, stderr } = json(['units', UNITS, '--year', '2014', '--revenue', '市级=4000000.33']);
    expect(data.rollup.fund?.levels[0]).toMatchObject({ floor: '120000.01', covered: false, shortBy: '0.01' });
    // §22 sets the fund's minimum size, not a spending target: a cost below the floor fits inside it, no "缺口".
    expect(stderr).toContain('§22 专项资金：市级财政专项资金下限 120,000.01 元，本预算支出 120,000.00 元，在下限之内');
    expect(stderr).not.toContain('缺口');
  });

  it('a county named in Chinese is set against its own cost: Liuzhi 750,000.00 against 3% of 30,000,000.00 = 900,000.00', () => {
    const table = rencai(['units', UNITS, '--year', '2014', '--revenue', '六枝特区=30000000']);
    // 900,000.00 − 750,000.00 = 150,000.00 short
    expect(table.stdout).toMatch(/六枝特区财政 +│ +30,000,000\.00 │ +900,000\.00 │ +750,000\.00 │ 在下限之内/);
  });

  it('says the floor does not apply outside 2013–2015', () => {
    const { data, stderr } = json(['roster', GRANTS, '--year', '2016', '--revenue', 'city=100']);
    expect(data.rollup.fund).toMatchObject({ applies: false, levels: [], years: { first: 2013, last: 2015 } });
    expect(stderr).toContain('§22 专项资金下限只适用于 2013—2015 年度，2016 年度不适用');
  });

  it('refuses a level that sets no fund and an amount that is not yuan, exit 2', () => {
    const run = rencai(['roster', GRANTS, '--year', '2014', '--revenue', 'employer=100,city=1,000']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('“employer”不是可设专项资金的财政级次');
  });
});

describe('non-money entitlements', () => {
  const rights = JSON.parse(readFileSync('data/policies/lps-2013/rights.json', 'utf8')) as { rights: { id: string; clause: string; label: { zh: string }; description: { zh: string } }[] };
  const greenCard = rights.rights.find((right) => right.id === 'green_card')?.description.zh ?? '';

  it('JSON gives each right its clause, label and one-line description from rights.json', () => {
    const p001 = json(['roster', EXAMPLE, '--year', '2014']).data.people?.find((person) => person.id === 'P001');
    // P001, an academician (tier A) with a senior title in an organ: the green card (§13), direct appointment
    // outside post quotas (§19) and the higher pay on moving between organs, institutions and SOEs (§9).
    const described = (id: string) => rights.rights.find((right) => right.id === id);
    expect(p001?.rights).toEqual(['green_card', 'direct_post_appointment', 'higher_pay_on_transfer'].map((id) => ({
      id, clause: described(id)?.clause, label: described(id)?.label.zh, description: described(id)?.description.zh,
    })));
    expect(p001?.rights?.[0]).toEqual({ id: 'green_card', clause: '§13', label: '人才服务绿卡', description: greenCard });
  });

  it('the table lists each right on its own line with clause and description', () => {
    const table = rencai(['roster', EXAMPLE, '--year', '2014']).stdout;
    expect(greenCard).not.toBe('');
    expect(table).toContain(`人才服务绿卡（§13）：${greenCard}`);
  });
});

describe('only roster writes Excel workbooks', () => {
  test.each([
    ['units', ['units', `${FIXTURES}/units.csv`, '--year', '2014']],
    ['budget', ['budget', '--units', `${FIXTURES}/units.csv`, '--year', '2014']],
    ['compare', ['compare', 'data/examples/roster.csv', '--year', '2014', '--set', 'items.housing_purchase.amountByTier.E=200000']],
  ])('%s with --output x.xlsx is a usage error (2), and no file is written', (_name, args) => {
    const target = join(mkdtempSync(join(tmpdir(), 'rencai-xlsx-')), 'out.xlsx');
    const run = rencai([...args, '--output', target]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('只有 rencai roster 能写 Excel 工作簿');
    expect(existsSync(target)).toBe(false);
  });
});

describe('the formats units and budget print come from the one registry of formats', () => {
  test.each(['units', 'budget'])('rencai %s refuses --format jsonl with exit 2 and names the formats it prints', (command) => {
    const input = command === 'units' ? [UNITS] : ['--units', UNITS];
    const run = rencai([command, ...input, '--year', '2014', '--format', 'jsonl']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--format 只能是 table、json、csv、html，而不是“jsonl”');
  });

  test.each(['units', 'budget'])('the help of rencai %s offers the same formats as its --format accepts', (command) => {
    const help = rencai([command, '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('output format: table (default), json, csv, html (a printable budget report with charts)');
  });
});
