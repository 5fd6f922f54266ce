// Digest §3.6 one-off grants and awards, §3.7 tax expenditures, §6 non-money rights.
import { describe, expect, test } from 'vitest';
import { ClaimRejectedError, computePerson } from '../../src/engine/index.js';
import { formatFen, type Fen } from '../../src/base/money.js';
import type { Claims } from '../../src/engine/types.js';
import { month, person, policy, type PersonFacts } from './helpers.js';

const yuan = (fen: Fen | null | undefined) => (fen == null ? fen : formatFen(fen));
const claim = (amount: number | null) => ({ amount: amount as Fen | null });
function itemOf(facts: PersonFacts, claims: Claims, year: number, code: string, rangePoint?: 'low' | 'mid' | 'high') {
  return computePerson({ ...person(facts), claims }, year, policy, rangePoint ? { rangePoint } : {}).items.find((item) => item.item === code);
}

describe('research start-up funding (§11): 1,000,000–5,000,000 by project progress', () => {
  const scholar: PersonFacts = { honors: ['changjiang'], employer_type: 'soe', employer_level: 'county', county: 'liuzhi', work_level: 'county', start: '2014-03' };
  test('undecided: no point amount, bounds 1,000,000 and 5,000,000, status range', () => {
    const item = itemOf(scholar, { research_grant: claim(null) }, 2014, 'research_startup');
    expect(item).toMatchObject({ status: 'range', amount: null, range: { low: 100000000, high: 500000000 } });
  });
  test('--range low / mid / high pick 1,000,000 / 3,000,000 / 5,000,000', () => {
    // mid = (1,000,000 + 5,000,000) / 2 = 3,000,000
    expect(['low', 'mid', 'high'].map((point) => yuan(itemOf(scholar, { research_grant: claim(null) }, 2014, 'research_startup', point as 'low')?.amount)))
      .toEqual(['1000000.00', '3000000.00', '5000000.00']);
  });
  test('a decided amount is used as it is, paid by the finance where the project enterprise is registered', () => {
    const item = itemOf(scholar, { research_grant: claim(200000000), project_level: 'city' }, 2014, 'research_startup');
    expect(item?.payers).toEqual([{ payer: 'city', amount: 200000000 }]);
  });
  test('with no project level given, the employer\'s level and county pay', () => {
    expect(itemOf(scholar, { research_grant: claim(150000000) }, 2014, 'research_startup')?.payers).toEqual([{ payer: 'county:liuzhi', amount: 150000000 }]);
  });
  test('a decided amount outside the range contradicts "100-500万元": the row is rejected at the column research_grant', () => {
    // 500,000 < 1,000,000 (the text's floor): not an amount this item can have.
    expect(() => itemOf(scholar, { research_grant: claim(50000000) }, 2014, 'research_startup')).toThrow(ClaimRejectedError);
  });
  test('an honour alone does not make a grant: the roster must claim a project', () => {
    expect(itemOf(scholar, { innovation_team: false }, 2014, 'research_startup')).toBeUndefined();
  });
  test('a locally trained scholar is not "introduced" (reading): no grant', () => {
    expect(itemOf({ ...scholar, intro_mode: 'local' }, { research_grant: claim(null) }, 2014, 'research_startup')).toBeUndefined();
  });
  test('an innovation team leader without an honour qualifies; someone with neither does not', () => {
    expect(itemOf({ start: '2014-03' }, { innovation_team: true, research_grant: claim(null) }, 2014, 'research_startup')?.status).toBe('range');
    expect(itemOf({ start: '2014-03' }, { research_grant: claim(null) }, 2014, 'research_startup')).toBeUndefined();
  });
  test('granted in the grant month\'s year, not the start year', () => {
    const claims: Claims = { research_grant: claim(100000000), grant_month: month('2015-06') };
    expect(itemOf(scholar, claims, 2014, 'research_startup')).toBeUndefined();
    expect(yuan(itemOf(scholar, claims, 2015, 'research_startup')?.amount)).toBe('1000000.00');
  });
});

