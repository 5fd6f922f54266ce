// `rencai validate` promises the rows `rencai roster` would reject (README "rencai validate"); the
// claim columns' reject rules (claim-rules.json, and each claimed item's own range) are applied by the
// engine in roster, so validate must apply the same ones, with the same line, column and sentence.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rencai } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-validate-claims-'));
const HEADER = 'id,name,education,degree,intro_mode,employer_type,employer_level,county,work_level,start,hired_graduate,grassroots_program,settlement_amount,tuition_compensation,grassroots_years,research_grant,fresh_graduate';
const roster = join(scratch, 'claims.csv');
writeFileSync(roster, [
  HEADER,
  // §14 "不低于2000元的一次性安置费": 1,500 is below it.
  'S1,安置少,bachelor,bachelor,direct,organ,county,liuzhi,county,2014-01,,village_official,1500,,,,',
  // §14 "民营经济组织吸纳应届高校毕业生": a 中专 leaver is not a higher-education graduate.
  'H1,中专招用,secondary,,direct,private,county,liuzhi,county,2014-01,是,,,,,,',
  // §14 tuition compensation is for the grassroots programmes' graduates: none is given.
  'T1,无项目学费,bachelor,bachelor,direct,organ,county,liuzhi,county,2014-01,,,,8000,3,,',
  // §11 "100-500万元的科研启动经费": 9,000,000 is above it.
  'R1,科研多,doctor,doctor,direct,organ,county,liuzhi,county,2014-01,,,,,,9000000,',
  // §16 "具有学历学位": a 大专 graduate has no degree.
  'G1,大专租房,associate,,direct,private,county,liuzhi,county,2014-01,,,,,,,是',
  // A valid row (3,000 is at least 2,000) and a row the reader itself rejects (no start month).
  'OK,正常,bachelor,bachelor,direct,organ,county,liuzhi,county,2014-01,,village_official,3000,,,,',
  'X1,无起始,bachelor,bachelor,direct,organ,county,liuzhi,county,,,,,,,,',
].join('\n') + '\n');

interface Rejected { row: number; id: string; errors: { column: string; message: string }[] }

describe('rencai validate rejects exactly the rows rencai roster rejects, the claim columns\' rules included', () => {
  test.each(['zh', 'en'])('the same rows, columns and sentences (--lang %s)', (lang) => {
    const roster2014 = rencai(['--lang', lang, 'roster', roster, '--year', '2014', '--format', 'json']);
    const validate = rencai(['--lang', lang, 'validate', roster, '--format', 'json']);
    expect(roster2014.status).toBe(1);
    expect(validate.status).toBe(1);
    const fromRoster = (JSON.parse(roster2014.stdout) as { rejected: Rejected[] }).rejected;
    const fromValidate = JSON.parse(validate.stdout) as { rows: number; valid: number; rejected: Rejected[] };
    expect(fromRoster.map((row) => row.id)).toEqual(['S1', 'H1', 'T1', 'R1', 'G1', 'X1']);
    expect(fromValidate.rejected).toEqual(fromRoster);
    expect(fromValidate).toMatchObject({ rows: 7, valid: 1 });
  }, 30_000);

  test('the table says each rule with its line and column', () => {
    const run = rencai(['validate', roster]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('高校毕业生基层就业项目一次性安置费（§14）的金额须不低于 2000.00 元');
    expect(run.stdout).toMatch(/第3行 H1 学历：民营经济组织吸纳应届高校毕业生一次性补贴（§14）只给高校毕业生/);
  }, 30_000);

  // An office raising §14's floor from 2,000 to 3,001 (a what-if): OK's 3,000 is now below it, so validate
  // must refuse OK exactly as roster computed under the same --set does.
  const FLOOR = 'items.grassroots_settlement.range.low=3001';
  test('--set changes the rules validate checks by, as it changes roster\'s: the same rows rejected, OK\'s 3,000 now among them', () => {
    const roster2014 = rencai(['roster', roster, '--year', '2014', '--format', 'json', '--set', FLOOR]);
    const validate = rencai(['validate', roster, '--format', 'json', '--set', FLOOR]);
    expect(validate.status).toBe(1);
    const fromValidate = JSON.parse(validate.stdout) as { valid: number; rejected: Rejected[] };
    expect(fromValidate.rejected).toEqual((JSON.parse(roster2014.stdout) as { rejected: Rejected[] }).rejected);
    expect(fromValidate.rejected.find((row) => row.id === 'OK')).toEqual({ row: 7, id: 'OK', errors: [{ column: 'settlement_amount', message: expect.stringContaining('不低于 3001.00 元') }] });
    expect(fromValidate.valid).toBe(0);
    expect(validate.stderr).toContain('按假设情景');
  }, 30_000);

  test('--scenario does the same from a file, and says so in English with --lang en', () => {
    const file = join(scratch, 'floor.json');
    writeFileSync(file, JSON.stringify({ name: 'floor 3001', sets: [{ key: 'items.grassroots_settlement.range.low', value: '3001' }] }));
    const run = rencai(['--lang', 'en', 'validate', roster, '--format', 'json', '--scenario', file]);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { rejected: Rejected[] }).rejected.map((row) => row.id)).toEqual(['S1', 'H1', 'T1', 'R1', 'G1', 'OK', 'X1']);
    expect(run.stderr).toContain('checked by the rules of the what-if scenario "floor 3001"');
  }, 30_000);

  test('a --set key that reaches no data is a usage error (exit 2), not a silent check by the shipped rules', () => {
    const run = rencai(['validate', roster, '--set', 'items.no_such_item.amount=1']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  }, 30_000);
});
