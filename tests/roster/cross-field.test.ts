// The rules between columns are one list (src/roster/cross-field.ts, with the text's own rules from
// column-rules.json): the reader rejects a row that breaks one, and the questionnaire asks a column
// exactly when a rule requires it and offers a claim only where the rules allow it. Just-in/just-out pairs.
import { describe, expect, test } from 'vitest';
import { brokenRules, crossFieldRules, isAllowed, isRequired } from '../../src/roster/cross-field.js';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';
import { offeredSituations } from '../../src/questionnaire/situations.js';
import { policy } from '../engine/helpers.js';
import { QUESTIONS } from '../../src/questionnaire/questions.js';
import type { Answers } from '../../src/questionnaire/relevance.js';

// The edition's rules between columns, as a command hands them to the reader and the questionnaire.
const RULES = crossFieldRules(policy.columnRules);
const ids = (facts: Answers) => brokenRules(RULES, facts, false).map((rule) => rule.id);
const claimIds = (facts: Answers) => brokenRules(RULES, facts, true).map((rule) => rule.id);
const asks = (key: string, answers: Answers) => QUESTIONS.find((question) => question.key === key)!.applies!(answers, { year: 2014, policy } as never, new Set());
const city = { employer_type: 'organ', employer_level: 'city', work_level: 'city' };

describe('the rules between columns', () => {
  test('a partially funded institution must give its funding share; a fully funded one must not', () => {
    expect(ids({ ...city, employer_type: 'inst_partial' })).toEqual(['fiscal_share_required']);
    expect(ids({ ...city, employer_type: 'inst_partial', fiscal_share: '0.65' })).toEqual([]);
    expect(ids({ ...city, employer_type: 'inst_full', fiscal_share: '0.65' })).toEqual(['fiscal_share_only_partial']);
  });
  test('a post at township level needs the basic salary (§17: a share of it); a post at county level does not', () => {
    expect(ids({ ...city, work_level: 'township', county: 'liuzhi' })).toEqual(['salary_at_township']);
    expect(ids({ ...city, work_level: 'county', county: 'liuzhi' })).toEqual([]);
  });
  test('the county is needed when a county pays: a county post needs it, a city employer at a city post does not', () => {
    expect(ids({ ...city, work_level: 'county' })).toEqual(['county_for_payer']);
    expect(ids(city)).toEqual([]);
  });
  test('a fresh graduate (§16) needs the enterprise\'s county, and only an enterprise employs one', () => {
    expect(ids({ ...city, employer_type: 'soe', fresh_graduate: 'yes' })).toEqual(['county_for_fresh_graduate']);
    expect(ids({ ...city, employer_type: 'soe', fresh_graduate: 'yes', county: 'liuzhi' })).toEqual([]);
    expect(ids({ ...city, employer_type: 'inst_self', fresh_graduate: 'yes', county: 'liuzhi' })).toEqual(['fresh_graduate_at_enterprise']);
    expect(isAllowed(RULES, 'fresh_graduate', { employer_type: 'private' })).toBe(true);
    expect(isAllowed(RULES, 'fresh_graduate', { employer_type: 'organ' })).toBe(false);
  });
});

describe('the questionnaire asks what the same rules require', () => {
  test.each([
    ['county', { ...city, work_level: 'village' }, true],
    ['county', city, false],
    ['base_salary', { ...city, work_level: 'village' }, true],
    ['base_salary', { ...city, work_level: 'county' }, false],
    ['fiscal_share', { ...city, employer_type: 'inst_partial' }, true],
    ['fiscal_share', { ...city, employer_type: 'inst_full' }, false],
  ] as const)('%s for %o: asked %s, as the reader requires it', (key, answers, expected) => {
    expect(asks(key, answers)).toBe(expected);
    expect(isRequired(RULES, key, answers)).toBe(expected);
  });
});