describe('academician candidates and new honours (§11, §18)', () => {
  test('listed as an academician candidate: the city\'s 1,000,000 (the province\'s 1,200,000 is not a city outlay)', () => {
    expect(yuan(itemOf({}, { new_honors: ['academician_candidate'] }, 2014, 'academician_candidate')?.amount)).toBe('1000000.00');
  });
  test('newly elected academician: 100,000 from city finance', () => {
    expect(itemOf({ honors: ['academician_cas'], employer_type: 'soe' }, { new_honors: ['academician_cas'] }, 2014, 'honor_reward')?.payers).toEqual([{ payer: 'city', amount: 10000000 }]);
  });
  test('two new honours in one year: 2 × 100,000 = 200,000 (reading: each honour)', () => {
    const item = itemOf({}, { new_honors: ['nsfc_young', 'ten_thousand_talents'] }, 2014, 'honor_reward');
    expect(yuan(item?.amount)).toBe('200000.00');
    expect(item?.readings).toContain('honor_reward_per_honor');
  });
  test('an honour held but not newly won earns no reward', () => {
    expect(itemOf({ honors: ['nsfc_young'] }, { new_honors: [] }, 2014, 'honor_reward')).toBeUndefined();
  });
  test('a new honour outside the list (a provincial core expert) earns no reward', () => {
    expect(itemOf({}, { new_honors: ['prov_core_expert'] }, 2014, 'honor_reward')).toBeUndefined();
  });
});

describe('award match (§18): the city matches a national or provincial S&T progress award', () => {
  test('a provincial award of 50,000 is matched with 50,000 from the city', () => {
    expect(itemOf({ employer_type: 'private' }, { sci_award_amount: claim(5000000) }, 2014, 'award_match')?.payers).toEqual([{ payer: 'city', amount: 5000000 }]);
  });
  test('an award won but its amount not given: listed with no amount', () => {
    expect(itemOf({}, { sci_award_amount: claim(null) }, 2014, 'award_match')).toMatchObject({ status: 'amount_missing', amount: null });
  });
});

describe('graduate employment items (§14)', () => {
  const privateFirm: PersonFacts = { employer_type: 'private', employer_level: 'county', county: 'panzhou', work_level: 'county', start: '2014-09' };
  test('a private employer hiring a fresh graduate gets 1,000 from the employment fund, in the start month', () => {
    expect(itemOf(privateFirm, { hired_graduate: true }, 2014, 'graduate_hiring_grant')?.payers).toEqual([{ payer: 'employment_fund', amount: 100000 }]);
    expect(itemOf(privateFirm, { hired_graduate: true }, 2015, 'graduate_hiring_grant')).toBeUndefined();
  });
  test('a grassroots programme recruit: at least 2,000, counted as an open range unless decided', () => {
    const item = itemOf(privateFirm, { grassroots_program: 'village_official' }, 2014, 'grassroots_settlement');
    expect(item).toMatchObject({ status: 'range', amount: null, range: { low: 200000, high: null }, payers: [{ payer: 'county:panzhou', amount: null }] });
    // "not less than": every point of an open range is its floor, 2,000
    expect(yuan(itemOf(privateFirm, { grassroots_program: 'western_plan' }, 2014, 'grassroots_settlement', 'high')?.amount)).toBe('2000.00');
  });
  test('a decided settlement of 3,000 is used', () => {
    expect(yuan(itemOf(privateFirm, { grassroots_program: 'three_supports', settlement_amount: claim(300000) }, 2014, 'grassroots_settlement')?.amount)).toBe('3000.00');
  });
  test('tuition compensation follows the national standard: the roster\'s amount, booked on the serving county (reading), after 3 years in a programme', () => {
    const served: Claims = { grassroots_program: 'western_plan', grassroots_years: 3 };
    expect(itemOf(privateFirm, { ...served, tuition_compensation: claim(1200000) }, 2014, 'grassroots_tuition')?.payers).toEqual([{ payer: 'county:panzhou', amount: 1200000 }]);
    expect(itemOf(privateFirm, { ...served, tuition_compensation: claim(null) }, 2014, 'grassroots_tuition')?.status).toBe('amount_missing');
  });
  test('first-year social insurance of a registered graduate in an SME: the actual 6,543.21, by the county where the firm is registered', () => {
    expect(itemOf(privateFirm, { sme_graduate: true, first_year_insurance: claim(654321) }, 2014, 'graduate_social_insurance')?.payers).toEqual([{ payer: 'county:panzhou', amount: 654321 }]);
    expect(itemOf(privateFirm, { sme_graduate: true }, 2014, 'graduate_social_insurance')?.status).toBe('amount_missing');
  });
});

