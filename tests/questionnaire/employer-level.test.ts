// The employer's level is asked only where the engine reads it: to find which finance pays. A
// private firm pays its own way (payers.json), so its level is not asked, unless an item it has is
// paid by the finance of that level; and the rule comes from the data, not from a list in the code.
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { runQuestionnaire } from '../../src/questionnaire/flow.js';
import { ScriptedPrompter } from '../../src/questionnaire/prompter.js';
import { parseAnswers } from '../bundled-rules.js';

const policy = loadPolicy({ year: 2014 });
const CONFIRM = '';

async function run(script: unknown[], withPolicy: Policy = policy) {
  const prompter = new ScriptedPrompter(script);
  const said: string[] = [];
  const outcome = await runQuestionnaire({ prompter, lang: 'zh', policy: withPolicy, year: 2014, say: (line) => said.push(line) }, {});
  expect(prompter.remaining).toBe(0);
  return { ...outcome, asked: prompter.asked.map((question) => question.key), said, result: computePerson(outcome.person, 2014, withPolicy) };
}

describe('the employer level of an enterprise that pays its own way', () => {
  test('a PhD in a private firm at city level is not asked the firm\'s level, and the review says it was not asked', async () => {
    const { asked, answers, said, result } = await run(['', [], 'direct', 'private', 'city', 'doctor', 'doctor', false, '2014-01', '', [], CONFIRM]);
    expect(asked).not.toContain('employer_level');
    expect(said.find((line) => line.includes('未问'))).toContain('单位层级');
    // The answers handed back are still what check --answers takes: the level is the stand-in no answer could change.
    const again = parseAnswers(answers);
    expect(again.ok).toBe(true);
    expect(answers.employer_level).toBeDefined();
    // Tier E's §16 housing grant and §17 allowance are paid by the firm (payers.json: private → employer).
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.flatMap((item) => item.payers.map((part) => part.payer))).toEqual(result.items.map(() => 'employer'));
  }, 20000);

  test('an organ is asked its level at once: the same-level finance pays it', async () => {
    const { asked } = await run(['', [], 'direct', 'organ', 'county', 'county', 'liuzhi', 'master', 'master', 'none', 'none', '2014-01', '', [], CONFIRM]);
    expect(asked.slice(0, 6)).toEqual(['name', 'honors', 'intro_mode', 'employer_type', 'employer_level', 'work_level']);
  }, 20000);

  test('a private firm that ticks the SME graduate subsidy is then asked its level, since the same-level finance pays that (§14)', async () => {
    const { asked, result } = await run([
      '', [], 'direct', 'private', 'city', 'bachelor', 'none', false, '2014-01', '', ['sme_graduate'], '6000', 'county', 'panzhou', CONFIRM,
    ]);
    expect(asked.slice(asked.indexOf('situations'))).toEqual(['situations', 'first_year_insurance', 'employer_level', 'county', 'review']);
    // §14: the first-year insurance 6,000 is subsidised by the finance of the employer's level, here 盘州.
    expect(result.items.find((item) => item.item === 'graduate_social_insurance')?.payers).toEqual([{ payer: 'county:panzhou', amount: 600_000 }]);
  }, 20000);

  test('with a policy whose private firms are paid by the same-level finance, their level is asked: the rule is read from payers.json', async () => {
    const financed: Policy = {
      ...policy,
      payers: { ...policy.payers, byEmployerType: { ...policy.payers.byEmployerType, private: { rule: 'same_level_finance', share: 'all' } } },
    };
    const { asked } = await run(['', [], 'direct', 'private', 'city', 'city', 'master', 'master', 'none', 'none', false, '2014-01', '', [], CONFIRM], financed);
    expect(asked).toContain('employer_level');
  }, 20000);
});
