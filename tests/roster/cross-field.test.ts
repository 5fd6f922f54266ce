// The rules between columns are one list (src/roster/cross-field.ts): the reader rejects a row that
// breaks one, and the questionnaire asks a column exactly when a rule requires it. Just-in/just-out pairs.
import { describe, expect, test } from 'vitest';
import { brokenRules, isAllowed, isRequired } from '../../src/roster/cross-field.js';
import { QUESTIONS } from '../../src/questionnaire/questions.js';
import type { Answers } from '../../src/questionnaire/relevance.js';

const ids = (facts: Answers) => brokenRules(facts).map((rule) => rule.id);
const asks = (key: string, answers: Answers) => QUESTIONS.find((question) => question.key === key)!.applies!(answers, { year: 2014 } as never, new Set());
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
    expect(isAllowed('fresh_graduate', { employer_type: 'private' })).toBe(true);
    expect(isAllowed('fresh_graduate', { employer_type: 'organ' })).toBe(false);
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
    expect(isRequired(key, answers)).toBe(expected);
  });
});
