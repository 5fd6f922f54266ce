// Case tables for digest §3.1–§3.5 and the payers of §4, each amount worked out from the digest.
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { formatFen } from '../../src/base/money.js';
import { itemsOf, person, policy, type PersonFacts } from './helpers.js';

const yuan = (fen: number | null | undefined) => (fen == null ? fen : formatFen(fen));
const amountOf = (facts: PersonFacts, year: number, item: string) => yuan(itemsOf(facts, year)[item]?.amount);

describe('tiers (§16, §17): the highest tier any attribute gives', () => {
  test.each<[string, PersonFacts, string | null]>([
    ['an academician is tier A', { honors: ['academician_cae'] }, 'A'],
    ['a Changjiang scholar who is also a doctoral supervisor is tier B', { honors: ['changjiang', 'doctoral_supervisor'] }, 'B'],
    ['a provincial core expert is tier C', { honors: ['prov_core_expert'] }, 'C'],
    ['a State Council allowance expert is tier D', { honors: ['state_council_allowance'] }, 'D'],
    ['a doctor by education and degree is tier E', { education: 'doctor', degree: 'doctor' }, 'E'],
    ['a doctor by education with only a master degree is not tier E', { education: 'doctor', degree: 'master' }, null],
    ['a master with a full senior title is tier F', { education: 'master', degree: 'master', title: 'senior' }, 'F'],
    ['a master with an associate senior title is no tier', { education: 'master', degree: 'master', title: 'associate_senior' }, null],
    ['a doctor with a full senior title meets F through "master or higher", and E is higher', { education: 'doctor', degree: 'doctor', title: 'senior' }, 'E'],
    ['a China Skill Award winner is tier F', { honors: ['china_skill_award'] }, 'F'],
    ['a senior technician is tier G', { skill: 'senior_technician' }, 'G'],
    ['a technician is no tier', { skill: 'technician' }, null],
    ['a city-managed expert has no tier (only an allowance line)', { honors: ['city_expert'] }, null],
  ])('%s', (_name, facts, tier) => {
    expect(computePerson(person(facts), 2014, policy).tier).toBe(tier);
  });
});

describe('housing purchase subsidy (§16, digest §3.1): one-off at the highest tier', () => {
  test.each<[string, PersonFacts, string | undefined]>([
    ['tier A direct: 1,200,000', { honors: ['academician_cas'] }, '1200000.00'],
    ['tier B direct: 600,000', { honors: ['nsfc_young'] }, '600000.00'],
    ['tier C direct: 350,000', { honors: ['prov_core_expert'] }, '350000.00'],
    ['tier D direct: 250,000', { honors: ['doctoral_supervisor'] }, '250000.00'],
    ['tier E direct: 180,000', { education: 'doctor', degree: 'doctor' }, '180000.00'],
    ['tier F direct: 60,000', { honors: ['natl_technical_expert'] }, '60000.00'],
    ['tier G direct: 40,000', { skill: 'senior_technician' }, '40000.00'],
    ['tier G locally trained: the same 40,000', { skill: 'senior_technician', intro_mode: 'local' }, '40000.00'],
    ['locally trained with housing reform: excluded', { skill: 'senior_technician', intro_mode: 'local', housing_reform: true }, undefined],
    ['direct with housing reform: not excluded (reading: the exclusion is for local people)', { skill: 'senior_technician', housing_reform: true }, '40000.00'],
    ['flexible: no purchase subsidy', { skill: 'senior_technician', intro_mode: 'flexible' }, undefined],
    ['no tier: nothing', { education: 'master', degree: 'master' }, undefined],
  ])('%s', (_name, facts, amount) => {
    expect(amountOf(facts, 2014, 'housing_purchase')).toBe(amount);
  });

  test('the subsidy counts only in the year it is granted: the start month\'s year', () => {
    const facts: PersonFacts = { honors: ['prov_core_expert'], start: '2014-12' };
    expect(amountOf(facts, 2013, 'housing_purchase')).toBeUndefined();
    expect(amountOf(facts, 2014, 'housing_purchase')).toBe('350000.00');
    expect(amountOf(facts, 2015, 'housing_purchase')).toBeUndefined();
  });

  test('a start before the policy took effect is granted in the effective month, 2013-08 (reading)', () => {
    const item = itemsOf({ honors: ['prov_core_expert'], intro_mode: 'local', start: '2010-05' }, 2013).housing_purchase;
    expect(yuan(item?.amount)).toBe('350000.00');
    expect(item?.readings).toContain('one_off_before_effective');
    expect(amountOf({ honors: ['prov_core_expert'], intro_mode: 'local', start: '2010-05' }, 2010, 'housing_purchase')).toBeUndefined();
  });
});

