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
});
