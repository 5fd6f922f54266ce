// The command line as users and scripts meet it: help, exit statuses and one-line errors.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, FIXTURES, rencai, requireBuild, stderrLines, type Run } from './helpers.js';

beforeAll(requireBuild);

/** A user error: nothing on stdout, `rencai: ` lines on stderr, no stack trace. */
function expectUserError(run: Run, status: number): void {
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  const lines = stderrLines(run);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^rencai: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

describe('help and version', () => {
  it('prints the Chinese help with examples and the exit statuses, and exits 0', () => {
    const run = rencai(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('用法');
    expect(run.stdout).toContain('示例');
    expect(run.stdout).toContain('rencai roster data/examples/roster.csv --year 2014');
    expect(run.stdout).toContain('退出状态');
  });

  it('prints every option of the roster command with examples', () => {
    const run = rencai(['roster', '--help']);
    expect(run.status).toBe(0);
    for (const option of ['--year', '--format', '--output', '--encoding', '--rent-rates', '--policy', '--header', '--summary', '--lang']) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain('示例');
  });

  it('prints the help in English with --lang en', () => {
    const run = rencai(['--lang', 'en', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).not.toContain('示例');
  });

  it('prints the version from package.json', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    const run = rencai(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('prints the help on stderr and exits 2 when no command is given', () => {
    const run = rencai([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('用法');
  });
});

describe('a bad command line exits 2 with one line in Chinese', () => {
  it.each([
    [['roster', EXAMPLE, '--year', '2014', '--yaer', '2014'], '未知选项 --yaer'],
    [['roster', EXAMPLE], '缺少 --year'],
    [['roster', EXAMPLE, '--year', '20x4'], '20x4'],
    [['roster', EXAMPLE, '--year', '1899'], '1900 至 2200'],
    [['roster', EXAMPLE, '--year', '2201'], '1900 至 2200'],
    [['roster', EXAMPLE, '--year', '2014.5'], '整数年份'],
    [['roster', EXAMPLE, '--year', '2014', '--format', 'xml'], '--format 只能是 table、json、jsonl、csv、html'],
    [['roster', EXAMPLE, '--year', '2014', '--encoding', 'latin1'], '--encoding'],
    [['roster', EXAMPLE, '--year', '2014', '--lang', 'fr'], '--lang'],
    [['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--summary'], '--summary'],
    [['roster', EXAMPLE, '--year', '2014', '--header', 'zh'], '--header'],
    [['roster', EXAMPLE, '--year', '2014', '--policy', 'lps-1999'], '--policy 只能是 lps-2013'],
    [['roster', '--year', '2014'], '缺少参数'],
    [['frobnicate'], '未知命令'],
    // An empty file name was refused with zod's English sentence; every command now says it like commander does.
    [['roster', EXAMPLE, '--year', '2014', '--output', ''], '选项 --output 缺少取值'],
    [['units', 'data/examples/units.csv', '--year', '2014', '--policy', ''], '选项 --policy 缺少取值'],
    [['compare', EXAMPLE, '--year', '2014', '--scenario', ''], '选项 --scenario 缺少取值'],
    [['template', '--output', ''], '选项 --output 缺少取值'],
  ])('rencai %j', (args, expected) => {
    const run = rencai(args);
    expectUserError(run, 2);
    expect(stderrLines(run)).toHaveLength(1);
    expect(run.stderr).toContain(expected);
  });

  it('says it in English with --lang en', () => {
    const run = rencai(['roster', EXAMPLE, '--lang', 'en']);
    expectUserError(run, 2);
    expect(run.stderr).toContain('missing --year');
  });

  it('lists every bad option of compare, one line each, as roster does', () => {
    const run = rencai(['compare', EXAMPLE, '--year', '2016-2014', '--format', 'xml', '--lang', 'en']);
    expectUserError(run, 2);
    expect(stderrLines(run)).toHaveLength(2);
    expect(run.stderr).toContain('--format must be one of table, json, csv, not "xml"');
    expect(run.stderr).toContain('from the earlier year to the later');
  });
});

describe('a roster that cannot be read exits 3', () => {
  it('names a missing file', () => {
    const run = rencai(['roster', 'no-such-roster.csv', '--year', '2014']);
    expectUserError(run, 3);
    expect(run.stderr).toContain('no-such-roster.csv');
  });

  it('refuses a directory', () => {
    expectUserError(rencai(['roster', FIXTURES, '--year', '2014']), 3);
  });

  it('explains that a workbook must be saved as CSV', () => {
    const run = rencai(['roster', `${FIXTURES}/roster.xlsx`, '--year', '2014']);
    expectUserError(run, 3);
    expect(run.stderr).toContain('CSV');
  });
});

describe('invalid policy or rate data exits 4', () => {
  it('names the rent-rates file and the bad entry, one line each', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--rent-rates', `${FIXTURES}/bad-rent-rates.json`]);
    expectUserError(run, 4);
    expect(run.stderr).toContain('bad-rent-rates.json');
    expect(run.stderr).toContain('nowhere');
  });

  it('refuses a missing rent-rates file', () => {
    expectUserError(rencai(['roster', EXAMPLE, '--year', '2014', '--rent-rates', `${FIXTURES}/none.json`]), 4);
  });

});

describe('an output file that cannot be written exits 5 and leaves nothing behind', () => {
  it('reports a missing directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
    const target = join(dir, 'missing', 'out.json');
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--output', target]);
    expectUserError(run, 5);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to replace a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--output', dir]);
    expectUserError(run, 5);
    expect(readdirSync(dir)).toEqual([]);
  });
});
