// The rules between roster columns that the text sets are data (data/policies/lps-2013/column-rules.json):
// the roster reader rejects by them with the data's own sentence, an office that changes the data changes
// what is rejected, and a rule that names an unknown code is a data error (exit 4) naming the file.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, rencai } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-column-rules-'));
const HEADER = 'id,name,intro_mode,employer_type,employer_level,county,work_level,base_salary,start';
const roster = join(scratch, 'roster.csv');
// V1 works in a village, T1 in a township, neither with a basic salary; C1 at county level needs none.
writeFileSync(roster, `${HEADER}\nV1,村里,direct,organ,county,liuzhi,village,,2014-01\nT1,乡里,direct,organ,county,liuzhi,township,,2014-01\nC1,县里,direct,organ,county,liuzhi,county,,2014-01\n`);
const rejectedIds = (stdout: string) => (JSON.parse(stdout) as { rejected: { id: string; errors: { column: string; message: string }[] }[] }).rejected;

describe('§17 "在乡镇及以下工作的各类人才…按本人基本工资的20%": the basic salary is required at township level and below', () => {
  test('a village and a township post without a salary are rejected with the data\'s sentence; a county post is not', () => {
    const run = rencai(['roster', roster, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(1);
    const rejected = rejectedIds(run.stdout);
    expect(rejected.map((row) => row.id)).toEqual(['V1', 'T1']);
    expect(rejected[0]!.errors).toEqual([{ column: 'base_salary', message: '工作地层级为“村”，必须填写“基本工资”（元/月），基层工作津贴按基本工资的 20% 计算。' }]);
  }, 30_000);
  test('--lang en says it in English', () => {
    const run = rencai(['roster', roster, '--year', '2014', '--format', 'json', '--lang', 'en']);
    expect(rejectedIds(run.stdout)[1]!.errors[0]!.message).toMatch(/^work_level is ".*", so base_salary \(yuan a month\) is required: the grassroots allowance is 20% of it\.$/);
  }, 30_000);
});

describe('an office that changes column-rules.json changes what the reader rejects', () => {
  const dataDir = join(scratch, 'data');
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  const file = join(dataDir, 'policies', 'lps-2013', 'column-rules.json');
  const original = readFileSync(file, 'utf8');
  const edited = (edit: (rules: { id: string; when: { in: string[] } }[]) => void) => {
    const data = JSON.parse(original) as { rules: { id: string; when: { in: string[] } }[] };
    edit(data.rules);
    writeFileSync(file, JSON.stringify(data));
  };

  test('§14\'s hiring grant widened to SOEs: an SOE\'s hire, rejected by the shipped data, is accepted and paid', () => {
    const hires = join(scratch, 'hires.csv');
    writeFileSync(hires, 'id,name,education,degree,intro_mode,employer_type,employer_level,county,work_level,start,hired_graduate\nS1,国企,bachelor,bachelor,direct,soe,county,liuzhi,county,2014-01,是\n');
    const shipped = rencai(['roster', hires, '--year', '2014', '--format', 'json']);
    expect(rejectedIds(shipped.stdout)[0]!.errors[0]!.column).toBe('hired_graduate');
    edited((rules) => { rules.find((rule) => rule.id === 'hired_graduate_at_private')!.when.in = ['private', 'soe']; });
    const run = rencai(['roster', hires, '--year', '2014', '--format', 'json'], { env: { RENCAI_DATA_DIR: dataDir } });
    expect(run.status).toBe(0);
    const people = (JSON.parse(run.stdout) as { people: { items: { item: string; amount: string }[] }[] }).people;
    // §14 "给予每人1000元的一次性补贴".
    expect(people[0]!.items.find((item) => item.item === 'graduate_hiring_grant')?.amount).toBe('1000.00');
  }, 30_000);
  test('a rule naming a code the column does not have is a data error (exit 4) naming the file and the rule', () => {
    edited((rules) => { rules[0]!.when.in = ['moon']; });
    const run = rencai(['validate', roster], { env: { RENCAI_DATA_DIR: dataDir } });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('column-rules.json');
    expect(run.stderr).toContain('rules.0 (salary_at_township).when.in: "moon" is not a code of work_level');
    writeFileSync(file, original);
  }, 30_000);
});

describe('--set and a scenario reach the rules between columns, in the roster and at the window alike', () => {
  // §14 "对民营经济组织吸纳应届高校毕业生就业…给予每人1000元的一次性补贴": the shipped rule lets only a
  // private employer claim it; an office that reads it wider switches the rule on the command line.
  const widened = 'columnRules.hired_graduate_at_private.when.in=["private","soe"]';
  const hires = join(scratch, 'soe-hires.csv');
  writeFileSync(hires, 'id,name,education,degree,intro_mode,employer_type,employer_level,county,work_level,start,hired_graduate\nS1,国企,bachelor,bachelor,direct,soe,county,liuzhi,county,2014-01,是\n');
  const answers = join(scratch, 'soe.json');
  writeFileSync(answers, JSON.stringify({ name: '国企', education: 'bachelor', degree: 'bachelor', intro_mode: 'direct', employer_type: 'soe', employer_level: 'county', county: 'liuzhi', work_level: 'county', start: '2014-01', hired_graduate: 'yes' }));
  const grant = (stdout: string, path: (json: never) => { item: string; amount: string }[]) => path(JSON.parse(stdout) as never).find((item) => item.item === 'graduate_hiring_grant')?.amount;

  test('roster: the SOE\'s hire, rejected as shipped, is paid 1,000.00 under --set', () => {
    expect(rencai(['roster', hires, '--year', '2014', '--format', 'json']).status).toBe(1);
    const run = rencai(['roster', hires, '--year', '2014', '--format', 'json', '--set', widened]);
    expect(run.status).toBe(0);
    expect(grant(run.stdout, (json: { people: { items: { item: string; amount: string }[] }[] }) => json.people[0]!.items)).toBe('1000.00');
  }, 30_000);
  test('check --answers: the same person is refused as shipped and paid the same 1,000.00 under the same --set', () => {
    const shipped = rencai(['check', '--answers', answers, '--year', '2014', '--format', 'json']);
    expect(shipped.status).toBe(1);
    expect(shipped.stderr).toContain('民营吸纳应届毕业生');
    const run = rencai(['check', '--answers', answers, '--year', '2014', '--format', 'json', '--set', widened]);
    expect(run.status).toBe(0);
    expect(grant(run.stdout, (json: { items: { item: string; amount: string }[] }) => json.items)).toBe('1000.00');
  }, 30_000);
  test('the refusal names the employer type as the clerk\'s language does: its label in Chinese, its code in English', () => {
    expect(rencai(['check', '--answers', answers, '--year', '2014']).stderr).toContain('单位性质须为民营企业（private），填的是“国有企业”。');
    expect(rencai(['--lang', 'en', 'check', '--answers', answers, '--year', '2014']).stderr).toContain('needs employer_type private; the employer_type given is "soe".');
  }, 30_000);
  test('a scenario file does the same, and rencai policy says the rule as switched', () => {
    const scenario = join(scratch, 'widened.json');
    writeFileSync(scenario, JSON.stringify({ name: '国企吸纳毕业生也给补贴', sets: [{ key: 'columnRules.hired_graduate_at_private.when.in', value: ['private', 'soe'] }] }));
    expect(rencai(['roster', hires, '--year', '2014', '--format', 'json', '--scenario', scenario]).status).toBe(0);
    const policy = rencai(['policy', '--set', widened]);
    expect(policy.stdout).toContain('hired_graduate_at_private  §14  “民营吸纳应届毕业生”只在“单位性质”为“民营企业”或“国有企业”时可以填写');
  }, 30_000);
  test('a key that names no rule is refused with the shape a key must have', () => {
    const run = rencai(['roster', hires, '--year', '2014', '--set', 'columnRules=1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('columnRules.<列规则id>');
  }, 30_000);
});
