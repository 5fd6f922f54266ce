import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBundledRoster, parseAnswers, parseRecord } from '../bundled-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'rencai-answers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answers = {
  id: 'P042',
  name: '张三',
  honors: ['长江学者', 'nsfc_young', '杰青'],
  education: '博士研究生',
  degree: 'doctor',
  intro_mode: 'direct',
  employer_type: 'inst_partial',
  fiscal_share: 0.65,
  employer_level: 'county',
  county: '六枝特区',
  work_level: 'township',
  housing_reform: false,
  base_salary: 3200.5,
  start: '2014-03',
  end: '2016-12-31',
  rent_per_m2: 8.5,
};

describe('parsePersonAnswers', () => {
  it('gives the same Person as the equivalent roster row', async () => {
    const path = join(dir, 'one.csv');
    writeFileSync(
      path,
      'id,name,honors,education,degree,intro_mode,employer_type,fiscal_share,employer_level,county,work_level,housing_reform,base_salary,start,end,rent_per_m2\n' +
        'P042,张三,长江学者;nsfc_young;杰青,博士研究生,doctor,direct,inst_partial,0.65,county,六枝特区,township,否,3200.5,2014-03,2016-12-31,8.5\n',
    );
    const roster = await openBundledRoster(path);
    const rows = [];
    for await (const row of roster.rows) rows.push(row);
    expect(rows[0]?.kind).toBe('person');
    const fromRow = rows[0]?.kind === 'person' ? rows[0].person : null;
    const fromAnswers = parseAnswers(answers);
    expect(fromAnswers).toEqual({ ok: true, person: fromRow });
    expect(fromRow).toMatchObject({ honors: ['changjiang', 'nsfc_young'], base_salary: 320050, fiscal_share: { numerator: 65, denominator: 100 } });
  });

  it('accepts numbers as text too, true/false for yes/no, a whole-number id and null for not given', () => {
    const result = parseAnswers({ ...answers, id: 42, base_salary: '3200.50', fiscal_share: '0.65', fresh_graduate: null, housing_reform: true, name: null });
    expect(result).toMatchObject({ ok: true, person: { id: '42', base_salary: 320050, housing_reform: true, fresh_graduate: false, name: null } });
  });

  it('accepts the Chinese headers as keys', () => {
    const result = parseAnswers({ 编号: 'P1', 引进方式: '直接引进', 单位性质: '机关', 单位层级: '市级', 工作地层级: '市级', 起始年月: '2014年3月' });
    expect(result).toMatchObject({ ok: true, person: { id: 'P1', employer_type: 'organ', start: 2014 * 12 + 2 } });
  });

  it('refuses unknown keys, naming each one', () => {
    const result = parseAnswers({ ...answers, salary: 1, 备注: 'x' });
    expect(result).toMatchObject({ ok: false, id: 'P042' });
    expect(!result.ok && result.errors.map((e) => e.column)).toEqual(['salary', '备注']);
    expect(!result.ok && result.errors[0]?.message).toContain('“salary”不是花名册的列名');
  });

  it('refuses the same answer given twice under two names', () => {
    const result = parseAnswers({ ...answers, 学历: '博士' });
    expect(!result.ok && result.errors).toEqual([{ column: 'education', message: expect.stringContaining('“education”和“学历”是同一项') }]);
  });

  it('refuses values of the wrong JSON type, without also calling them missing', () => {
    const result = parseAnswers({ ...answers, intro_mode: 1, honors: { a: 1 }, base_salary: [3200], housing_reform: 2 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.column)).toEqual(['honors', 'intro_mode', 'housing_reform', 'base_salary']);
    expect(!result.ok && result.errors.find((e) => e.column === 'intro_mode')?.message).toContain('类型不对');
  });

  it('refuses numbers that are not exact decimals, showing them as written', () => {
    const result = parseAnswers({ ...answers, base_salary: 1e21, fiscal_share: -0.1 });
    expect(!result.ok && result.errors.map((e) => [e.column, e.message.includes('1e+21') || e.message.includes('-0.1')])).toEqual([
      ['base_salary', true],
      ['fiscal_share', true],
    ]);
  });

  it('takes the honours newly won as a list, as it takes the honours: the same person as the roster cell written with 、', () => {
    const person = { id: 'P1', intro_mode: 'direct', employer_type: 'organ', employer_level: 'city', work_level: 'city', start: '2014-03', grant_month: '2014-05' };
    const fromCell = parseRecord({ ...person, new_honors: '长江学者、nsfc_young' });
    expect(fromCell.ok && fromCell.person.claims?.new_honors).toEqual(['changjiang', 'nsfc_young']);
    expect(parseAnswers({ ...person, new_honors: ['长江学者', 'nsfc_young'] })).toEqual(fromCell);
    // An empty list is no honour newly won, as an empty cell is: the row has no claims at all.
    expect(parseAnswers({ ...person, new_honors: [] })).toEqual(parseRecord(person));
  });

  it('reads each part of an honours list as a whole label and names the one it does not know under its own column', () => {
    const person = { id: 'P1', intro_mode: 'direct', employer_type: 'organ', employer_level: 'city', work_level: 'city', start: '2014-03' };
    const parsed = parseAnswers({ ...person, new_honors: ['长江学者', '诺贝尔奖'] });
    expect(!parsed.ok && parsed.errors.map((error) => [error.column, error.message.includes('诺贝尔奖')])).toEqual([['new_honors', true]]);
    const wrongType = parseAnswers({ ...person, new_honors: [1, 2] });
    expect(!wrongType.ok && wrongType.errors.map((error) => error.column)).toEqual(['new_honors']);
  });

  it('refuses anything but an object', () => {
    for (const bad of [null, [], 'P1', 42]) {
      expect(parseAnswers(bad)).toEqual({ ok: false, id: null, errors: [{ column: '(行)', message: expect.stringContaining('JSON 对象') }] });
    }
  });

  it('applies the same row rules as a roster row', () => {
    const record = { id: 'P1', intro_mode: 'direct', employer_type: 'soe', employer_level: 'city', work_level: 'city', start: '2014-03', end: '2014-02', fresh_graduate: '是' };
    const fromRecord = parseRecord(record);
    expect(parseAnswers({ ...record, fresh_graduate: true })).toEqual(fromRecord);
    expect(!fromRecord.ok && fromRecord.errors.map((e) => e.column)).toEqual(['county', 'end']);
  });
});
