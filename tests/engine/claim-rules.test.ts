// Issue #14: every claimed grant, award and tax item pays only what its sentence grants. A row whose
// claim contradicts the text is rejected (ClaimRejectedError, with its column); a valid row that does
// not meet a condition has the claim declined (result.declined, with the failed rule). Each rule has a
// just-in and a just-out case, worked out from the sentence in a comment.
import { describe, expect, test } from 'vitest';
import { ClaimRejectedError, computePerson } from '../../src/engine/index.js';
import { claimViolations } from '../../src/engine/claim-rules.js';
import type { Claims } from '../../src/engine/types.js';
import { person, policy, type PersonFacts } from './helpers.js';
import { fen } from '../fen.js';

const claim = (amount: number | null) => ({ amount: amount === null ? null : fen(amount) });
const county: PersonFacts = { employer_type: 'organ', employer_level: 'county', county: 'zhongshan', work_level: 'county', start: '2014-03', education: 'bachelor' };
const firm: PersonFacts = { employer_type: 'private', employer_level: 'county', county: 'panzhou', work_level: 'county', start: '2014-09', education: 'bachelor' };

function run(facts: PersonFacts, claims: Claims, year = 2014) {
  return computePerson({ ...person(facts), claims }, year, policy);
}
function rejectedColumns(facts: PersonFacts, claims: Claims | undefined): string[] {
  return claimViolations({ ...person(facts), ...(claims ? { claims } : {}) }, policy).map((violation) => violation.column);
}
const amountOf = (facts: PersonFacts, claims: Claims, item: string, year = 2014) => run(facts, claims, year).items.find((entry) => entry.item === item)?.amount;

describe('§14 settlement grant "不低于2000元": a floor on the decided amount', () => {
  const recruit: Claims = { grassroots_program: 'village_official' };
  test('2,000.00 is paid (just in)', () => {
    expect(amountOf(county, { ...recruit, settlement_amount: claim(200000) }, 'grassroots_settlement')).toBe(200000);
  });
  test('1,999.99 is below the floor: the row is rejected at settlement_amount (just out)', () => {
    expect(rejectedColumns(county, { ...recruit, settlement_amount: claim(199999) })).toEqual(['settlement_amount']);
    expect(() => run(county, { ...recruit, settlement_amount: claim(199999) })).toThrow(ClaimRejectedError);
  });
});

describe('§11 research start-up funds "100-500万元"', () => {
  const scholar: PersonFacts = { ...county, honors: ['changjiang'] };
  test('5,000,000.00 is paid, 5,000,000.01 rejected; 1,000,000.00 paid, 999,999.99 rejected', () => {
    expect(amountOf(scholar, { research_grant: claim(500000000) }, 'research_startup')).toBe(500000000);
    expect(rejectedColumns(scholar, { research_grant: claim(500000001) })).toEqual(['research_grant']);
    expect(amountOf(scholar, { research_grant: claim(100000000) }, 'research_startup')).toBe(100000000);
    expect(rejectedColumns(scholar, { research_grant: claim(99999999) })).toEqual(['research_grant']);
  });
  test('"对引进……的长江学者": a locally trained 长江学者 is declined, with the rule and its reading; a direct introduction is paid', () => {
    const local = run({ ...scholar, intro_mode: 'local' }, { research_grant: claim(200000000) });
    expect(local.items.find((item) => item.item === 'research_startup')).toBeUndefined();
    expect(local.declined).toEqual([{
      item: 'research_startup', clause: '§11',
      reasons: [{ key: 'condition_failed', params: { rule: 'research_needs_introduced' } }],
      readings: ['introduced_means_direct_or_flexible'],
    }]);
    expect(amountOf(scholar, { research_grant: claim(200000000) }, 'research_startup')).toBe(200000000);
  });
  test('neither a §11 honour nor a team: declined; an innovation team alone: granted (a range)', () => {
    expect(run(county, { research_grant: claim(null) }).declined?.[0]?.reasons[0]?.params?.rule).toBe('research_needs_honour_or_team');
    expect(run(county, { research_grant: claim(null), innovation_team: true }).items.find((item) => item.item === 'research_startup')?.status).toBe('range');
  });
  test('a claim granted in another budget year is not declined in this one', () => {
    expect(run({ ...scholar, intro_mode: 'local' }, { research_grant: claim(null) }, 2015).declined).toBeUndefined();
  });
});