describe('tax expenditures (§14, §15): reported apart from cash', () => {
  const smeGraduate: PersonFacts = { employer_type: 'private', employer_level: 'county', county: 'panzhou', work_level: 'county', start: '2014-09' };
  test.each([[2013, undefined], [2014, '4800.00'], [2015, '4800.00'], [2016, '4800.00'], [2017, undefined]])(
    'the SME deduction of 4,800 a graduate a year runs three calendar years from hiring: %i → %s', (year, amount) => {
      expect(yuan(itemOf(smeGraduate, { sme_graduate: true }, year, 'graduate_tax_deduction')?.amount)).toBe(amount);
    });
  test('leaving in 2015 ends the deduction after 2015', () => {
    expect(itemOf({ ...smeGraduate, end: '2015-03' }, { sme_graduate: true }, 2016, 'graduate_tax_deduction')).toBeUndefined();
  });
  test('tax items count in taxTotal, never in the cash total; the income-tax return is a cash outlay (§15: 作为政府支出)', () => {
    const result = computePerson({ ...person(smeGraduate), claims: { sme_graduate: true, first_year_insurance: claim(500000), income_tax_return: claim(123456) } }, 2014, policy);
    // cash: insurance 5,000.00 + income-tax return 1,234.56 = 6,234.56 ; tax: the SME deduction 4,800.00
    expect(yuan(result.total)).toBe('6234.56');
    expect(yuan(result.taxTotal)).toBe('4800.00');
    expect(result.items.filter((item) => item.category === 'tax').map((item) => item.item)).toEqual(['graduate_tax_deduction']);
    expect(result.items.find((item) => item.item === 'income_tax_return')?.readings).toContain('income_tax_return_is_expenditure');
  });
  test('the sole-proprietor exemption applies from 2013-07 (before the policy\'s own date)', () => {
    expect(yuan(itemOf({ start: '2013-07' }, { startup_tax_exempt: claim(90000) }, 2013, 'startup_tax_exemption')?.amount)).toBe('900.00');
    expect(itemOf({ start: '2012-01' }, { startup_tax_exempt: claim(90000) }, 2012, 'startup_tax_exemption')).toBeUndefined();
  });
});

