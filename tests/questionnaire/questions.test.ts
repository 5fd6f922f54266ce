// The questionnaire's questions come from the column table (src/policy/columns.ts): these tests hold
// the table's question entries to what the questionnaire can ask, and the order the window asks in.
import { describe, expect, test } from 'vitest';
import { PERSON_COLUMNS, type AskTest } from '../../src/policy/columns.js';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';
import { answerText } from '../../src/questionnaire/answer-text.js';
import { ORDER } from '../../src/questionnaire/questions.js';
import { SITUATION_IDS } from '../../src/questionnaire/situations.js';

const vocabulary = loadVocabulary();
const asked = PERSON_COLUMNS.flatMap((column) => ('ask' in column ? [{ ...column, ask: column.ask }] : []));

describe('the questions of the column table', () => {
  test('are asked in the window\'s order: who, how they came, where they work, what they hold, money, dates; the checklist; its follow-ups', () => {
    expect(ORDER).toEqual([
      'name', 'honors', 'intro_mode', 'employer_type', 'fiscal_share', 'employer_level', 'work_level', 'county', 'education', 'degree',
      'title', 'skill', 'housing_reform', 'base_salary', 'rent_per_m2', 'fresh_graduate', 'start', 'end', 'situations',
      'new_honors', 'research_grant', 'innovation_team', 'sci_award_amount', 'grassroots_program', 'settlement_amount', 'tuition_compensation',
      'first_year_insurance', 'startup_tax_exempt', 'income_tax_return', 'tech_transfer_tax_exempt', 'technical_years', 'grassroots_years',
      'project_level', 'project_county', 'grant_month',
    ]);
  });

  test('leave unasked only the id (a walk-in gets one), the count and the claim columns the checklist sets by itself', () => {
    expect(PERSON_COLUMNS.filter((column) => !('ask' in column)).map((column) => column.key)).toEqual([
      'id', 'count', 'sci_award', 'hired_graduate', 'sme_graduate', 'urgent_talent', 'scientist_in_enterprise', 'coal_safety_inspector',
      'registered_safety_engineer', 'technical_staff', 'frontline_scientist',
    ]);
  });

  test('each have words in both languages, and a hint of their own in both if any', () => {
    for (const { key, ask } of asked) {
      expect(ask.zh.trim(), key).not.toBe('');
      expect(ask.en.trim(), key).not.toBe('');
      if ('hint' in ask) expect([ask.hint.zh.trim() !== '', ask.hint.en.trim() !== ''], key).toEqual([true, true]);
    }
  });

  test('have places of their own: no two core questions, nor two follow-ups, share one', () => {
    for (const claim of [false, true]) {
      const orders = asked.filter((column) => column.claim === claim).map((column) => column.ask.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  test('are follow-ups of situations the checklist has, and only claim columns are', () => {
    for (const column of asked) {
      const ticked: readonly string[] = 'ticked' in column.ask ? column.ask.ticked : [];
      for (const id of ticked) expect(SITUATION_IDS, column.key).toContain(id);
      if (!column.claim) expect(ticked, column.key).toEqual([]);
    }
  });

  test('test and default by columns and codes that exist: flexible is an intro_mode, county a project_level', () => {
    const keys = PERSON_COLUMNS.map((column) => column.key as string);
    const fieldOf = (key: string) => PERSON_COLUMNS.find((column) => column.key === key && 'field' in column) as { field: CodeField } | undefined;
    const codesOf = (key: string) => vocabulary.codesOf(fieldOf(key)!.field);
    for (const { key, ask } of asked) {
      const tests: readonly AskTest[] = [...('when' in ask ? ask.when : []), ...('worth' in ask ? ask.worth : [])];
      for (const test of tests) {
        if (typeof test === 'string') continue;
        expect(keys, key).toContain(test.column);
        for (const code of test.in) expect(codesOf(test.column), key).toContain(code);
      }
      if (!('default' in ask)) continue;
      const offered = ask.default;
      if ('code' in offered) expect(codesOf(key), key).toContain(offered.code);
      if ('from' in offered) {
        expect(keys, key).toContain(offered.from);
        for (const code of 'in' in offered ? offered.in : []) expect(codesOf(offered.from), key).toContain(code);
        if ('else' in offered) expect(codesOf(key), key).toContain(offered.else);
      }
    }
  });
});

describe('an answer in the review reads by its column\'s kind', () => {
  test('every amount claim as yuan or "amount not decided", the technology-transfer tax too (it was shown as typed)', () => {
    for (const key of ['research_grant', 'tech_transfer_tax_exempt'] as const) {
      expect(answerText(key, '1000', 'zh'), key).toBe('1,000.00 元');
      expect(answerText(key, '是', 'en'), key).toBe('Yes (amount not decided)');
    }
  });

  test('a code of another column\'s list by that list: a project registered at 县级', () => {
    expect(answerText('project_level', 'county', 'zh')).toBe(vocabulary.labelOf('employer_level', 'county'));
  });
});