describe('the claim columns\' rules are in the same list', () => {
  test('§14: only a private economic organisation\'s hire earns the hiring grant; an SOE\'s does not', () => {
    expect(claimIds({ ...city, employer_type: 'private', hired_graduate: 'yes' })).toEqual([]);
    expect(claimIds({ ...city, employer_type: 'soe', hired_graduate: 'yes' })).toEqual(['hired_graduate_at_private']);
  });
  test('§14: the SME items are for enterprises (an SOE is in, a funded institution out)', () => {
    expect(claimIds({ ...city, employer_type: 'soe', sme_graduate: 'yes' })).toEqual([]);
    expect(claimIds({ ...city, employer_type: 'inst_full', sme_graduate: 'yes' })).toEqual(['sme_graduate_at_enterprise']);
  });
  test('an amount needs the column it is the amount of: the first-year insurance the SME graduate, the settlement the programme', () => {
    expect(claimIds({ ...city, employer_type: 'private', first_year_insurance: 'yes' })).toEqual(['insurance_needs_sme_graduate']);
    expect(claimIds({ ...city, employer_type: 'private', first_year_insurance: 'yes', sme_graduate: 'yes' })).toEqual([]);
    expect(claimIds({ ...city, settlement_amount: 'yes', county: 'liuzhi' })).toEqual(['settlement_needs_programme']);
    expect(claimIds({ ...city, settlement_amount: 'yes', grassroots_program: 'three_supports', county: 'liuzhi' })).toEqual([]);
  });
  test('a programme\'s settlement grant and a county project need a county to know who pays', () => {
    expect(claimIds({ ...city, grassroots_program: 'western_plan' })).toEqual(['county_for_programme']);
    expect(claimIds({ ...city, project_level: 'county' })).toEqual(['county_for_county_project']);
    expect(claimIds({ ...city, project_level: 'county', project_county: 'zhongshan' })).toEqual([]);
    expect(claimIds({ ...city, project_county: 'zhongshan' })).toEqual(['project_county_needs_level']);
  });
  test('the questionnaire offers the hiring grant only where the rule allows it', () => {
    const offered = (employer_type: string) => offeredSituations({ ...city, employer_type, education: 'bachelor', degree: 'bachelor' }, 2014, policy).map((entry) => entry.id);
    expect(offered('private')).toContain('hired_graduate');
    expect(offered('soe')).not.toContain('hired_graduate');
    expect(isAllowed(RULES, 'hired_graduate', { employer_type: 'soe' })).toBe(false);
  });
});

describe('the text\'s rules come from column-rules.json, applied by their kind', () => {
  const rules = policy.columnRules;
  test('the file holds §16, §17 and §14\'s rules, each with its clause and the sentence it comes from', () => {
    expect(rules.map((rule) => `${rule.clause} ${rule.id}`)).toEqual([
      '§17 salary_at_township', '§16 fresh_graduate_at_enterprise', '§14 hired_graduate_at_private', '§14 sme_graduate_at_enterprise',
    ]);
    for (const rule of rules) expect(RULES.map((entry) => entry.id)).toContain(rule.id);
  });
  // For every code of the deciding column, the rule holds exactly for the codes its data lists: a
  // "required" column is then required, an "only" column then allowed; never the other way round.
  test.each(policy.columnRules.map((rule) => [rule.id, rule] as const))('%s: each code of its deciding column, in and out', (_id, rule) => {
    for (const code of loadVocabulary().codesOf(rule.whenColumn as CodeField)) {
      const facts: Answers = { ...city, [rule.whenColumn]: code };
      const listed = rule.whenIn.includes(code);
      if (rule.kind === 'required') expect(isRequired(RULES, rule.column as never, facts), code).toBe(listed);
      else expect(isAllowed(RULES, rule.column as never, facts), code).toBe(listed);
    }
    // An empty deciding column breaks no rule: its own error (a required column) is enough.
    const unanswered: Answers = { ...city, [rule.whenColumn]: undefined };
    if (rule.kind === 'required') expect(isRequired(RULES, rule.column as never, unanswered)).toBe(false);
    else expect(isAllowed(RULES, rule.column as never, unanswered)).toBe(true);
  });
});