describe('rental subsidy for flexible introductions (§16, digest §3.2): area × rent per m²', () => {
  test.each<[string, PersonFacts, string | null | undefined, string | null | undefined]>([
    // A: 200 m² × 10 = 2000.00 a month; 12 months = 24000.00
    ['tier A at 10 yuan/m²: 2,000 a month', { honors: ['top_sci_award'], rent_per_m2: '10' }, '2000.00', '24000.00'],
    // C: 120 m² × 8.5 = 1020.00; × 12 = 12240.00
    ['tier C at 8.5 yuan/m²: 1,020 a month', { honors: ['prov_core_expert'], rent_per_m2: '8.5' }, '1020.00', '12240.00'],
    // G: 80 m² × 7.333 = 586.64; × 12 = 7039.68
    ['tier G at 7.333 yuan/m²: 586.64 a month, rounded once', { skill: 'senior_technician', rent_per_m2: '7.333' }, '586.64', '7039.68'],
    // E: 80 × 0.00006 = 0.0048 yuan = 0.48 fen → 0 : nothing to pay, item left out
    ['a rate that rounds to nothing pays nothing', { education: 'doctor', degree: 'doctor', rent_per_m2: '0.00006' }, undefined, undefined],
  ])('%s', (_name, facts, monthly, amount) => {
    const item = itemsOf({ intro_mode: 'flexible', ...facts }, 2014).housing_rent_flexible;
    expect(yuan(item?.monthly)).toBe(monthly);
    expect(yuan(item?.amount)).toBe(amount);
  });

  test('with no rate anywhere the item is listed with no amount and status rate_missing', () => {
    const item = itemsOf({ intro_mode: 'flexible', honors: ['prov_core_expert'], employer_level: 'county', county: 'panzhou', work_level: 'county' }, 2014).housing_rent_flexible;
    expect(item?.status).toBe('rate_missing');
    expect(item?.amount).toBeNull();
    expect(item?.months).toBe(12);
    expect(item?.readings).toContain('rent_rate_never_guessed');
  });

  test('the county table supplies the rate when the roster does not, and the roster overrides it', () => {
    const withTable = { ...policy, rentRates: { ...policy.rentRates, liuzhi: { numerator: 9, denominator: 1, text: '9' } } };
    const base: PersonFacts = { intro_mode: 'flexible', skill: 'senior_technician', employer_level: 'county', county: 'liuzhi', work_level: 'county' };
    // 80 × 9 = 720.00 a month
    expect(yuan(computePerson(person(base), 2014, withTable).items[0]?.monthly)).toBe('720.00');
    // the roster's 10 wins: 80 × 10 = 800.00
    expect(yuan(computePerson(person({ ...base, rent_per_m2: '10' }), 2014, withTable).items[0]?.monthly)).toBe('800.00');
  });
});

