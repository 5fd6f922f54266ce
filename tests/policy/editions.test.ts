// Editions over time: an edition that inherits lps-2013 and holds only what it changes, taking
// effect mid-year, prices each month by the edition in force in it and each one-off by its grant month.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { explainPerson } from '../../src/engine/explain.js';
import { computePerson } from '../../src/engine/index.js';
import { renderReason } from '../../src/i18n/reasons.js';
import { describePolicy } from '../../src/i18n/policy-description.js';
import { formatFen, type Fen } from '../../src/base/money.js';
import { mergePatch, editionsOfYear } from '../../src/policy/editions.js';
import { loadPolicy } from '../../src/policy/load.js';
import { timelineOfYear } from '../../src/policy/edition-index.js';
import { person, type PersonFacts } from '../engine/helpers.js';
import { EXAMPLE, rencai, ROOT } from '../e2e/helpers.js';
import { itemOf } from './item-of.js';
import { buildNotice } from '../../src/questionnaire/notice-model.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'editions', 'lps-2016-07');
const policyOf = (year: number) => loadPolicy({ year, editionDir: FIXTURE });
const itemsOf = (facts: PersonFacts, year: number, code: string) =>
  computePerson(person(facts), year, policyOf(year)).items.filter((item) => item.item === code)
    .map((item) => ({ edition: item.edition ?? null, monthly: item.monthly === null ? null : formatFen(item.monthly), months: item.months, amount: item.amount === null ? null : formatFen(item.amount) }));

describe('JSON merge patch (RFC 7386)', () => {
  test('objects merge key by key, null removes a key, arrays and scalars replace', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { b: { c: 4, d: null }, e: [9], f: 'x' })).toEqual({ a: 1, b: { c: 4 }, e: [9], f: 'x' });
  });
  test('a patch that is not an object replaces the whole target', () => {
    expect(mergePatch({ a: 1 }, ['x'])).toEqual(['x']);
  });
});

describe('the timeline of a year', () => {
  const editions = [{ edition: 'old', effective: '2013-08-02' }, { edition: 'new', effective: '2016-07-01' }];
  test('a year inside one edition is one span of twelve months', () => {
    expect(editionsOfYear(editions, 2015)).toEqual([{ edition: 'old', first: 2015 * 12, last: 2015 * 12 + 11 }]);
  });
  test('the year of a mid-year edition is January–June under the old one and July–December under the new', () => {
    expect(editionsOfYear(editions, 2016)).toEqual([{ edition: 'old', first: 2016 * 12, last: 2016 * 12 + 5 }, { edition: 'new', first: 2016 * 12 + 6, last: 2016 * 12 + 11 }]);
  });
  test('before the first edition, the first is in force (its items count from their own effective dates)', () => {
    expect(editionsOfYear(editions, 2012).map((span) => span.edition)).toEqual(['old']);
  });
  test('the fixture edition read through its chain: 2016 uses both editions, 2017 only the new one', () => {
    expect(timelineOfYear(2016, FIXTURE).map((span) => span.edition)).toEqual(['lps-2013', 'lps-2016-07']);
    expect(timelineOfYear(2017, FIXTURE).map((span) => span.edition)).toEqual(['lps-2016-07']);
  });
});

describe('an inheriting edition holds only what it changes', () => {
  test('its files are the parent\'s with its own patches: graduate rent 300, tier E purchase 200,000, tier A unchanged', () => {
    const policy = policyOf(2017);
    expect(policy.edition).toBe('lps-2016-07');
    expect(formatFen(itemOf(policy, 'graduate_rent', 'monthly_fixed').monthly)).toBe('300.00');
    expect(itemOf(policy, 'graduate_rent', 'monthly_fixed').maxMonths).toBe(12);
    expect(formatFen(itemOf(policy, 'housing_purchase', 'one_off_by_tier').amountByTier.E!)).toBe('200000.00');
    expect(formatFen(itemOf(policy, 'housing_purchase', 'one_off_by_tier').amountByTier.A!)).toBe('1200000.00');
    expect(itemOf(policy, 'talent_allowance', 'monthly_highest_line').lines.length).toBeGreaterThan(0);
  });
});

