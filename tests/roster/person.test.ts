import { describe, expect, it } from 'vitest';
import { type PersonParse, type PersonRecord } from '../../src/roster/person.js';
import type { Person } from '../../src/engine/types.js';
import { parseRecord } from '../bundled-rules.js';

/** A valid city-level row; each test changes what it is about. */
const base: PersonRecord = {
  id: 'P001',
  intro_mode: 'direct',
  employer_type: 'inst_full',
  employer_level: 'city',
  work_level: 'city',
  start: '2014-03',
};

function person(changes: PersonRecord): Person {
  const result = parseRecord({ ...base, ...changes });
  if (!result.ok) throw new Error(`expected a person, got ${JSON.stringify(result.errors)}`);
  return result.person;
}

function errorsOf(changes: PersonRecord): { column: string; message: string }[] {
  const result: PersonParse = parseRecord({ ...base, ...changes });
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.person)}`);
  return result.errors;
}

const columns = (changes: PersonRecord) => errorsOf(changes).map((error) => error.column);

describe('a valid row', () => {
  it('becomes a Person with defaults for what is not given', () => {
    expect(person({})).toEqual({
      id: 'P001',
      name: null,
      honors: [],
      education: 'none',
      degree: 'none',
      title: 'none',
      skill: 'none',
      intro_mode: 'direct',
      employer_type: 'inst_full',
      fiscal_share: null,
      employer_level: 'city',
      county: null,
      work_level: 'city',
      housing_reform: false,
      base_salary: null,
      start: 2014 * 12 + 2,
      end: null,
      rent_per_m2: null,
      fresh_graduate: false,
    });
  });

  it('trims cells and treats a cell of spaces as not given', () => {
    const p = person({ id: '  P9 ', name: '  张三 ', education: ' ', county: '　钟山区　' });
    expect([p.id, p.name, p.education, p.county]).toEqual(['P9', '张三', 'none', 'zhongshan']);
  });
});

describe('code columns', () => {
  it('accept the code or any Chinese label, ignoring case', () => {
    const p = person({
      education: '博士研究生', degree: 'DOCTOR', title: '正高', skill: '高级技师', intro_mode: '柔性引进',
      employer_type: '财政差额拨款事业单位', fiscal_share: '0.5', employer_level: '县级', county: '盘县', work_level: '乡镇',
      base_salary: '3000',
    });
    expect([p.education, p.degree, p.title, p.skill, p.intro_mode, p.employer_type, p.employer_level, p.county, p.work_level]).toEqual([
      'doctor', 'doctor', 'senior', 'senior_technician', 'flexible', 'inst_partial', 'county', 'panzhou', 'township',
    ]);
  });

  it('accept a label typed with half-width brackets', () => {
    expect(person({ work_level: '乡镇(街道)', county: '水城', base_salary: '1' }).work_level).toBe('township');
  });

  it('refuse an unknown value, naming it and listing the codes with their labels', () => {
    const [error] = errorsOf({ education: '研究僧' });
    expect(error?.column).toBe('education');
    expect(error?.message).toContain('研究僧');
    expect(error?.message).toContain('博士研究生（doctor）');
    expect(error?.message).toContain('本科（bachelor）');
  });

  for (const key of ['intro_mode', 'employer_type', 'employer_level', 'work_level'] as const) {
    it(`require ${key}, with no guessing, and say what may be written`, () => {
      const errors = errorsOf({ [key]: '' });
      expect(errors.map((e) => e.column)).toContain(key);
      expect(errors.find((e) => e.column === key)?.message).toContain('不能为空');
    });
  }
});

describe('honors', () => {
  it('split on ; ； 、 and commas, each part a code or label, deduplicated in the vocabulary order', () => {
    const p = person({ honors: '杰青; changjiang、长江学者，博导,nsfc_young；' });
    expect(p.honors).toEqual(['changjiang', 'nsfc_young', 'doctoral_supervisor']);
  });

  it('read a label that contains slashes and quotes as one honour', () => {
    expect(person({ honors: '国家自然科学奖/技术发明奖/科技进步奖一等奖前2位完成人' }).honors).toEqual(['natl_award_first_top2']);
    expect(person({ honors: '国家“千人计划”入选者;"中华技能大奖"获得者' }).honors).toEqual(['thousand_talents', 'china_skill_award']);
  });

  it('read 无 as no honours', () => {
    expect(person({ honors: '无' }).honors).toEqual([]);
  });

  it('refuse unknown parts, listing every one given and where the allowed codes are', () => {
    const [error] = errorsOf({ honors: '长江学者;诺贝尔奖;菲尔兹奖' });
    expect(error?.column).toBe('honors');
    expect(error?.message).toContain('“诺贝尔奖”、“菲尔兹奖”');
    expect(error?.message).toContain('data/codes.json');
  });
});

describe('yes/no columns', () => {
  it('accept 是/否, yes/no, Y/N, true/false, 1/0 and default to no', () => {
    for (const yes of ['是', 'yes', 'Y', 'y', 'true', 'TRUE', '1']) expect(person({ housing_reform: yes }).housing_reform).toBe(true);
    for (const no of ['否', 'no', 'N', 'false', '0', '']) expect(person({ housing_reform: no }).housing_reform).toBe(false);
  });

  it('refuse anything else', () => {
    expect(columns({ housing_reform: '有' })).toEqual(['housing_reform']);
    expect(columns({ fresh_graduate: '2' })).toEqual(['fresh_graduate']);
  });
});

describe('money and decimals', () => {
  it('read base_salary in yuan with up to two decimals, exactly, into fen', () => {
    expect(person({ base_salary: '3200.57' }).base_salary).toBe(320057);
    expect(person({ base_salary: '0.1' }).base_salary).toBe(10);
    expect(person({ base_salary: '0' }).base_salary).toBe(0);
  });

  it('refuse base_salary with three decimals, saying amounts stop at the fen', () => {
    const [error] = errorsOf({ base_salary: '3200.575' });
    expect(error).toEqual({ column: 'base_salary', message: expect.stringContaining('两位小数') });
  });

  it('refuse a negative, a unit word, an exponent or badly grouped thousands in base_salary', () => {
    for (const bad of ['-1', '3200元', '1e3', '3,20', '32,00', ',320']) expect(columns({ base_salary: bad }), bad).toEqual(['base_salary']);
  });

  it('accept fiscal_share 0 and 1 for inst_partial and refuse 1.01 and -0.1', () => {
    const partial = { employer_type: 'inst_partial' };
    expect(person({ ...partial, fiscal_share: '0' }).fiscal_share).toEqual({ numerator: 0, denominator: 1, text: '0' });
    expect(person({ ...partial, fiscal_share: '1' }).fiscal_share).toEqual({ numerator: 1, denominator: 1, text: '1' });
    expect(person({ ...partial, fiscal_share: '1.00' }).fiscal_share?.numerator).toBe(100);
    for (const bad of ['1.01', '-0.1']) {
      const errors = errorsOf({ ...partial, fiscal_share: bad });
      expect(errors).toEqual([{ column: 'fiscal_share', message: expect.stringContaining('0 到 1 之间') }]);
    }
  });

  it('refuse a percentage in fiscal_share, suggesting the decimal', () => {
    expect(errorsOf({ employer_type: 'inst_partial', fiscal_share: '65%' })[0]?.message).toContain('0.65');
  });

  it('require fiscal_share for inst_partial', () => {
    expect(errorsOf({ employer_type: 'inst_partial' })).toEqual([{ column: 'fiscal_share', message: expect.stringContaining('必须填写') }]);
  });

  it('refuse fiscal_share for any other employer type', () => {
    for (const type of ['organ', 'inst_full', 'inst_self', 'central_prov', 'soe', 'private']) {
      expect(errorsOf({ employer_type: type, fiscal_share: '0.5' }), type).toEqual([
        { column: 'fiscal_share', message: expect.stringContaining('只适用于差额拨款事业单位') },
      ]);
    }
  });

  it('accept rent_per_m2 above 0 and refuse 0, negatives and text', () => {
    expect(person({ rent_per_m2: '8.5' }).rent_per_m2).toEqual({ numerator: 85, denominator: 10, text: '8.5' });
    expect(person({ rent_per_m2: '0.01' }).rent_per_m2?.numerator).toBe(1);
    for (const bad of ['0', '0.00', '-2', '八元']) expect(columns({ rent_per_m2: bad }), bad).toEqual(['rent_per_m2']);
  });
});

describe('months', () => {
  const month = (year: number, m: number) => year * 12 + (m - 1);

  it('read every accepted way of writing a month or a day', () => {
    const cases: [string, number][] = [
      ['2014-03', month(2014, 3)], ['2014-3', month(2014, 3)], ['2014-03-31', month(2014, 3)], ['2014/3', month(2014, 3)],
      ['2014/3/1', month(2014, 3)], ['2014.12', month(2014, 12)], ['2014.1.9', month(2014, 1)], ['2014年3月', month(2014, 3)],
      ['2014年3月15日', month(2014, 3)], ['2014 年 3 月', month(2014, 3)], ['2016-02-29', month(2016, 2)],
      ['1900-01', month(1900, 1)], ['2200-12', month(2200, 12)],
    ];
    for (const [text, expected] of cases) expect(person({ start: text }).start, text).toBe(expected);
  });

  it('refuse a day that does not exist', () => {
    for (const bad of ['2014-02-29', '2014-04-31', '2014/2/30', '1900-02-29', '2014-01-00']) {
      expect(errorsOf({ start: bad }), bad).toEqual([{ column: 'start', message: expect.stringContaining('不存在') }]);
    }
  });

  it('refuse months that are not months, mixed separators and years out of range', () => {
    for (const bad of ['2014-13', '2014-0', '2014/03-01', '201403', '14-03', 'March 2014', '2014']) {
      expect(columns({ start: bad }), bad).toEqual(['start']);
    }
    expect(errorsOf({ start: '1899-12' })[0]?.message).toContain('1900');
    expect(columns({ start: '2201-01' })).toEqual(['start']);
  });

  it('require start', () => {
    expect(columns({ start: '' })).toEqual(['start']);
  });

  it('accept end equal to start and refuse end one month before start', () => {
    expect(person({ start: '2014-03', end: '2014-03-31' }).end).toBe(month(2014, 3));
    expect(errorsOf({ start: '2014-03', end: '2014-02' })).toEqual([{ column: 'end', message: expect.stringContaining('早于') }]);
  });
});

describe('cross-column rules', () => {
  it('do not need county when employer and place of work are both city level', () => {
    expect(person({ employer_level: 'city', work_level: 'city' }).county).toBeNull();
  });

  it('need county for a county-level employer or a place of work below the city', () => {
    expect(columns({ employer_level: 'county' })).toEqual(['county']);
    expect(columns({ work_level: 'county' })).toEqual(['county']);
    expect(person({ employer_level: 'county', county: 'liuzhi' }).county).toBe('liuzhi');
  });

  it('need base_salary at township and village level, not above', () => {
    expect(columns({ work_level: 'township', county: 'zhongshan' })).toEqual(['base_salary']);
    expect(columns({ work_level: 'village', county: 'zhongshan' })).toEqual(['base_salary']);
    expect(person({ work_level: 'village', county: 'zhongshan', base_salary: '2800' }).base_salary).toBe(280000);
    expect(person({ work_level: 'county', county: 'zhongshan' }).base_salary).toBeNull();
  });

  it('allow fresh_graduate only with a state-owned or private enterprise', () => {
    expect(person({ employer_type: 'soe', fresh_graduate: '是', county: 'zhongshan' }).fresh_graduate).toBe(true);
    expect(person({ employer_type: 'private', fresh_graduate: 'yes', county: 'liuzhi' }).fresh_graduate).toBe(true);
    const errors = errorsOf({ employer_type: 'organ', fresh_graduate: '是', county: 'zhongshan' });
    expect(errors).toEqual([{ column: 'fresh_graduate', message: expect.stringContaining('党政机关') }]);
  });

  it('need county for a fresh graduate, whose subsidy the enterprise county pays, even at city level', () => {
    const errors = errorsOf({ employer_type: 'soe', fresh_graduate: '是' });
    expect(errors).toEqual([{ column: 'county', message: expect.stringContaining('第十六条') }]);
  });
});

describe('a row with several problems', () => {
  it('reports every one of them, and keeps the id', () => {
    const result = parseRecord({
      id: 'P7', education: '研究僧', intro_mode: '', employer_type: 'inst_partial', employer_level: 'county',
      work_level: 'village', start: '2014-02-30', end: 'soon', honors: '诺贝尔奖',
    });
    expect(result).toMatchObject({ ok: false, id: 'P7' });
    if (result.ok) return;
    expect(result.errors.map((e) => e.column).sort()).toEqual(
      ['base_salary', 'county', 'education', 'end', 'fiscal_share', 'honors', 'intro_mode', 'start'].sort(),
    );
    for (const error of result.errors) expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('without an id reports that too, with a null id', () => {
    expect(parseRecord({ ...base, id: '  ' })).toEqual({
      ok: false,
      id: null,
      errors: [{ column: 'id', message: '“编号”不能为空。' }],
    });
  });
});

describe('the honour separators', () => {
  it('appear in no honour label of data/codes.json, so splitting a cell never cuts a label in two', async () => {
    const { readFileSync } = await import('node:fs');
    const codes = JSON.parse(readFileSync(new URL('../../data/codes.json', import.meta.url), 'utf8')) as {
      codes: { honors: { code: string; labels: string[] }[] };
    };
    const labels = codes.codes.honors.flatMap((entry) => [entry.code, ...entry.labels]);
    expect(labels.length).toBeGreaterThan(18);
    for (const label of labels) expect(label, label).not.toMatch(/[;；、,，]/);
  });
});