describe('non-money entitlements (§6)', () => {
  const rights = (facts: PersonFacts, claims: Claims = {}) => computePerson({ ...person(facts), claims }, 2014, policy).rights?.map((right) => right.id) ?? [];
  test.each<[string, PersonFacts, Claims, string[]]>([
    // §13 green card: 经认定的高层次创新创业人才 (tiers A–D, reading) whatever way they came; §19 direct 副高/中级: 到企事业单位工作的博士、硕士.
    ['a directly introduced doctor in a public institution: direct title application; no green card (a doctor is tier E, not 高层次)', { education: 'doctor', degree: 'doctor', employer_type: 'inst_full' }, {}, ['direct_title_application']],
    ['a directly introduced doctor who already holds 正高: no direct 副高/中级 application', { education: 'doctor', degree: 'doctor', employer_type: 'inst_full', title: 'senior' }, {}, []],
    ['a locally trained doctor in an institution: no direct application (not a newcomer)', { intro_mode: 'local', education: 'doctor', degree: 'doctor', employer_type: 'inst_full' }, {}, []],
    ['a locally trained doctor in an organ: none of these', { intro_mode: 'local', education: 'doctor', degree: 'doctor' }, {}, []],
    ['a locally trained academician: the green card (the text does not ask how they came)', { intro_mode: 'local', honors: ['academician_cas'] }, {}, ['green_card', 'higher_pay_on_transfer']],
    ['an urgently needed introduction in an organ: green card, free of staffing quotas, §9 higher pay on moving', {}, { urgent_talent: true }, ['green_card', 'quota_exempt', 'higher_pay_on_transfer']],
    ['a township engineer (technical staff) with an intermediate title: township posts and early application', { title: 'intermediate', employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '3000' }, { technical_staff: true }, ['township_post_no_quota', 'township_title_early']],
    ['a township government clerk with no technical post: neither township title right', { employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '3000' }, {}, []],
    ['a scientist taking a post in an enterprise: salary and post kept', {}, { scientist_in_enterprise: true }, ['kept_salary_and_post']],
    ['three years at grassroots: civil-service openings; two years: not yet', {}, { grassroots_years: 3 }, ['civil_service_reserved']],
    ['a coal-mine inspector who is a registered safety engineer', {}, { coal_safety_inspector: true, registered_safety_engineer: true }, ['coal_inspector_benefits', 'safety_engineer_intermediate']],
    ['§19 破格: a State Council allowance expert (also tier D: green card; no title: no direct post)', { honors: ['state_council_allowance'] }, {}, ['green_card', 'title_exceptional', 'higher_pay_on_transfer']],
    ['§19 破格: a front-line scientist', {}, { frontline_scientist: true }, ['title_exceptional']],
    ['§19 5 years of county/township technical work: the present work decides (just in); 4 years: not (just out)', {}, { technical_years: 5 }, ['title_by_present_work']],
    ['§19 4 years of county/township technical work: nothing yet', {}, { technical_years: 4 }, []],
    ['§19 a tier-B scientist with a senior title in an institution: direct post outside quotas, §9 higher pay on moving, green card', { honors: ['changjiang'], title: 'senior', employer_type: 'inst_full' }, {}, ['green_card', 'direct_post_appointment', 'higher_pay_on_transfer']],
    ['§14 a bachelor sole proprietor: registered capital by instalments', { education: 'bachelor', employer_type: 'private' }, { startup_tax_exempt: { amount: null } }, ['registered_capital_instalments']],
    // §14 高校毕业生申办企业: the subject is a graduate, so the education must be given as 大专 or above (just in) …
    ['§14 an associate (大专) sole proprietor: a graduate founder, registered capital by instalments (just in)', { education: 'associate', employer_type: 'private' }, { startup_tax_exempt: { amount: null } }, ['registered_capital_instalments']],
    // … and a row that says nothing of education is not known to be a graduate (just out): the academician of check.test.ts.
    ['§14 a sole proprietor whose education is not given: not known to be a graduate, no registered-capital right (just out)', { employer_type: 'private' }, { startup_tax_exempt: { amount: null } }, []],
    ['§14 a bachelor hired by an SME: personnel-agency fees waived; an associate graduate: not (本科以上)', { education: 'bachelor', employer_type: 'private' }, { sme_graduate: true }, ['personnel_agency_fee_waiver']],
    ['§14 an associate graduate hired by an SME: no agency-fee waiver', { education: 'associate', employer_type: 'private' }, { sme_graduate: true }, []],
  ])('%s', (_name, facts, claims, expected) => {
    expect(rights(facts, claims)).toEqual(expected);
  });
  test('two years at grassroots level is one short of the civil-service reservation', () => {
    expect(rights({}, { grassroots_years: 2 })).toEqual([]);
  });
});
