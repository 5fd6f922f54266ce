// --year over a range (#17), counted rows (人数) and several --people files: the range is its single
// years added, a row of n is n rows of one, a cohort is paid from the month it arrives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const PLAN = 'data/examples/plan-2014-2015.csv';

interface Rollup {
  byPayer: Record<string, string>;
  byItem: Record<string, string>;
  byCounty: Record<string, string>;
  total: string;
  tax: { byPayer: Record<string, string>; byItem: Record<string, string>; total: string };
  people?: number;
}

interface BudgetJson {
  years?: number[];
  rollup: Rollup;
  rollupByYear?: Record<string, Rollup>;
  people?: { id: string; count?: number; total: string; perHead?: { total: string }; items: { item: string; year?: number; months: number | null; amount: string | null; perHead?: { amount: string | null } }[] }[];
  rejected: { file?: string; row: number; errors: { column: string; message: string }[] }[];
}

function json(args: string[]): BudgetJson {
  const run = rencai([...args, '--format', 'json']);
  expect(run.stderr).not.toMatch(/内部错误|internal error/);
  return JSON.parse(run.stdout) as BudgetJson;
}

/** The sums a year's own run and the range's entry for it must share, to the fen. */
const sums = (rollup: Rollup) => ({ byPayer: rollup.byPayer, byItem: rollup.byItem, byCounty: rollup.byCounty, total: rollup.total, tax: rollup.tax });

const fenOf = (text: string) => Math.round(Number(text) * 100);

describe('a range of budget years', () => {
  test('every year of 2014-2016 equals its own single-year run to the fen, payer by payer, item by item, county by county', () => {
    const people = ['--people', EXAMPLE, '--people', PLAN];
    const range = json(['budget', ...people, '--year', '2014-2016']);
    expect(range.years).toEqual([2014, 2015, 2016]);
    for (const year of [2014, 2015, 2016]) {
      const single = json(['budget', ...people, '--year', String(year)]);
      expect(sums(range.rollupByYear![String(year)]!)).toEqual(sums(single.rollup));
    }
    // The range's total is the three years added: each payer too.
    for (const [payer, amount] of Object.entries(range.rollup.byPayer)) {
      const added = [2014, 2015, 2016].reduce((sum, year) => sum + fenOf(range.rollupByYear![String(year)]!.byPayer[payer] ?? '0'), 0);
      expect(fenOf(amount)).toBe(added);
    }
  });

  test('a single year prints no years, no rollupByYear and no item year, as before ranges existed', () => {
    const single = json(['roster', EXAMPLE, '--year', '2014']);
    expect(single.years).toBeUndefined();
    expect(single.rollupByYear).toBeUndefined();
    expect(single.people!.flatMap((person) => person.items).some((item) => item.year !== undefined)).toBe(false);
  });

  test('roster over a range lists each item with its year, and the CSV gains a year column', () => {
    const range = json(['roster', EXAMPLE, '--year', '2014-2015']);
    const years = new Set(range.people!.flatMap((person) => person.items.map((item) => item.year)));
    expect([...years].sort()).toEqual([2014, 2015]);
    const csv = rencai(['roster', EXAMPLE, '--year', '2014-2015', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toContain(',tax_amount,year,');
  });

  test('a cohort arriving in March 2015 is paid nothing in 2014 and 10 months of allowance in 2015', () => {
    // PL-L15: five tier-B leading talents from 2015-03; §17 tier B allowance for March–December = 10 months.
    const range = json(['roster', PLAN, '--year', '2014-2015']);
    const cohort = range.people!.find((person) => person.id === 'PL-L15')!;
    expect(cohort.items.filter((item) => item.year === 2014 && item.amount !== null && item.amount !== '0.00')).toEqual([]);
    const allowance = cohort.items.find((item) => item.year === 2015 && item.item === 'talent_allowance')!;
    expect(allowance.months).toBe(10);
  });

  test('the table of a five-year range keeps every line within 120 terminal columns (a common terminal width) and names each year', () => {
    const run = rencai(['budget', '--people', EXAMPLE, '--people', PLAN, '--year', '2014-2018']);
    expect(run.status).toBe(0);
    for (const year of [2014, 2015, 2016, 2017, 2018]) expect(run.stdout).toContain(`${year}年`);
    expect(run.stdout).toContain('2014—2018合计');
    // CJK ideographs and full-width forms take two columns; box drawing and the dash one.
    const width = (line: string) => [...line].reduce((sum, char) => sum + (/[\u3000-\u9FFF\uFF00-\uFF60]/.test(char) ? 2 : 1), 0);
    // The widest: 水城区（水城县）财政 (20) and six amounts up to 110,567,200.00, two spaces apart.
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => /\d{4}年/.test(line)).length).toBeGreaterThanOrEqual(3);
    // The lines of amounts (the prose notes under the tables wrap as the terminal wraps them).
    const amountLines = lines.filter((line) => /\d\.\d\d(\s|$)/.test(line));
    expect(amountLines.length).toBeGreaterThan(15);
    for (const line of amountLines) expect(width(line)).toBeLessThanOrEqual(120);
  });

  test('compare over 2014-2015 prints each year\'s difference, each equal to that year\'s own compare', () => {
    const scenario = ['--scenario', 'data/examples/scenario-phd.json'];
    const range = JSON.parse(rencai(['compare', EXAMPLE, '--year', '2014-2015', ...scenario, '--format', 'json']).stdout) as { years: number[]; byYear: Record<string, { difference: unknown }> };
    expect(range.years).toEqual([2014, 2015]);
    for (const year of [2014, 2015]) {
      const single = JSON.parse(rencai(['compare', EXAMPLE, '--year', String(year), ...scenario, '--format', 'json']).stdout) as { difference: unknown };
      expect(range.byYear[String(year)]!.difference).toEqual(single.difference);
    }
  });
});