describe('graduate rental subsidy (§16, digest §3.3): 200 a month for at most 12 months', () => {
  const graduate: PersonFacts = { fresh_graduate: true, employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county', education: 'bachelor', degree: 'bachelor' };
  test('starting in January pays 12 × 200 = 2,400 in that year and nothing the next', () => {
    expect(amountOf({ ...graduate, start: '2014-01' }, 2014, 'graduate_rent')).toBe('2400.00');
    expect(amountOf({ ...graduate, start: '2014-01' }, 2015, 'graduate_rent')).toBeUndefined();
  });
  test('the 12-month cap crosses the year end: from 2014-07, 6 months in 2014 and 6 in 2015', () => {
    // 2014-07..2014-12 = 6 × 200 = 1200 ; 2015-01..2015-06 = 6 × 200 = 1200 ; 2016: none
    expect(amountOf({ ...graduate, start: '2014-07' }, 2014, 'graduate_rent')).toBe('1200.00');
    expect(amountOf({ ...graduate, start: '2014-07' }, 2015, 'graduate_rent')).toBe('1200.00');
    expect(amountOf({ ...graduate, start: '2014-07' }, 2016, 'graduate_rent')).toBeUndefined();
  });
  test('an end before the cap ends it sooner: 2014-07 to 2014-09 is 3 × 200 = 600', () => {
    expect(amountOf({ ...graduate, start: '2014-07', end: '2014-09' }, 2014, 'graduate_rent')).toBe('600.00');
  });
  test('the county where the enterprise is pays, whatever the employer type', () => {
    expect(itemsOf(graduate, 2014).graduate_rent?.payers).toEqual([{ payer: 'county:zhongshan', amount: 240000 }]);
  });
  test('a contract from 2013-03 runs to 2014-02, but the policy pays only from 2013-08: 5 months in 2013, 2 in 2014', () => {
    // 2013-08..2013-12 = 5 × 200 = 1000 ; 2014-01..2014-02 = 2 × 200 = 400
    expect(amountOf({ ...graduate, start: '2013-03' }, 2013, 'graduate_rent')).toBe('1000.00');
    expect(amountOf({ ...graduate, start: '2013-03' }, 2014, 'graduate_rent')).toBe('400.00');
  });
  test('not a fresh graduate: nothing', () => {
    expect(amountOf({ ...graduate, fresh_graduate: false }, 2014, 'graduate_rent')).toBeUndefined();
  });
});

describe('talent allowance (§17, digest §3.4): the highest line met', () => {
  test.each<[string, PersonFacts, string | undefined]>([
    ['tier A: 25,000 a month', { honors: ['academician_cas'] }, '25000.00'],
    ['tier B: 6,000', { honors: ['thousand_talents'] }, '6000.00'],
    ['tier C: 4,000', { honors: ['prov_core_expert'] }, '4000.00'],
    ['tier D: 1,500', { honors: ['prov_selected_expert'] }, '1500.00'],
    ['a doctor in an enterprise: 800', { education: 'doctor', degree: 'doctor', employer_type: 'soe' }, '800.00'],
    ['a doctor in a self-financing institution counts as 企事业: 800 (reading)', { education: 'doctor', degree: 'doctor', employer_type: 'inst_self' }, '800.00'],
    ['a doctor in an organ: 300', { education: 'doctor', degree: 'doctor', employer_type: 'organ' }, '300.00'],
    ['a doctor in an organ working at county level: 1,000 beats 300', { education: 'doctor', degree: 'doctor', employer_type: 'organ', employer_level: 'county', county: 'liuzhi', work_level: 'county' }, '1000.00'],
    ['a full senior title (no master) working in a village: 1,000', { title: 'senior', employer_level: 'county', county: 'shuicheng', work_level: 'village', base_salary: '0' }, '1000.00'],
    ['a full senior title at a county-level employer but working in the city: nothing (place of work counts)', { title: 'senior', employer_level: 'county', county: 'shuicheng', work_level: 'city' }, undefined],
    ['a city-managed expert: 1,000', { honors: ['city_expert'] }, '1000.00'],
    ['a senior technician: 500', { skill: 'senior_technician' }, '500.00'],
    ['a master with a full senior title in the city: 500', { education: 'master', degree: 'master', title: 'senior' }, '500.00'],
    ['a State Council expert who is also a city-managed expert: 1,500 beats 1,000', { honors: ['state_council_allowance', 'city_expert'] }, '1500.00'],
    ['a bachelor with no title: nothing', { education: 'bachelor', degree: 'bachelor' }, undefined],
  ])('%s', (_name, facts, monthly) => {
    expect(yuan(itemsOf(facts, 2014).talent_allowance?.monthly)).toBe(monthly);
  });

  test('every candidate line is kept, the chosen one marked', () => {
    const item = itemsOf({ honors: ['city_expert'], skill: 'senior_technician', education: 'doctor', degree: 'doctor', employer_type: 'inst_full' }, 2014).talent_allowance;
    expect(item?.candidates).toEqual([
      { line: 'doctor_enterprise_institution', monthly: 80000, chosen: false },
      { line: 'city_expert', monthly: 100000, chosen: true },
      { line: 'tier_f_g', monthly: 50000, chosen: false },
    ]);
  });

  test('a flexible introduction gets it as employer-set, with no amount, paid by the employer', () => {
    const item = itemsOf({ intro_mode: 'flexible', honors: ['thousand_talents'], employer_type: 'inst_full', rent_per_m2: '10' }, 2014).talent_allowance;
    expect(item).toMatchObject({ status: 'employer_set', monthly: null, amount: null, months: 12, payers: [{ payer: 'employer', amount: null }] });
  });

  test.each<[string, PersonFacts, number, string | undefined]>([
    // months: both ends inclusive (digest §5)
    ['start in December: 1 month × 1,500 = 1,500', { start: '2014-12' }, 2014, '1500.00'],
    ['start in January next year: nothing this year', { start: '2015-01' }, 2014, undefined],
    ['end in January: 1 month × 1,500 = 1,500', { start: '2013-09', end: '2014-01' }, 2014, '1500.00'],
    ['end in December the year before: nothing', { start: '2013-09', end: '2013-12' }, 2014, undefined],
    ['start 2013-01 counts from 2013-08: 5 × 1,500 = 7,500 in 2013', { start: '2013-01' }, 2013, '7500.00'],
    ['start 2013-09 to end 2013-11: 3 × 1,500 = 4,500', { start: '2013-09', end: '2013-11' }, 2013, '4500.00'],
    ['a year before the policy: nothing', { start: '2010-01' }, 2012, undefined],
  ])('months at the edges of the year: %s', (_name, facts, year, amount) => {
    expect(amountOf({ honors: ['doctoral_supervisor'], ...facts }, year, 'talent_allowance')).toBe(amount);
  });
});

describe('grassroots allowance (§17, digest §3.5): 20% of the basic salary at township level or below', () => {
  const township: PersonFacts = { employer_level: 'county', county: 'panzhou', work_level: 'township', base_salary: '3000' };
  test('3,000 × 20% = 600 a month, × 12 = 7,200, for someone with no tier (reading: everyone on the roster)', () => {
    const item = itemsOf(township, 2014).grassroots_allowance;
    expect([yuan(item?.monthly), yuan(item?.amount)]).toEqual(['600.00', '7200.00']);
    expect(item?.readings).toContain('grassroots_everyone_on_roster');
  });
  test('3,333.33 × 20% = 666.666 → 666.67 a month (half up), × 12 = 8,000.04', () => {
    expect(amountOf({ ...township, base_salary: '3333.33' }, 2014, 'grassroots_allowance')).toBe('8000.04');
  });
  test('3,333.32 × 20% = 666.664 → 666.66 a month, × 12 = 7,999.92', () => {
    expect(amountOf({ ...township, base_salary: '3333.32' }, 2014, 'grassroots_allowance')).toBe('7999.92');
  });
  test('0.025 × 20%: 2.5 fen × … the monthly rounding is to fen: 0.03 × 20% = 0.006 → 0.01', () => {
    expect(yuan(itemsOf({ ...township, base_salary: '0.03' }, 2014).grassroots_allowance?.monthly)).toBe('0.01');
  });
  test('in a village too; at county level not', () => {
    expect(amountOf({ ...township, work_level: 'village' }, 2014, 'grassroots_allowance')).toBe('7200.00');
    expect(amountOf({ ...township, work_level: 'county' }, 2014, 'grassroots_allowance')).toBeUndefined();
  });
  test('it comes on top of the talent allowance: a tier D at township level gets both', () => {
    const items = itemsOf({ ...township, honors: ['doctoral_supervisor'] }, 2014);
    // 1500 × 12 = 18000 ; 600 × 12 = 7200
    expect([yuan(items.talent_allowance?.amount), yuan(items.grassroots_allowance?.amount)]).toEqual(['18000.00', '7200.00']);
  });
  test('a flexible introduction at township level gets it too, paid by the employer-type rule', () => {
    const item = itemsOf({ ...township, intro_mode: 'flexible', employer_type: 'inst_full' }, 2014).grassroots_allowance;
    expect(item?.payers).toEqual([{ payer: 'county:panzhou', amount: 720000 }]);
  });
});

describe('who pays (§16, §17, digest §4)', () => {
  const doctorD: PersonFacts = { honors: ['doctoral_supervisor'], start: '2014-01' }; // 1,500 × 12 = 18,000 a year
  test.each<[string, PersonFacts, { payer: string; amount: number }[]]>([
    ['a city organ: city finance pays it all', { employer_type: 'organ' }, [{ payer: 'city', amount: 1800000 }]],
    ['a county fully funded institution: that county pays it all', { employer_type: 'inst_full', employer_level: 'county', county: 'liuzhi', work_level: 'county' }, [{ payer: 'county:liuzhi', amount: 1800000 }]],
    // 18,000 × 0.65 = 11,700.00 county ; 6,300.00 employer
    ['a partially funded institution at 0.65: 11,700 county, 6,300 employer', { employer_type: 'inst_partial', fiscal_share: '0.65', employer_level: 'county', county: 'zhongshan', work_level: 'county' }, [{ payer: 'county:zhongshan', amount: 1170000 }, { payer: 'employer', amount: 630000 }]],
    ['a partially funded institution at share 0: all employer', { employer_type: 'inst_partial', fiscal_share: '0' }, [{ payer: 'employer', amount: 1800000 }]],
    ['a partially funded institution at share 1: all finance', { employer_type: 'inst_partial', fiscal_share: '1' }, [{ payer: 'city', amount: 1800000 }]],
    ['a self-financing institution: the employer', { employer_type: 'inst_self' }, [{ payer: 'employer', amount: 1800000 }]],
    ['a central or provincial unit: the employer', { employer_type: 'central_prov' }, [{ payer: 'employer', amount: 1800000 }]],
    ['a state enterprise: the employer', { employer_type: 'soe' }, [{ payer: 'employer', amount: 1800000 }]],
    ['a private enterprise: the employer', { employer_type: 'private' }, [{ payer: 'employer', amount: 1800000 }]],
  ])('%s', (_name, facts, payers) => {
    expect(itemsOf({ ...doctorD, ...facts }, 2014).talent_allowance?.payers).toEqual(payers);
  });

  test('a split of an odd fen: 1,000.01 × 12 months… the split is made on the year, half up for finance', () => {
    // grassroots: 5000.05 × 20% = 1000.01 a month; × 12 = 12000.12; × 0.5 = 6000.06 finance, 6000.06 employer
    // with share 0.333: 12000.12 × 0.333 = 3996.03996 → 3996.04 finance ; 8004.08 employer
    const item = itemsOf({ employer_type: 'inst_partial', fiscal_share: '0.333', employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '5000.05' }, 2014).grassroots_allowance;
    expect(item?.payers).toEqual([{ payer: 'county:liuzhi', amount: 399604 }, { payer: 'employer', amount: 800408 }]);
  });

  test('a township unit (county employer, township work) notes the reading that its county pays', () => {
    const item = itemsOf({ ...doctorD, employer_type: 'organ', employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '1000' }, 2014).talent_allowance;
    expect(item?.payers).toEqual([{ payer: 'county:liuzhi', amount: 1800000 }]);
    expect(item?.readings).toContain('township_units_through_county');
  });
});

describe('a person\'s total', () => {
  test('is the sum of the computed items and leaves unknown amounts out', () => {
    // tier C flexible, no rate: rent unknown, allowance employer-set, grassroots 4000 × 20% = 800 × 12 = 9600
    const result = computePerson(person({ intro_mode: 'flexible', honors: ['prov_core_expert'], employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '4000' }), 2014, policy);
    expect(result.items.map((item) => [item.item, item.status])).toEqual([
      ['housing_rent_flexible', 'rate_missing'], ['talent_allowance', 'employer_set'], ['grassroots_allowance', 'computed'],
    ]);
    expect(formatFen(result.total)).toBe('9600.00');
  });
});
