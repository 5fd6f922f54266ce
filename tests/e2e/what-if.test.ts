import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_ROSTER, ROOT, rencai } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-e2e-what-if-'));
const write = (name: string, value: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

// The example roster's P005 钱博士: 博士研究生 + 博士 (tier E), 直接引进, 国有企业, county-level
// employer in 盘州市, working at 乡镇 level, from 2014-01, basic salary 4,200.
const PHD_RAISE = write('phd-raise.json', {
  name: '企事业单位博士津贴提高到每月1500元',
  description: '§17 在企事业单位工作的具有学历学位的博士：800 → 1500 元/月',
  sets: [{ key: 'items.talent_allowance.lines.doctor_enterprise_institution.monthly', value: '1500' }],
});

describe('"why does this person get 12,000 a year" from the CLI alone', () => {
  test('explain P005 of the example roster: the allowance is the county line of §17, 1,000 × 12', () => {
    // Lines met (§17): doctor in an enterprise 800/month and doctor working at county level or below
    // 1,000/month; the highest applies: 1,000 × 12 months of 2014 = 12,000, paid by the SOE employer.
    const run = rencai(['explain', EXAMPLE_ROSTER, '--id', 'P005', '--year', '2014']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/人才津贴  §17  12,000\.00 元  每月 1,000\.00 元 × 12 个月/);
    expect(run.stdout).toMatch(/✓ 符合：在县（特区、区）及以下工作的正高级职称人员、具有学历学位的博士（每月 1000\.00 元）  §17  ← 取此档/);
    expect(run.stdout).toMatch(/✓ 符合：在企事业单位工作的具有学历学位的博士（每月 800\.00 元）  §17\n/);
    expect(run.stdout).toMatch(/✗ 不符合：在机关工作的具有学历学位的博士/);
    expect(run.stdout).toContain('2014 年内计发 2014-01 至 2014-12，共 12 个月');
    expect(run.stdout).toMatch(/人才层次 E（具有学历学位的博士）  §16、§17\n│  ├─ 依据：学历 博士研究生\n│  └─ 依据：学位 博士/);
    // 基层工作津贴: 4,200 × 0.20 = 840/month × 12 = 10,080.
    expect(run.stdout).toMatch(/基层工作津贴  §17  10,080\.00 元/);
  });

  test('the same as JSON, every check with its clause', () => {
    const run = rencai(['explain', EXAMPLE_ROSTER, '--id', 'P005', '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(0);
    const view = JSON.parse(run.stdout);
    const allowance = view.items.find((item: { item: string }) => item.item === 'talent_allowance');
    expect(allowance).toMatchObject({ applies: true, monthly: '1000.00', months: 12, amount: '12000.00', payers: [{ payer: 'employer', amount: '12000.00' }] });
    expect(allowance.candidates).toEqual([
      { line: 'doctor_enterprise_institution', monthly: '800.00', chosen: false },
      { line: 'county_senior_or_doctor', monthly: '1000.00', chosen: true },
    ]);
    for (const item of view.items) for (const check of item.checks) expect(check.clause).toMatch(/^§\d+/);
    const flexible = view.items.find((item: { item: string }) => item.item === 'housing_rent_flexible');
    expect(flexible.applies).toBe(false);
    expect(flexible.checks.find((check: { key: string }) => check.key === 'check_intro_mode')).toMatchObject({ met: false, params: { mode: 'direct', allowed: 'flexible' } });
  });

  test('explain --answers takes one person as JSON, and a --set shows the what-if amount', () => {
    const answers = write('doctor.json', { id: 'A1', education: '博士', degree: '博士', intro_mode: '直接引进', employer_type: '民营企业', employer_level: 'city', work_level: 'city', start: '2014-01' });
    // City-level private employer: only the 800 enterprise line (800 × 12 = 9,600); raised to 1,500: 18,000.
    expect(rencai(['explain', '--answers', answers, '--year', '2014']).stdout).toMatch(/人才津贴  §17  9,600\.00 元/);
    const raised = rencai(['explain', '--answers', answers, '--year', '2014', '--scenario', PHD_RAISE]);
    expect(raised.stdout).toMatch(/人才津贴  §17  18,000\.00 元/);
    expect(raised.stdout).toContain('假设情景：企事业单位博士津贴提高到每月1500元');
  });

  test('explain --answers needs no ID, as check --answers does: the README example of a walk-in exits 0', () => {
    // data/examples/person.json has no "id" (a walk-in has none); the name stands in, as in check.
    const run = rencai(['explain', '--answers', 'data/examples/person.json', '--year', '2014']);
    expect(run.stderr).not.toContain('不能为空');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('钱博士');
  });

  test('an answers file whose name is a number is refused with a sentence in check and explain, never an internal error', () => {
    const answers = write('name-number.json', { name: 5, education: '博士研究生' });
    for (const command of ['check', 'explain']) {
      const run = rencai([command, '--answers', answers, '--year', '2014']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('“姓名”的值类型不对');
      expect(run.stderr).not.toContain('内部错误');
    }
  });

  test('an id not in the roster is an input error, a rejected row shows its errors', () => {
    const missing = rencai(['explain', EXAMPLE_ROSTER, '--id', 'P999', '--year', '2014']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('没有编号为 P999 的人员');
    expect(rencai(['explain', '--year', '2014']).status).toBe(2);
  });
});

describe('"what would raising the PhD allowance cost each county" from the CLI alone', () => {
  test('compare the example roster with the enterprise doctor line raised from 800 to 1,500 a month', () => {
    // Doctors on the example roster and their 2014 allowance lines (§17, highest applies):
    //   P001 tier A: 25,000 > 1,500 — unchanged.   P002 tier B: 6,000 > 1,500 — unchanged.
    //   P009, P010 flexible: employer-set, no amount — unchanged.
    //   P005 (盘州市, SOE, township): max(1,500, 1,000 county line) = 1,500 instead of 1,000:
    //   (1,500 − 1,000) × 12 months = +6,000, paid by the employer, counted in 盘州市.
    const run = rencai(['compare', EXAMPLE_ROSTER, '--year', '2014', '--scenario', PHD_RAISE, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.difference.total).toBe('6000.00');
    expect(result.difference.byCounty).toEqual({ zhongshan: '0.00', liuzhi: '0.00', panzhou: '6000.00', shuicheng: '0.00', city: '0.00' });
    expect(result.difference.byPayer.employer).toBe('6000.00');
    expect(result.difference.byItem.talent_allowance).toBe('6000.00');
    expect(result.peopleChanged).toBe(1);
    // The scenario total is the baseline plus the difference, to the fen.
    const fen = (text: string) => BigInt(text.replace('.', ''));
    expect(fen(result.whatIf.total) - fen(result.baseline.total)).toBe(600000n);
    // And the baseline is exactly what `rencai roster` reports.
    const roster = JSON.parse(rencai(['roster', EXAMPLE_ROSTER, '--year', '2014', '--format', 'json']).stdout);
    expect(result.baseline.total).toBe(roster.rollup.total);
    expect(result.baseline.byCounty).toEqual(roster.rollup.byCounty);
  });

  test('the table names the scenario and shows +6,000.00 for 盘州市', () => {
    const run = rencai(['compare', EXAMPLE_ROSTER, '--year', '2014', '--set', 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=1500']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/盘州市\s*│\s*[\d,.]+\s*│\s*[\d,.]+\s*│\s*\+6,000\.00/);
    expect(run.stderr).toContain('已计算 12 人');
  });

  test('CSV: one line per dimension and key, then the total', () => {
    const run = rencai(['compare', EXAMPLE_ROSTER, '--year', '2014', '--scenario', PHD_RAISE, '--format', 'csv']);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('dimension,key,label,baseline,scenario,difference');
    expect(lines).toContainEqual(expect.stringMatching(/^byCounty,panzhou,盘州市,\d+\.\d\d,\d+\.\d\d,6000\.00$/));
    expect(lines.at(-1)).toMatch(/^total,total,合计,\d+\.\d\d,\d+\.\d\d,6000\.00$/);
  });

  test('compare without a scenario, or with a key that names nothing, is a usage error', () => {
    expect(rencai(['compare', EXAMPLE_ROSTER, '--year', '2014']).status).toBe(2);
    const unknown = rencai(['compare', EXAMPLE_ROSTER, '--year', '2014', '--set', 'items.talent_allowance.lines.phd.monthly=1500']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('没有“phd”');
    expect(unknown.stdout).toBe('');
  });

  test('a set value that breaks the data schema is a data error naming the field', () => {
    const run = rencai(['compare', EXAMPLE_ROSTER, '--year', '2014', '--set', 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=15.001']);
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/talent_allowance\.json[\s\S]*lines\.4\.monthly/);
  });
});

describe('a later edition dropped into data/ applies from its effective date, with no code change', () => {
  // A copy of data/ with a fixture edition lps-2020 (effective 2020-01-01) whose county line is 2,000.
  const dataDir = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  const later = join(dataDir, 'policies', 'lps-2020');
  cpSync(join(dataDir, 'policies', 'lps-2013'), later, { recursive: true });
  const edition = JSON.parse(readFileSync(join(later, 'edition.json'), 'utf8'));
  writeFileSync(join(later, 'edition.json'), JSON.stringify({ ...edition, edition: 'lps-2020', issued: '2019-12-01', effective: '2020-01-01' }));
  const allowance = JSON.parse(readFileSync(join(later, 'items', 'talent_allowance.json'), 'utf8'));
  for (const line of allowance.lines) if (line.id === 'county_senior_or_doctor') line.monthly = '2000';
  writeFileSync(join(later, 'items', 'talent_allowance.json'), JSON.stringify(allowance));
  const env = { RENCAI_DATA_DIR: dataDir };
  const explainP005 = (year: string, ...more: string[]) =>
    JSON.parse(rencai(['explain', EXAMPLE_ROSTER, '--id', 'P005', '--year', year, '--format', 'json', ...more], { env }).stdout);
  const allowanceOf = (view: { items: { item: string; amount: string | null }[] }) => view.items.find((item) => item.item === 'talent_allowance')?.amount;

  test('2021 uses lps-2020: 2,000 × 12 = 24,000; 2019 still uses lps-2013: 1,000 × 12 = 12,000', () => {
    const in2021 = explainP005('2021');
    expect(in2021.policy).toBe('lps-2020');
    expect(allowanceOf(in2021)).toBe('24000.00');
    const in2019 = explainP005('2019');
    expect(in2019.policy).toBe('lps-2013');
    expect(allowanceOf(in2019)).toBe('12000.00');
  });

  test('--policy picks an edition whatever the year', () => {
    expect(allowanceOf(explainP005('2021', '--policy', 'lps-2013'))).toBe('12000.00');
  });

  test('the policy browser shows the later edition\'s amount', () => {
    const run = rencai(['policy', 'talent_allowance', '--year', '2021', '--format', 'json'], { env });
    const item = JSON.parse(run.stdout).item;
    expect(item.values.find((row: { key: string }) => row.key === 'county_senior_or_doctor').value).toBe('2000.00');
  });
});

describe('explain on a rejected row', () => {
  test('exits 1 and names each bad column by its Chinese header, as roster does', () => {
    const run = rencai(['explain', 'tests/fixtures/e2e/bad-rows.csv', '--id', 'P002', '--year', '2014']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('第3行');
    expect(run.stderr).toMatch(/^rencai: {3}学历：/m);
  });
});

describe('roster with --set: one run under a what-if', () => {
  test('raising the enterprise-doctor line to 1,500 adds 6,000 to the example roster, and stderr says it is a scenario', () => {
    // Only P005 changes: 1,500 beats the 1,000 county line, (1,500 − 1,000) × 12 = 6,000; 2,728,800 + 6,000
    const run = rencai(['roster', EXAMPLE_ROSTER, '--year', '2014', '--format', 'json', '--set', 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=1500']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { rollup: { total: string } }).rollup.total).toBe('2734800.00');
    expect(run.stderr).toContain('不是现行政策');
  });
  test('a key that names nothing is a usage error (2), nothing computed', () => {
    const run = rencai(['roster', EXAMPLE_ROSTER, '--year', '2014', '--set', 'items.nope=1']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});