describe('a fresh graduate\'s rent across the edition that raises it from 200 to 300 on 2016-07-01', () => {
  const graduate: PersonFacts = { fresh_graduate: true, employer_type: 'private', employer_level: 'county', county: 'liuzhi', work_level: 'county' };
  test('the year before: 2015-05 start, 8 months × 200 = 1,600 by lps-2013 alone', () => {
    expect(itemsOf({ ...graduate, start: '2015-05' }, 2015, 'graduate_rent')).toEqual([{ edition: null, monthly: '200.00', months: 8, amount: '1600.00' }]);
  });
  test('across: a 2016-03 start is March–June at 200 (4 × 200 = 800) and July–December at 300 (6 × 300 = 1,800)', () => {
    expect(itemsOf({ ...graduate, start: '2016-03' }, 2016, 'graduate_rent')).toEqual([
      { edition: 'lps-2013', monthly: '200.00', months: 4, amount: '800.00' },
      { edition: 'lps-2016-07', monthly: '300.00', months: 6, amount: '1800.00' },
    ]);
  });
  test('across, all before July: a 2015-05 start ends 2016-04, so 4 × 200 = 800 by lps-2013', () => {
    expect(itemsOf({ ...graduate, start: '2015-05' }, 2016, 'graduate_rent')).toEqual([{ edition: 'lps-2013', monthly: '200.00', months: 4, amount: '800.00' }]);
  });
  test('after: the 2016-03 start\'s last two months (2017-01, 2017-02) at 300 = 600', () => {
    expect(itemsOf({ ...graduate, start: '2016-03' }, 2017, 'graduate_rent')).toEqual([{ edition: null, monthly: '300.00', months: 2, amount: '600.00' }]);
  });
});

describe('a one-off is priced by the edition in force in its grant month', () => {
  const doctor: PersonFacts = { education: 'doctor', degree: 'doctor' };
  test('granted 2016-03 (before the new edition): 180,000 by lps-2013', () => {
    expect(itemsOf({ ...doctor, start: '2016-03' }, 2016, 'housing_purchase')).toEqual([{ edition: 'lps-2013', monthly: null, months: null, amount: '180000.00' }]);
  });
  test('granted 2016-07 (the new edition\'s first month): 200,000 by lps-2016-07', () => {
    expect(itemsOf({ ...doctor, start: '2016-07' }, 2016, 'housing_purchase')).toEqual([{ edition: 'lps-2016-07', monthly: null, months: null, amount: '200000.00' }]);
  });
  test('the talent allowance, unchanged, is two results that add up to 12 × 300 = 3,600 for an organ doctor', () => {
    const items = itemsOf({ ...doctor, start: '2015-01' }, 2016, 'talent_allowance');
    expect(items.map((item) => [item.edition, item.months, item.amount])).toEqual([['lps-2013', 6, '1800.00'], ['lps-2016-07', 6, '1800.00']]);
  });
});

describe('an office adds the edition to a copy of data/ (RENCAI_DATA_DIR)', { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rencai-editions-'));
  cpSync(join(ROOT, 'data'), dataDir, { recursive: true });
  cpSync(FIXTURE, join(dataDir, 'policies', 'lps-2016-07'), { recursive: true });
  const env = { RENCAI_DATA_DIR: dataDir };

  test('rencai policy --year 2016 names both editions and their months; 2015 names one', () => {
    const in2016 = JSON.parse(rencai(['policy', '--year', '2016', '--format', 'json'], { env }).stdout);
    expect(in2016.editions).toEqual([{ edition: 'lps-2013', from: '2016-01', to: '2016-06' }, { edition: 'lps-2016-07', from: '2016-07', to: '2016-12' }]);
    expect(JSON.parse(rencai(['policy', '--year', '2015', '--format', 'json'], { env }).stdout).editions).toEqual([{ edition: 'lps-2013', from: '2015-01', to: '2015-12' }]);
    expect(rencai(['policy', '--year', '2016'], { env }).stdout).toContain('本年度适用的版本：lps-2013（2016-01～2016-06）、lps-2016-07（2016-07～2016-12）');
  });

  test('the roster JSON of 2016 lists the editions and names the edition behind each item', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2016', '--format', 'json'], { env });
    const out = JSON.parse(run.stdout);
    expect(out.editions).toEqual([{ edition: 'lps-2013', from: '2016-01', to: '2016-06' }, { edition: 'lps-2016-07', from: '2016-07', to: '2016-12' }]);
    const editions = new Set(out.people.flatMap((entry: { items: { edition?: string }[] }) => entry.items.map((item) => item.edition)));
    expect([...editions].sort()).toEqual(['lps-2013', 'lps-2016-07']);
  });

  test('explain names the edition of each item in the tree', () => {
    const run = rencai(['explain', EXAMPLE, '--id', 'P005', '--year', '2016'], { env });
    expect(run.stdout).toContain('[lps-2016-07]');
    expect(run.stdout).toContain('[lps-2013]');
  });
});

