// Policy data validated fully: a date that is no day, an amount the engine cannot read, a repeated id
// are each refused when the data is loaded (exit 4), naming the file and the field, one line per
// problem; never an item that silently drops out or an internal error. Edits are made with the
// loader's overlay (what a what-if scenario uses), so each test changes exactly one field.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataFileError, readDataFile } from '../../src/policy/data-dir.js';
import { loadPolicy } from '../../src/policy/load.js';
import { readingsSchema } from '../../src/policy/schemas.js';
import { EXAMPLE, ROOT, rencai } from '../e2e/helpers.js';
import { itemOf } from './item-of.js';

type Json = Record<string, unknown> & { lines?: Record<string, unknown>[] };

/** Loads the 2013 policy with one change to one file's raw JSON; the DataFileError it throws. */
function refusal(file: string, change: (raw: Json) => void): DataFileError {
  const overlay = (name: string, raw: unknown) => {
    if (name !== file) return raw;
    const copy = structuredClone(raw) as Json;
    change(copy);
    return copy;
  };
  try {
    loadPolicy({ year: 2014, overlay });
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('the policy loaded');
}

describe('dates, amounts and ids in the policy data', () => {
  test.each(['2013-13-45', '2013-02-29', '2014-00-10', '2013-04-31'])('refuses the effective date %s, which is no day of the calendar', (date) => {
    const error = refusal('items/talent_allowance.json', (raw) => {
      raw.effective = date;
    });
    expect(error.file).toBe('data/policies/lps-2013/items/talent_allowance.json');
    expect(error.details).toEqual(['effective: 不是日历上的日期，月应为 01–12，日不超过当月天数（not a day of the calendar）']);
  });

  test('takes 2016-02-29, a leap day, as a date', () => {
    const overlay = (name: string, raw: unknown) => (name === 'items/talent_allowance.json' ? { ...(raw as Json), effective: '2016-02-29' } : raw);
    expect(itemOf(loadPolicy({ year: 2017, overlay }), 'talent_allowance', 'monthly_highest_line').effective).toBe('2016-02-29');
  });

  test('refuses a 21-digit amount, which the engine could not read exactly', () => {
    const error = refusal('items/talent_allowance.json', (raw) => {
      raw.lines![0]!.monthly = '123456789012345678901';
    });
    expect(error.details).toEqual(['lines.0.monthly: 金额过大，连同小数最多 13 位数字（at most 13 digits in all）']);
  });

  test('takes the largest amount it reads: 13 digits with the fen (99,999,999,999.99 yuan)', () => {
    const overlay = (name: string, raw: unknown) => {
      if (name !== 'items/talent_allowance.json') return raw;
      const copy = structuredClone(raw) as Json;
      copy.lines![0]!.monthly = '99999999999.99';
      return copy;
    };
    expect(itemOf(loadPolicy({ year: 2014, overlay }), 'talent_allowance', 'monthly_highest_line').lines[0]!.monthly).toBe(9_999_999_999_999);
  });

  test('refuses two allowance lines with one id, naming both places, and every problem on its own line', () => {
    const error = refusal('items/talent_allowance.json', (raw) => {
      raw.lines![1]!.id = raw.lines![0]!.id;
      raw.lines![2]!.monthly = '99999999999999'; // 14 digits
    });
    const id = String(JSON.parse(readFileSync(join(ROOT, 'data/policies/lps-2013/items/talent_allowance.json'), 'utf8')).lines[0].id);
    expect(error.details).toEqual([
      'lines.2.monthly: 金额过大，连同小数最多 13 位数字（at most 13 digits in all）',
      `lines.1: id “${id}”与第 0 项重复（duplicate id "${id}", first at index 0）`,
    ]);
  });

  test('refuses a reading id given twice', () => {
    const error = refusal('readings.json', (raw) => {
      const readings = raw.readings as Record<string, unknown>[];
      readings.push({ ...readings[0]! });
    });
    expect(error.details).toHaveLength(1);
    expect(error.details[0]).toMatch(/^readings\.\d+: id “.+”与第 0 项重复/);
  });
});

describe('the text of a data file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-data-'));
  const readings = JSON.parse(readFileSync(join(ROOT, 'data/policies/lps-2013/readings.json'), 'utf8'));

  test('reads a file that starts with a byte order mark (Notepad writes one)', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF${JSON.stringify(readings, null, 2)}`);
    expect(readDataFile(path, readingsSchema).readings.length).toBe(readings.readings.length);
  });

  test('shows a broken file in one line per problem: the line breaks JSON.parse quotes are escaped', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{\n  "readings": [\n    oops\n  ]\n}\n');
    let error: unknown;
    try {
      readDataFile(path, readingsSchema);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataFileError);
    const details = (error as DataFileError).details;
    expect(details).toHaveLength(1);
    expect(details[0]).not.toMatch(/[\n\r]/);
    expect(details[0]).not.toBe('');
  });
});

describe('a broken data file outside the policy editions is a data error (exit 4), never an internal one', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'rencai-data-dir-'));
  const dataDir = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });

  test('data/codes.json cut short: roster, template and check say which file and why', () => {
    writeFileSync(join(dataDir, 'codes.json'), '{"columns": [');
    for (const args of [['roster', EXAMPLE, '--year', '2014'], ['template']]) {
      const run = rencai(args, { env: { RENCAI_DATA_DIR: dataDir } });
      expect(run.status, args[0]).toBe(4);
      expect(run.stderr, args[0]).toMatch(/^rencai: 数据文件 data\/codes\.json 有误：\nrencai: {3}\S/);
      expect(run.stderr).not.toContain('内部错误');
    }
    cpSync(join(ROOT, 'data', 'codes.json'), join(dataDir, 'codes.json'));
  }, 30_000); // two runs of the CLI, on a shared machine

  test('data/near-misses.json cut short: check says which file and why', () => {
    writeFileSync(join(dataDir, 'near-misses.json'), '{"rules": [');
    const answers = join(scratch, 'person.json');
    writeFileSync(answers, JSON.stringify({ id: 'P7', education: '博士研究生', degree: '博士', title: '副高级', intro_mode: '直接引进', employer_type: '国有企业', employer_level: '县级', county: '六枝特区', work_level: '乡镇', base_salary: '4500', start: '2014-04' }));
    const run = rencai(['check', '--year', '2014', '--answers', answers], { env: { RENCAI_DATA_DIR: dataDir } });
    expect(run.status).toBe(4);
    expect(run.stderr).toMatch(/^rencai: 数据文件 data\/near-misses\.json 有误：\nrencai: {3}\S/);
    cpSync(join(ROOT, 'data', 'near-misses.json'), join(dataDir, 'near-misses.json'));
  }, 30_000);
});
