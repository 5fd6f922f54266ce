// `rencai test`: every bundled edition's own cases pass (this is how `npm test` runs them), and a
// case that is wrong fails with its expected and actual values, exit 1.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editionCaseFiles } from '../../src/cases/files.js';
import { runCaseFiles } from '../../src/cases/run.js';
import { rosterMessages } from '../../src/roster/messages.js';
import { rencai, ROOT } from '../e2e/helpers.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'editions', 'lps-2016-07');

describe('rencai test', { timeout: 120_000 }, () => {
  test('every bundled edition\'s cases pass', () => {
    const run = rencai(['test']);
    expect(run.stderr).toMatch(/rencai: \d+ 个案例全部通过/);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  test('the fixture edition runs its parent\'s cases too, and its own', () => {
    const run = rencai(['--lang', 'en', 'test', FIXTURE]);
    expect(run.stderr).toMatch(/rencai: all \d+ cases pass/);
    expect(run.status).toBe(0);
  });

  test('a wrong expectation fails: one line with the case, the expected and the actual value, exit 1', () => {
    // An office's edition outside data/: it inherits lps-2013 and brings one case file of its own.
    const named = join(mkdtempSync(join(tmpdir(), 'rencai-cases-')), 'lps-2013-copy');
    mkdirSync(join(named, 'tests'), { recursive: true });
    writeFileSync(join(named, 'edition.json'), JSON.stringify({ edition: 'lps-2013-copy', inherits: 'lps-2013', label: { zh: '副本', en: 'copy' }, issued: '2013-08-02', effective: '2013-08-02' }));
    const file = join(named, 'tests', 'wrong.yaml');
    cpSync(join(ROOT, 'data', 'policies', 'lps-2013', 'tests', 'talent_allowance.yaml'), file);
    // 300 × 12 = 3,600, not 3,700
    writeFileSync(file, readFileSync(file, 'utf8').replace('amount: "3600.00"', 'amount: "3700.00"'));
    const run = rencai(['test', file]);
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([expect.stringContaining('A doctor in an organ is 300 a month（2014年）— talent_allowance.amount 期望 3700.00，实际 3600.00')]);
    expect(run.stderr).toContain('1 个失败');
  });

  test('a path that is not an edition, its tests or a case file is a usage error', () => {
    expect(rencai(['test', join(ROOT, 'src')]).status).toBe(2);
  });
});

describe('which cases an edition runs', () => {
  test('an inheriting edition runs its parent\'s files, except those it overrides by name', () => {
    const files = editionCaseFiles(FIXTURE).map((ref) => relative(ROOT, ref.path).split('\\').join('/'));
    expect(files).toContain('tests/fixtures/editions/lps-2016-07/tests/graduate_rent.yaml');
    expect(files).not.toContain('data/policies/lps-2013/tests/graduate_rent.yaml');
    expect(files).toContain('data/policies/lps-2013/tests/talent_allowance.yaml');
  });

  test('a case names every difference: the wrong item count is reported as expected none, actual the amount', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-case-'));
    const named = join(dir, 'lps-2013-more');
    cpSync(FIXTURE, named, { recursive: true });
    writeFileSync(join(named, 'edition.json'), JSON.stringify({ edition: 'lps-2013-more', inherits: 'lps-2013', label: { zh: '副本', en: 'copy' }, issued: '2013-08-02', effective: '2013-08-02' }));
    const file = join(named, 'tests', 'one.json');
    writeFileSync(file, JSON.stringify({ cases: [{ name: 'A doctor in an organ gets no allowance (wrong on purpose)', year: 2014, person: { id: 'X', education: 'doctor', degree: 'doctor', intro_mode: 'direct', employer_type: 'organ', employer_level: 'city', work_level: 'city', start: '2014-01' }, items: { talent_allowance: null } }] }));
    const [outcome] = runCaseFiles([{ editionDir: named, path: file }], rosterMessages('zh'));
    expect(outcome?.problems).toEqual([{ kind: 'value', field: 'talent_allowance', expected: '—', actual: '3600.00' }]);
  });

  test('a case expecting a rejection, declined claims, rights, a tax total, a range or a unit\'s item fails on each when rencai says otherwise', () => {
    const named = join(mkdtempSync(join(tmpdir(), 'rencai-case-')), 'lps-2013-claims');
    mkdirSync(join(named, 'tests'), { recursive: true });
    writeFileSync(join(named, 'edition.json'), JSON.stringify({ edition: 'lps-2013-claims', inherits: 'lps-2013', label: { zh: '副本', en: 'copy' }, issued: '2013-08-02', effective: '2013-08-02' }));
    const file = join(named, 'tests', 'wrong.json');
    const scholar = { id: 'S', honors: 'changjiang', intro_mode: 'direct', employer_type: 'soe', employer_level: 'county', county: 'liuzhi', work_level: 'county', start: '2014-03' };
    writeFileSync(file, JSON.stringify({ cases: [
      // 500,000 is below the floor of 1,000,000: rejected at research_grant, not at honors.
      { name: 'rejected elsewhere', year: 2014, person: { ...scholar, research_grant: '500000' }, rejected: 'honors' },
      // 1,000,000 is the floor itself: paid, not rejected.
      { name: 'not rejected', year: 2014, person: { ...scholar, research_grant: '1000000' }, rejected: 'research_grant' },
      // A locally trained scholar's claim is declined (§11 funds introduced talent).
      { name: 'declined', year: 2014, person: { ...scholar, intro_mode: 'local', research_grant: 'yes' }, declined: [] },
      // Tier B: the green card, and (no title) nothing else but §9's higher pay on moving.
      { name: 'rights', year: 2014, person: scholar, rights: ['green_card'] },
      // The range is 1,000,000–5,000,000.
      { name: 'range', year: 2014, person: { ...scholar, research_grant: 'yes' }, items: { research_startup: { range: { low: '1000000', high: '4000000' } } } },
      { name: 'tax', year: 2014, person: scholar, taxTotal: '1' },
      // A unit case: 1,500,000 × 50% = 750,000, not 700,000; and a column no unit roster has.
      { name: 'unit', year: 2014, unit: { id: 'U', level: 'city', approved: '2014-05', unit_type: 'prov_talent_base', provincial_grant: '1500000' }, items: { provincial_base_match: { amount: '700000' } } },
      { name: 'unit column', year: 2014, unit: { id: 'U', level: 'city', approved: '2014-05', unit_type: 'bole_award', 学历: 'doctor' } },
    ] }));
    const outcomes = runCaseFiles([{ editionDir: named, path: file }], rosterMessages('zh'));
    expect(outcomes.map((outcome) => [outcome.name, outcome.problems])).toEqual([
      ['rejected elsewhere', [{ kind: 'value', field: 'rejected', expected: 'honors', actual: 'research_grant' }]],
      ['not rejected', [{ kind: 'value', field: 'rejected', expected: 'research_grant', actual: '—' }]],
      ['declined', [{ kind: 'value', field: 'declined', expected: '—', actual: 'research_startup' }]],
      ['rights', [{ kind: 'value', field: 'rights', expected: 'green_card', actual: 'green_card, higher_pay_on_transfer' }]],
      ['range', [{ kind: 'value', field: 'research_startup.range', expected: '1000000.00–4000000.00', actual: '1000000.00–5000000.00' }]],
      ['tax', [{ kind: 'value', field: 'taxTotal', expected: '1.00', actual: '0.00' }]],
      ['unit', [{ kind: 'value', field: 'provincial_base_match.amount', expected: '700000.00', actual: '750000.00' }]],
      ['unit column', [{ kind: 'person', column: '学历', message: expect.stringContaining('学历') }]],
    ]);
  });
});