describe('a monthly allowance the fixture edition adds as data alone (kind monthly_fixed)', () => {
  const doctor: PersonFacts = { education: 'doctor', degree: 'doctor', employer_level: 'county', county: 'liuzhi', work_level: 'county', start: '2015-01' };
  test('before, across and after its start: none in 2015; 6 × 600 = 3,600 in 2016; 12 × 600 = 7,200 in 2017', () => {
    expect(itemsOf(doctor, 2015, 'county_doctor_service')).toEqual([]);
    expect(itemsOf(doctor, 2016, 'county_doctor_service')).toEqual([{ edition: 'lps-2016-07', monthly: '600.00', months: 6, amount: '3600.00' }]);
    expect(itemsOf(doctor, 2017, 'county_doctor_service')).toEqual([{ edition: null, monthly: '600.00', months: 12, amount: '7200.00' }]);
  });
  test('explain lists its condition, met, and the policy browser describes it', () => {
    const explanation = explainPerson(person(doctor), 2017, policyOf(2017));
    const entry = explanation.items.find((item) => item.item === 'county_doctor_service');
    expect(entry?.applies).toBe(true);
    expect(entry?.checks.map((item) => [item.reason.key, item.met])).toEqual([['check_intro_mode', true], ['check_condition', true]]);
    const city = explainPerson(person({ ...doctor, employer_level: 'city', county: null, work_level: 'city' }), 2017, policyOf(2017)).items.find((item) => item.item === 'county_doctor_service');
    expect(city?.checks.map((item) => [item.reason.key, item.met])).toEqual([['check_intro_mode', true], ['check_condition', false]]);
    const described = describePolicy(policyOf(2017), null, 'zh').items.find((item) => item.item === 'county_doctor_service');
    expect(described?.values.map((row) => [row.key, row.value])).toEqual([['monthly', '600.00'], ['maxMonths', '36']]);
  });
  test('its reasons read in both languages', () => {
    const [item] = computePerson(person(doctor), 2017, policyOf(2017)).items.filter((entry) => entry.item === 'county_doctor_service');
    const policy = policyOf(2017);
    expect(item?.reasons.map((reason) => renderReason(reason, 'zh', policy))).toContain('符合“县以下博士服务津贴（测试项目）”的适用条件');
    expect(item?.reasons.map((reason) => renderReason(reason, 'en', policy))).toContain('600.00 yuan a month');
  });
});

describe('an inheriting edition keeps every file of its parent it does not change', () => {
  // §14: 学费补偿 only after 三年以上 at the grassroots; lps-2016-07 ships no claim-rules.json of its own,
  // so lps-2013's rules apply: a two-year claim is declined in 2017 as in 2014.
  test('the claim rules: a two-year tuition claim is declined under lps-2016-07 too', () => {
    const twoYears = { ...person({ employer_level: 'county', county: 'zhongshan', work_level: 'county', education: 'bachelor', start: '2017-01' }), claims: { grassroots_program: 'western_plan' as const, grassroots_years: 2, tuition_compensation: { amount: 500000 as Fen } } };
    const result = computePerson(twoYears, 2017, policyOf(2017));
    expect(result.items.map((item) => item.item)).not.toContain('grassroots_tuition');
    expect(result.declined?.map((entry) => entry.item)).toEqual(['grassroots_tuition']);
  });
  // §14: the SME's 4,800 tax deduction is the employer's, not the graduate's (beneficiaries.json of lps-2013).
  test('the beneficiaries: the notice of 2017 lists the SME tax deduction under the employer, not as the person\'s', () => {
    const graduate = { ...person({ fresh_graduate: true, employer_type: 'private', employer_level: 'county', county: 'liuzhi', work_level: 'county', education: 'bachelor', degree: 'bachelor', start: '2017-01' }), claims: { sme_graduate: true } };
    const policy = policyOf(2017);
    const result = computePerson(graduate, 2017, policy);
    expect(result.items.map((item) => item.item)).toContain('graduate_tax_deduction');
    const notice = buildNotice({ result, year: 2017, policy, lang: 'zh', printedOn: '2017-03-01' });
    const employer = notice.sections.find((section) => section.entries.some((entry) => entry.headline.includes('定额扣减')));
    expect(employer?.heading).not.toBe(notice.sections[0]!.heading);
    expect(policy.employerItems.has('graduate_tax_deduction')).toBe(true);
  });
});
