// An office that changes a rule with --set changes which rows are refused; the refusal is said in the run's
// language like every other (README "英文输出"): with --lang en, no Chinese, and the column it is about.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rencai } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-what-if-language-'));
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const roster = join(scratch, 'roster.csv');
// C1 works at county level with no basic salary: the shipped rules need none there (§17's allowance is
// for 乡镇及以下). S1's settlement grant of 2,500 is above §14's "不低于2000元".
writeFileSync(roster, [
  'id,name,education,degree,intro_mode,employer_type,employer_level,county,work_level,base_salary,start,grassroots_program,settlement_amount',
  'C1,C1,bachelor,bachelor,direct,organ,county,liuzhi,county,,2014-01,,',
  'S1,S1,bachelor,bachelor,direct,organ,county,liuzhi,county,3000,2014-01,village_official,2500',
].join('\n') + '\n');
const answers = join(scratch, 'person.json');
writeFileSync(answers, JSON.stringify({ education: 'bachelor', degree: 'bachelor', intro_mode: 'direct', employer_type: 'organ', employer_level: 'county', county: 'liuzhi', work_level: 'county', start: '2014-01' }));
// The grassroots allowance widened to county posts: C1 now needs the salary it is 20% of.
const WIDER = 'conditions.works_at_township_or_below.when={"field":"work_level","in":["county","township","village"]}';
// The settlement grant's floor raised to 3,000: S1's 2,500 falls below it.
const FLOOR = 'items.grassroots_settlement.range.low=3000';
type Rejected = { id: string; errors: { column: string; message: string }[] }[];
const rejected = (stdout: string) => (JSON.parse(stdout) as { rejected: Rejected }).rejected;

describe('a rule changed by --set refuses rows in the run\'s language', () => {
  test('roster: a county post without a salary, once the allowance reaches county posts, is rejected at base_salary, in Chinese', () => {
    const run = rencai(['roster', roster, '--year', '2014', '--format', 'json', '--set', WIDER]);
    expect(run.status).toBe(1);
    expect(rejected(run.stdout)).toEqual([{ row: 2, id: 'C1', errors: [{ column: 'base_salary', message: '按所用的政策数据（含 --set、--scenario 的修改），计算“基层工作津贴”须填写“基本工资”，这一行没有填写。' }] }]);
  }, 30_000);

  test('roster --lang en: the same row in English, no Chinese on stderr', () => {
    const run = rencai(['--lang', 'en', 'roster', roster, '--year', '2014', '--format', 'json', '--set', WIDER]);
    expect(run.status).toBe(1);
    const [row] = rejected(run.stdout);
    expect(row!.errors).toEqual([{ column: 'base_salary', message: 'under the policy data in use (with its --set and --scenario changes), Grassroots work allowance needs base_salary, which this row leaves empty.' }]);
    expect(run.stderr).not.toMatch(CJK);
  }, 30_000);

  test('a claim range narrowed by --set: the rejection names the new floor, in English with --lang en', () => {
    const run = rencai(['--lang', 'en', 'roster', roster, '--year', '2014', '--format', 'json', '--set', FLOOR]);
    expect(run.status).toBe(1);
    expect(rejected(run.stdout)).toEqual([{ row: 3, id: 'S1', errors: [{ column: 'settlement_amount', message: 'One-off settlement grant for grassroots programme recruits (§14) must be at least 3000.00 yuan' }] }]);
    expect(run.stderr).not.toMatch(CJK);
  }, 30_000);

  test('compare --lang en rejects the row (it stopped with an internal error) and says why in English', () => {
    const run = rencai(['--lang', 'en', 'compare', roster, '--year', '2014', '--set', WIDER, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 2 C1 base_salary: under the policy data in use');
    expect(run.stderr).not.toMatch(CJK);
  }, 30_000);

  test.each(['check', 'explain'])('%s --lang en refuses the answers with the column and an English sentence (it stopped with an internal error)', (command) => {
    const run = rencai(['--lang', 'en', command, '--answers', answers, '--year', '2014', '--set', WIDER]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('base_salary: under the policy data in use (with its --set and --scenario changes), Grassroots work allowance needs the person\'s base_salary, which the answers do not give.');
    expect(run.stderr).not.toMatch(CJK);
  }, 30_000);

  test.each(['check', 'explain'])('%s speaks of the person\'s answers, not of a row, when the answers leave out a fact the changed data needs', (command) => {
    const run = rencai([command, '--answers', answers, '--year', '2014', '--set', WIDER]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('基本工资：按所用的政策数据（含 --set、--scenario 的修改），计算“基层工作津贴”须知道此人的“基本工资”，回答中没有这一项。');
    expect(run.stderr).not.toContain('这一行');
  }, 30_000);
});