describe('§14 tuition compensation: 大学生村官/三支一扶/西部计划 graduates with three years or more at the grassroots', () => {
  const served = (years: number | null): Claims => ({ grassroots_program: 'three_supports', grassroots_years: years, tuition_compensation: claim(800000) });
  test('3 years: the 8,000 claimed is paid (just in)', () => {
    expect(amountOf(county, served(3), 'grassroots_tuition')).toBe(800000);
  });
  test('2 years: declined, "到基层工作三年以上" (just out); years not given: declined too', () => {
    expect(run(county, served(2)).declined?.map((entry) => entry.item)).toEqual(['grassroots_tuition']);
    expect(amountOf(county, served(2), 'grassroots_tuition')).toBeUndefined();
    expect(run(county, served(null)).declined?.map((entry) => entry.item)).toEqual(['grassroots_tuition']);
  });
  test('no programme at all: the claim contradicts the sentence, rejected at grassroots_program', () => {
    expect(rejectedColumns(county, { grassroots_years: 3, tuition_compensation: claim(800000) })).toEqual(['grassroots_program']);
  });
});

describe('§14 and §16 graduate-only items are for graduates', () => {
  test('a 中专 leaver claiming the hiring grant, the SME items, the settlement grant or the start-up exemption is rejected at education', () => {
    const secondary: PersonFacts = { ...firm, education: 'secondary' };
    expect(rejectedColumns(secondary, { hired_graduate: true })).toEqual(['education']);
    expect(rejectedColumns(secondary, { sme_graduate: true })).toEqual(['education']);
    expect(rejectedColumns({ ...secondary, employer_type: 'organ' }, { grassroots_program: 'western_plan' })).toEqual(['education']);
    expect(rejectedColumns(secondary, { startup_tax_exempt: claim(null) })).toEqual(['education']);
  });
  test('a 大专 graduate may claim the §14 items (高校毕业生 includes 大专): nothing rejected', () => {
    expect(rejectedColumns({ ...firm, education: 'associate' }, { hired_graduate: true, sme_graduate: true })).toEqual([]);
    expect(amountOf({ ...firm, education: 'associate' }, { sme_graduate: true }, 'graduate_tax_deduction')).toBe(480000);
  });
  test('§16 graduate rent needs 学历学位: a 大专 fresh graduate is rejected at education, a 本科 one gets 200 a month', () => {
    expect(rejectedColumns({ ...firm, education: 'associate', fresh_graduate: true }, undefined)).toEqual(['education']);
    expect(rejectedColumns({ ...firm, education: 'bachelor', fresh_graduate: true }, undefined)).toEqual([]);
    // 2014-09 … 2014-12: 4 months × 200 = 800
    expect(computePerson(person({ ...firm, fresh_graduate: true }), 2014, policy).items.find((item) => item.item === 'graduate_rent')?.amount).toBe(80000);
  });
});

describe('§14 SME tax deduction "可在3年内": the hiring year and the two after it, only years the policy is in force', () => {
  // Hired 2011-03: window 2011, 2012, 2013; the policy is in force from 2013, so 2013 alone pays 4,800.
  test('hired three years back (2011): 4,800 in 2013, nothing in 2014', () => {
    const hired2011: PersonFacts = { ...firm, start: '2011-03' };
    expect(amountOf(hired2011, { sme_graduate: true }, 'graduate_tax_deduction', 2013)).toBe(480000);
    expect(amountOf(hired2011, { sme_graduate: true }, 'graduate_tax_deduction', 2014)).toBeUndefined();
  });
  test('hired four years back (2010): window 2010–2012, nothing in 2013', () => {
    expect(amountOf({ ...firm, start: '2010-03' }, { sme_graduate: true }, 'graduate_tax_deduction', 2013)).toBeUndefined();
  });
});

// The unit items' ranges, start date and claimed amounts are lps-2013's own cases (tests/units.yaml).
describe('§15 a person\'s tax item an office budgets: a claimed amount with its clause', () => {
  test('§15 technology-transfer business-tax exemption: a person\'s 12,000 tax forgone in the year', () => {
    const result = run(county, { tech_transfer_tax_exempt: claim(1200000) });
    expect(result.items.find((item) => item.item === 'tech_transfer_tax_exemption')).toMatchObject({ category: 'tax', amount: 1200000 });
    expect(result.taxTotal).toBe(1200000);
  });
});
