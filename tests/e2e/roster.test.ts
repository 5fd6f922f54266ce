// `rencai roster` end to end on the bundled example and on fixtures: what a finance office and its
// scripts get on stdout, stderr and in the exit status.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, FIXTURES, ROOT, fen, parseCsv, rencai, requireBuild, stderrLines, sumYuan, type RosterJson } from './helpers.js';

beforeAll(requireBuild);

const ANSI = /\u001b\[/;

function json(args: string[]): { data: RosterJson; run: ReturnType<typeof rencai> } {
  const run = rencai([...args, '--format', 'json']);
  return { data: JSON.parse(run.stdout) as RosterJson, run };
}

/** Sum of the CSV's amount column (empty = unknown, skipped). */
function csvAmountTotal(text: string): number {
  const [header = [], ...rows] = parseCsv(text);
  const column = header.indexOf('amount');
  expect(column).toBeGreaterThanOrEqual(0);
  return sumYuan(rows.map((row) => row[column] ?? '').filter((cell) => cell !== ''));
}

describe('the bundled example roster', () => {
  const { data, run } = json(['roster', EXAMPLE, '--year', '2014']);

  it('computes all 12 people, exits 0 and says so in one line on stderr', () => {
    expect(run.status).toBe(0);
    expect(data.people).toHaveLength(12);
    expect(data.rejected).toEqual([]);
    // 3 items without an amount: P010's rent (rate missing), P009's and P010's allowances (employer-set).
    expect(stderrLines(run)).toEqual(['rencai: 已计算 12 人，无被拒绝的行；3 个项目无金额（缺租金、单位自定等，不计入合计，见汇总）']);
  });

  it('explains every item in JSON (the engine is asked for reasons when the format prints them)', () => {
    // CSV and table runs ask the engine for no reasons; JSON must still get them, with the readings they rest on.
    const items = data.people.flatMap((person) => person.items as unknown as { reasons: string[]; readings: string[] }[]);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.reasons.length).toBeGreaterThan(0);
    const readingsUsed = new Set(items.flatMap((item) => item.readings));
    expect(readingsUsed.size).toBeGreaterThan(0);
    const listed = (data as unknown as { readings: { id: string }[] }).readings.map((reading) => reading.id);
    expect(new Set(listed)).toEqual(readingsUsed);
  });

  it('prints JSON whose roll-up total equals the people totals, byPayer, byItem and byCounty', () => {
    const total = fen(data.rollup.total);
    expect(sumYuan(data.people.map((person) => person.total))).toBe(total);
    expect(sumYuan(Object.values(data.rollup.byPayer))).toBe(total);
    expect(sumYuan(Object.values(data.rollup.byItem))).toBe(total);
    expect(sumYuan(Object.values(data.rollup.byCounty))).toBe(total);
  });

  it('exercises every core item, every paying level and the could-not-compute lines', () => {
    expect(Object.keys(data.rollup.byItem).sort()).toEqual(
      ['graduate_rent', 'grassroots_allowance', 'housing_purchase', 'housing_rent_flexible', 'talent_allowance'],
    );
    expect(Object.keys(data.rollup.byPayer).sort()).toEqual(
      ['city', 'county:liuzhi', 'county:panzhou', 'county:shuicheng', 'county:zhongshan', 'employer'],
    );
    expect(new Set(data.people.map((person) => person.tier))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', null]));
    // P009: flexible and employer-set allowance; P010: flexible, employer-set, and no rent rate.
    expect(data.rollup.uncomputed.byItem).toEqual({ housing_rent_flexible: { rate_missing: 1 }, talent_allowance: { employer_set: 2 } });
  });

  it('pays the academician the purchase subsidy and ten months of allowance from March', () => {
    const p001 = data.people.find((person) => person.id === 'P001');
    // 1,200,000.00 (tier A purchase) + 25,000.00 × 10 (2014-03 … 2014-12) = 1,450,000.00
    expect(p001?.total).toBe('1450000.00');
  });

  it('prints CSV whose amount column sums to the JSON roll-up total, without a BOM on stdout', () => {
    const csv = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.stdout.startsWith('row,id,name,tier,item,clause,payer,monthly,months,amount,')).toBe(true);
    expect(csvAmountTotal(csv.stdout)).toBe(fen(data.rollup.total));
    // The roster's own columns are passed through after ours.
    expect(csv.stdout.split('\r\n')[0]?.endsWith(',单位名称,备注')).toBe(true);
  });

  it('prints tables without escape codes into a pipe, with NO_COLOR, and in a file', () => {
    const piped = rencai(['roster', EXAMPLE, '--year', '2014']);
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain('按支付方汇总');
    expect(piped.stdout).toContain('272.88'); // the total in 万元, see the JSON test above
    expect(piped.stdout).not.toMatch(ANSI);
    expect(rencai(['roster', EXAMPLE, '--year', '2014'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    // FORCE_COLOR is how a user asks for colour in a pipe: proof that the check above can fail.
    expect(rencai(['roster', EXAMPLE, '--year', '2014'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });

  it('prints only the roll-up with --summary', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--summary']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('陈院士');
    expect(run.stdout).toContain('按县区汇总');
  });

  it('speaks English with --lang en, on stdout and stderr', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--lang', 'en', '--summary']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('By payer');
    expect(run.stdout).toContain('City finance');
    expect(stderrLines(run)).toEqual(['rencai: 12 people computed, no rows rejected; 3 items have no amount (rent missing, employer-set …; outside the total, see the roll-up)']);
  });

  it('fills a missing rent rate from --rent-rates', () => {
    const withRates = json(['roster', EXAMPLE, '--year', '2014', '--rent-rates', `${FIXTURES}/rent-rates.csv`]).data;
    expect(withRates.rollup.uncomputed.byItem).toEqual({ talent_allowance: { employer_set: 2 } });
    // P010: flexible tier E, 80 m² × 9.00 yuan (水城区 in the file) = 720.00 a month, 2014-04 … 12 = 9 months = 6,480.00
    const p010 = withRates.people.find((person) => person.id === 'P010');
    expect(p010?.total).toBe('6480.00');
    expect(fen(withRates.rollup.total) - fen(data.rollup.total)).toBe(fen('6480.00'));
  });

  it('reads the same roster saved as GB18030 by Excel or WPS on Chinese Windows', () => {
    const utf8 = json(['roster', `${FIXTURES}/small-utf8.csv`, '--year', '2014']).data;
    const gb = json(['roster', `${FIXTURES}/small-gb18030.csv`, '--year', '2014']).data;
    expect(gb.people.map((person) => person.name)).toEqual(['林千人', '钱博士', '冯柔性']);
    expect(gb).toEqual(utf8);
  });

  it('reads the roster from standard input when the file is -', () => {
    const run = rencai(['roster', '-', '--year', '2014', '--format', 'json'], { input: readFileSync(join(ROOT, EXAMPLE)) });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as RosterJson).rollup.total).toBe(data.rollup.total);
  });
});

describe('a roster with bad rows', () => {
  const { data, run } = json(['roster', `${FIXTURES}/bad-rows.csv`, '--year', '2014']);

  it('exits 1 and still computes and prints every other row', () => {
    expect(run.status).toBe(1);
    expect(data.people.map((person) => person.id)).toEqual(['P001', 'P003', 'P006']);
    expect(data.summary).toEqual({ computed: 3, rejected: 3, declined: 0 });
    expect(sumYuan(Object.values(data.rollup.byPayer))).toBe(fen(data.rollup.total));
  });

  it('lists each rejected row with its line and column', () => {
    expect(data.rejected.map((entry) => [entry.row, entry.id, entry.errors[0]?.column])).toEqual([
      [3, 'P002', 'education'],
      [5, 'P004', 'start'],
      [6, 'P005', 'fiscal_share'],
    ]);
  });

  it('names line, id and column of each rejected row on stderr, in Chinese', () => {
    const lines = stderrLines(run);
    expect(lines[0]).toBe('rencai: 已计算 3 人，拒绝 3 行：');
    expect(lines[1]).toMatch(/^rencai: {3}第3行 P002 学历：.*硕博/);
    expect(lines[2]).toMatch(/^rencai: {3}第5行 P004 起始年月：/);
    expect(lines[3]).toMatch(/^rencai: {3}第6行 P005 财政拨款比例：/);
  });

  it('neutralises the formulas a roster plants in CSV cells', () => {
    const csv = rencai(['roster', `${FIXTURES}/bad-rows.csv`, '--year', '2014', '--format', 'csv']);
    expect(csv.status).toBe(1);
    const rows = parseCsv(csv.stdout);
    const header = rows[0] ?? [];
    const p003 = rows.find((row) => row[1] === 'P003') ?? [];
    const p006 = rows.find((row) => row[1] === 'P006') ?? [];
    expect(p003[header.indexOf('name')]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(p003[header.indexOf('department')]).toBe(`'=1+1`);
    expect(p006[header.indexOf('department')]).toBe(`'-cmd|calc`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('shows the rejected rows in the table too', () => {
    const table = rencai(['roster', `${FIXTURES}/bad-rows.csv`, '--year', '2014']);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain('被拒绝的行');
    expect(table.stdout).toContain('P004');
  });
});

describe('--output', () => {
  it('writes a complete CSV file with a BOM for Excel, leaves no temporary file, and prints nothing on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
    const target = join(dir, '结果.csv');
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--output', target]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['结果.csv']);
    const text = readFileSync(target, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const stdoutCsv = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'csv']).stdout;
    expect(text.slice(1)).toBe(stdoutCsv);
  });

  it('replaces an existing file only when the new one is complete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
    const target = join(dir, 'out.json');
    writeFileSync(target, 'previous');
    const failed = rencai(['roster', `${FIXTURES}/roster.xlsx`, '--year', '2014', '--format', 'json', '--output', target]);
    expect(failed.status).toBe(3);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    const done = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--output', target]);
    expect(done.status).toBe(0);
    expect((JSON.parse(readFileSync(target, 'utf8')) as RosterJson).people).toHaveLength(12);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('a large roster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
  const big = join(dir, 'big.csv');
  const example = readFileSync(join(ROOT, EXAMPLE), 'utf8').trimEnd().split('\n');
  const [header = '', ...body] = example;
  const copies = 250; // 250 × 12 = 3,000 people
  const lines = [header];
  for (let copy = 0; copy < copies; copy += 1) for (const line of body) lines.push(line.replace(/^P/, `C${copy}-P`));
  writeFileSync(big, `${lines.join('\n')}\n`);

  it('streams 3,000 people into valid JSON whose roll-up is the example\'s times 250', () => {
    const small = json(['roster', EXAMPLE, '--year', '2014']).data;
    const { data, run } = json(['roster', big, '--year', '2014']);
    expect(run.status).toBe(0);
    expect(data.people).toHaveLength(3000);
    expect(fen(data.rollup.total)).toBe(fen(small.rollup.total) * copies);
    expect(sumYuan(Object.values(data.rollup.byPayer))).toBe(fen(data.rollup.total));
  });

  it('draws no progress line when stderr is not a terminal: only the summary reaches it', () => {
    const run = rencai(['roster', big, '--year', '2014', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/[\r\x1b]/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('ends quietly when the reader closes the pipe early (| head)', () => {
    const errors = join(dir, 'stderr.txt');
    const script = `"${process.execPath}" "${BIN}" roster "${big}" --year 2014 --format json 2>"${errors}" | head -c 300 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(errors, 'utf8')).toBe('');
  });
});

describe('grants, ranges and tax expenditures from the claim columns', () => {
  const { data, run } = json(['roster', `${FIXTURES}/grants.csv`, '--year', '2014']);
  const rollup = data.rollup as RosterJson['rollup'] & { tax: { byItem: Record<string, string>; byPayer: Record<string, string>; total: string } };

  it('keeps tax expenditures out of the cash total and reports them beside it', () => {
    expect(run.status).toBe(0);
    // Tax: G2's SME deduction, 4,800.00 a year. G3's income-tax return (20,000.00, the roster's amount) is
    // 作为政府支出 (§15): a cash outlay of city finance, in the cash total, not in the tax section.
    expect(rollup.tax.byItem).toEqual({ graduate_tax_deduction: '4800.00' });
    expect(rollup.tax.total).toBe('4800.00');
    expect(sumYuan(Object.values(rollup.tax.byPayer))).toBe(fen('4800.00'));
    expect(rollup.byItem.income_tax_return).toBe('20000.00');
    expect(sumYuan(data.people.map((person) => person.total))).toBe(fen(rollup.total));
    expect(sumYuan(Object.values(rollup.byPayer))).toBe(fen(rollup.total));
  });

  it('lists a ranged grant and an amount the roster did not give as not computed', () => {
    expect(rollup.uncomputed.byItem).toEqual({ research_startup: { range: 1 }, graduate_social_insurance: { amount_missing: 1 } });
  });

  it('counts a ranged grant at its midpoint with --range mid', () => {
    const mid = json(['roster', `${FIXTURES}/grants.csv`, '--year', '2014', '--range', 'mid']).data;
    // research start-up for G1: (1,000,000.00 + 5,000,000.00) / 2 = 3,000,000.00, added to the cash total
    expect(mid.rollup.byItem.research_startup).toBe('3000000.00');
    expect(fen(mid.rollup.total) - fen(rollup.total)).toBe(fen('3000000.00'));
  });

  it('puts tax amounts in the CSV tax_amount column, so amount still sums to the cash total', () => {
    const csv = rencai(['roster', `${FIXTURES}/grants.csv`, '--year', '2014', '--format', 'csv']);
    expect(csvAmountTotal(csv.stdout)).toBe(fen(rollup.total));
    const [header = [], ...rows] = parseCsv(csv.stdout);
    const taxColumn = header.indexOf('tax_amount');
    expect(sumYuan(rows.map((row) => row[taxColumn] ?? '').filter((cell) => cell !== ''))).toBe(fen(rollup.tax.total));
  });
});
