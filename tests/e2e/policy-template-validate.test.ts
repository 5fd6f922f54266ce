import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_ROSTER, rencai } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-e2e-tv-'));

describe('rencai policy', () => {
  test('an item lists its lines with amounts, its readings, and the text of its clause', () => {
    const run = rencai(['policy', 'talent_allowance']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/doctor_enterprise_institution\s+800\.00 元\/月  在企事业单位工作的具有学历学位的博士/);
    expect(run.stdout).toContain('[解读 enterprise_institution_is_not_organ §17]');
    expect(run.stdout).toContain('17、人才津补贴政策。');
    expect(run.stdout).toContain('在企事业单位工作的具有学历学位的博士每月补贴800元');
  });

  test('the tables that are not items: tiers and payers under their own headings, the shared conditions, the §22 fund', () => {
    expect(rencai(['policy', 'tiers']).stdout).toContain('人才层次（§16、§17，2013-08-02 起）：');
    expect(rencai(['policy', 'payers']).stdout).toContain('数据摘录：在党政机关或财政全额拨款事业单位工作的');
    expect(rencai(['policy', 'conditions']).stdout).toMatch(/works_at_county_or_below\s+§17\s+在县（特区、区）及以下工作  \[解读 place_of_work_not_employer §17\]/);
    const fund = rencai(['policy', 'fund', '--lang', 'en']);
    expect(fund.status).toBe(0);
    expect(fund.stdout).toContain('share 0.03  budget years 2013–2015  city finance, county finance');
    expect(JSON.parse(rencai(['policy', 'fund', '--format', 'json']).stdout).fund).toMatchObject({ clause: '§22', firstYear: 2013, lastYear: 2015 });
  });

  test('tier amounts of the purchase subsidy, grouped', () => {
    expect(rencai(['policy', 'housing_purchase']).stdout).toMatch(/A\s+1,200,000\.00 元  两院院士/);
  });

  test('in English the labels are English and the clause text is Chinese, and it says so', () => {
    const run = rencai(['policy', 'talent_allowance', '--lang', 'en']);
    expect(run.stdout).toContain('Doctor working in an enterprise or public institution');
    expect(run.stdout).toContain('Clause text in the original Chinese');
    expect(run.stdout).toContain('17、人才津补贴政策');
  });

  test('a clause by number, and JSON', () => {
    const clause = rencai(['policy', '§16', '--format', 'json']);
    const json = JSON.parse(clause.stdout);
    expect(json.clauses[0].text).toMatch(/^16、引进人才住房政策/);
    expect(json.items).toEqual(['housing_purchase', 'housing_rent_flexible', 'graduate_rent']);
  });

  test('an unknown topic or article is a usage error listing what exists', () => {
    const unknown = rencai(['policy', 'phd_allowance']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('talent_allowance');
    expect(rencai(['policy', '§99']).status).toBe(2);
  });
});

describe('rencai template and rencai validate', () => {
  test('the template is UTF-8 with a BOM, Chinese headers and one example row', () => {
    const run = rencai(['template']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\uFEFF编号,姓名,人才称号,学历,学位')).toBe(true);
    expect(run.stdout.trim().split(/\r?\n/)).toHaveLength(2);
    expect(run.stdout).toContain('示例行-请删除,张三,,博士研究生,博士');
  });

  test('--lang en writes the English keys and codes, --output a file', () => {
    const path = join(scratch, 'template.csv');
    expect(rencai(['template', '--lang', 'en', '--output', path]).status).toBe(0);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFid,name,honors,education')).toBe(true);
    expect(text).toContain('EXAMPLE-delete-this-row,张三,,doctor,doctor');
    expect(text).not.toContain('示例');
  });

  test('the example row of the template is refused with a sentence saying to delete it, in both languages', { timeout: 30_000 }, () => {
    const path = join(scratch, 'zh.csv');
    rencai(['template', '--output', path]);
    const run = rencai(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('模板自带的示例行');
    expect(run.stdout).toContain('请删除这一行');
    const en = join(scratch, 'en.csv');
    rencai(['template', '--lang', 'en', '--output', en]);
    const json = JSON.parse(rencai(['validate', en, '--format', 'json']).stdout);
    expect(json.rejected[0].errors[0].message).toContain('这是模板自带的示例行');
  });

  test('the example row with a real id computes (tier E doctor: 180,000 purchase subsidy, §16)', { timeout: 30_000 }, () => {
    const path = join(scratch, 'zh.csv');
    rencai(['template', '--output', path]);
    writeFileSync(path, readFileSync(path, 'utf8').replace('示例行-请删除', 'P001'));
    expect(rencai(['validate', path]).status).toBe(0);
    const roster = JSON.parse(rencai(['roster', path, '--year', '2014', '--format', 'json']).stdout);
    expect(roster.people[0].items.find((item: { item: string }) => item.item === 'housing_purchase').amount).toBe('180000.00');
  });

  test('validate reports rejected rows with line and column, exit 1, and computes nothing', () => {
    const path = join(scratch, 'bad.csv');
    writeFileSync(path, 'id,education,intro_mode,employer_type,employer_level,work_level,start\nX1,phd,direct,organ,city,city,2014-01\nX2,doctor,direct,organ,city,city,2014-01\n');
    const run = rencai(['validate', path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/第2行 X1 学历：“学历”填的是“phd”/);
    const json = JSON.parse(rencai(['validate', path, '--format', 'json']).stdout);
    expect(json).toMatchObject({ rows: 2, valid: 1, rejected: [{ row: 2, id: 'X1' }] });
    expect(json).not.toHaveProperty('rollup');
  });

  test('the example roster validates', () => {
    expect(rencai(['validate', EXAMPLE_ROSTER]).status).toBe(0);
  });
});