describe('bad ranges are usage errors (exit 2) with a sentence', () => {
  test.each([
    ['2015-2013', '从早到晚'],
    ['2014-20x6', '整数年份'],
    ['abc', '整数年份'],
    ['1899-2014', '1900 至 2200'],
  ])('--year %s', (year, words) => {
    const run = rencai(['budget', '--people', EXAMPLE, '--year', year]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stdout).toBe('');
  });

  test('in English with --lang en', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2015-2013', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('from the earlier year to the later');
  });

  test('a range beyond the editions is priced by the latest edition, not refused: 2013-2030 runs', () => {
    expect(rencai(['budget', '--people', EXAMPLE, '--year', '2013-2030', '--format', 'csv']).status).toBe(0);
  });

  test('commands that price one year refuse a range', () => {
    const run = rencai(['explain', EXAMPLE, 'P001', '--year', '2014-2015']);
    expect(run.status).toBe(2);
  });
});

describe('counted rows (人数)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-count-'));
  const [header, , p002] = readFileSync(EXAMPLE, 'utf8').split(/\r?\n/);
  const counted = join(dir, 'counted.csv');
  const expanded = join(dir, 'expanded.csv');
  writeFileSync(counted, `${header},人数\n${p002},3\n`);
  writeFileSync(expanded, [header, p002, p002!.replace('P002', 'P002b'), p002!.replace('P002', 'P002c')].join('\n') + '\n');

  test('a row of 3 equals three rows of 1 to the fen, payer splits included, over a range too', () => {
    for (const year of ['2014', '2014-2016']) {
      const one = json(['budget', '--people', counted, '--year', year]);
      const three = json(['budget', '--people', expanded, '--year', year]);
      expect(sums(one.rollup)).toEqual(sums(three.rollup));
      expect(one.rollup.people).toBe(3);
    }
  });

  test('the person carries count and per-head amounts: P002 2014 is 600,000 + 12 × 6,000 = 672,000 a head, 2,016,000 for 3', () => {
    // §16 B 类购房补贴 600,000；§17 B 类津贴 6,000 元/月 × 12 (from 2014-01).
    const person = json(['roster', counted, '--year', '2014']).people![0]!;
    expect(person.count).toBe(3);
    expect(person.perHead?.total).toBe('672000.00');
    expect(person.total).toBe('2016000.00');
    expect(person.items.every((item) => item.perHead !== undefined)).toBe(true);
  });

  test.each([['0'], ['2.5'], ['-1'], ['三']])('人数 %s is rejected with its line, column and a sentence', (value) => {
    const bad = join(dir, `bad-${value}.csv`);
    writeFileSync(bad, `${header},人数\n${p002},${value}\n`);
    const run = rencai(['roster', bad, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout) as BudgetJson;
    expect(output.rejected[0]!.row).toBe(2);
    expect(output.rejected[0]!.errors[0]!.column).toBe('count');
    expect(output.rejected[0]!.errors[0]!.message).toContain('不小于 1 的整数');
  });

  test('with several --people files a rejected row names its file', () => {
    const bad = join(dir, 'bad-file.csv');
    writeFileSync(bad, `${header},人数\n${p002},0\n`);
    const run = rencai(['budget', '--people', EXAMPLE, '--people', bad, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as BudgetJson).rejected[0]!.file).toBe(bad);
    expect(run.stderr).toContain(bad);
  });
});
