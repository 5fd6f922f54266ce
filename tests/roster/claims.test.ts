// The grant, award, tax and non-money columns (README "Contract extensions").
import { describe, expect, test } from 'vitest';
import { type PersonRecord } from '../../src/roster/person.js';
import { openBundledRoster, parseAnswers, parseRecord } from '../bundled-rules.js';

const base: PersonRecord = { id: 'P1', intro_mode: 'direct', employer_type: 'private', employer_level: 'city', work_level: 'city', start: '2014-03' };
const claimsOf = (record: PersonRecord) => {
  const parsed = parseRecord({ ...base, ...record });
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
  return parsed.person.claims;
};
const errorsOf = (record: PersonRecord) => {
  const parsed = parseRecord({ ...base, ...record });
  return parsed.ok ? [] : parsed.errors.map((error) => error.column);
};

describe('claim columns', () => {
  test('a row with none of them has no claims at all (the engine then skips every grant)', () => {
    expect(claimsOf({})).toBeUndefined();
  });
  test('an amount column reads yuan to the fen, yes as "entitled, undecided", no and empty as not claimed', () => {
    expect(claimsOf({ research_grant: '1500000' })?.research_grant).toEqual({ amount: 150000000 });
    expect(claimsOf({ research_grant: '是' })?.research_grant).toEqual({ amount: null });
    expect(claimsOf({ research_grant: '否', grassroots_years: '1' })?.research_grant).toBeNull();
    expect(errorsOf({ research_grant: '一百万' })).toEqual(['research_grant']);
    expect(errorsOf({ research_grant: '100.001' })).toEqual(['research_grant']);
  });
  test('new honours read like honours, codes or Chinese labels', () => {
    expect(claimsOf({ new_honors: '国家杰出青年科学基金获得者；ten_thousand_talents' })?.new_honors).toEqual(['ten_thousand_talents', 'nsfc_young']);
    expect(errorsOf({ new_honors: '诺贝尔奖' })).toEqual(['new_honors']);
  });
  test('a programme recruit needs a county (the serving county pays), and a county project needs one too', () => {
    expect(errorsOf({ grassroots_program: '西部计划' })).toEqual(['county']);
    expect(errorsOf({ research_grant: '是', project_level: '县级' })).toEqual(['project_county']);
    expect(claimsOf({ research_grant: '是', project_level: '县级', county: 'liuzhi', work_level: 'county' })?.project_level).toBe('county');
  });
  test('codes: programme, project level and county, award level', () => {
    const claims = claimsOf({ grassroots_program: '三支一扶', county: 'panzhou', work_level: 'county', project_level: '县级', project_county: '六枝特区', sci_award: '省级' });
    expect([claims?.grassroots_program, claims?.project_level, claims?.project_county]).toEqual(['three_supports', 'county', 'liuzhi']);
    expect(errorsOf({ sci_award: '市级' })).toEqual(['sci_award']);
  });
  test('the grant month is a month like start', () => {
    expect(claimsOf({ grant_month: '2015年6月' })?.grant_month).toBe(2015 * 12 + 5);
    expect(errorsOf({ grant_month: '2015-13' })).toEqual(['grant_month']);
  });
  test('grassroots years: a whole number, 3 and 0 accepted, 2.5 and -1 refused', () => {
    expect(claimsOf({ grassroots_years: '3' })?.grassroots_years).toBe(3);
    expect(claimsOf({ grassroots_years: '0' })?.grassroots_years).toBe(0);
    expect(errorsOf({ grassroots_years: '2.5' })).toEqual(['grassroots_years']);
    expect(errorsOf({ grassroots_years: '-1' })).toEqual(['grassroots_years']);
  });
  test('the employment-fund hiring grant is for private employers only (§14)', () => {
    expect(claimsOf({ hired_graduate: '是' })?.hired_graduate).toBe(true);
    expect(errorsOf({ hired_graduate: '是', employer_type: 'soe' })).toEqual(['hired_graduate']);
  });
  test('the SME items are for enterprises; an insurance amount needs the SME graduate flag', () => {
    expect(claimsOf({ sme_graduate: 'yes', first_year_insurance: '6543.21', employer_type: 'soe' })?.first_year_insurance).toEqual({ amount: 654321 });
    expect(errorsOf({ sme_graduate: 'yes', employer_type: 'inst_full' })).toEqual(['sme_graduate']);
    expect(errorsOf({ first_year_insurance: '6543.21' })).toEqual(['first_year_insurance']);
  });
  test('a settlement amount needs a programme; a project county needs a project level', () => {
    expect(errorsOf({ settlement_amount: '3000' })).toEqual(['settlement_amount']);
    expect(errorsOf({ project_county: 'liuzhi' })).toEqual(['project_county']);
  });
  test('the answers JSON takes numbers and booleans for these columns and gives the same claims as the CSV row', () => {
    const fromAnswers = parseAnswers({ ...base, research_grant: 1500000, innovation_team: true, grassroots_years: 3 });
    const fromRow = parseRecord({ ...base, research_grant: '1500000', innovation_team: '是', grassroots_years: '3' });
    expect(fromAnswers.ok && fromRow.ok && fromAnswers.person).toEqual(fromRow.ok && fromRow.person);
  });
});

describe('claim columns in a CSV roster', () => {
  test('are read by their Chinese headers and reach the person', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const path = join(mkdtempSync(join(tmpdir(), 'rencai-claims-')), 'roster.csv');
    writeFileSync(path, '编号,引进方式,单位性质,单位层级,工作地层级,起始年月,科研启动经费,新获称号,基层工作年限\nP1,直接引进,国有企业,市级,市级,2014-03,是,杰青,4\nP2,直接引进,国有企业,市级,市级,2014-03,,,\n');
    const roster = await openBundledRoster(path);
    const people = [];
    for await (const row of roster.rows) if (row.kind === 'person') people.push(row.person);
    expect(people.map((person) => person.claims)).toEqual([
      expect.objectContaining({ research_grant: { amount: null }, new_honors: ['nsfc_young'], grassroots_years: 4 }),
      undefined,
    ]);
  });
});
