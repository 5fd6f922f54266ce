// The questionnaire driven by scripted answers: which questions a typical person is asked (only
// those that can change the result), the answers object it produces (the contract's, as
// `check --answers` takes), and the person the engine then computes.
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { formatFen } from '../../src/base/money.js';
import { loadPolicy } from '../../src/policy/load.js';
import { runQuestionnaire, type Answers } from '../../src/questionnaire/flow.js';
import { ScriptedPrompter } from '../../src/questionnaire/prompter.js';
import { nearMisses } from '../../src/questionnaire/near-misses.js';
import { parseAnswers } from '../bundled-rules.js';

const policy = loadPolicy({ year: 2014 });

async function run(script: unknown[], lang: 'zh' | 'en' = 'zh', given: Answers = {}) {
  const prompter = new ScriptedPrompter(script);
  const said: string[] = [];
  const outcome = await runQuestionnaire({ prompter, lang, policy, year: 2014, say: (line) => said.push(line) }, given);
  expect(prompter.remaining).toBe(0);
  const result = computePerson(outcome.person, 2014, policy);
  const amounts = Object.fromEntries(result.items.map((item) => [item.item, item.amount === null ? null : formatFen(item.amount)]));
  return { ...outcome, asked: prompter.asked.map((question) => question.key), prompter, said, result, amounts };
}

const CONFIRM = ''; // the summary's "confirm" choice

describe('typical people at the window', () => {
  test('an academician is asked no qualification, salary, rent or graduate question', async () => {
    const { asked, answers, amounts, result } = await run([
      '张院士', ['academician_cas'], 'direct', 'inst_full', 'city', 'city', '2014-01', '', [], CONFIRM,
    ]);
    expect(asked).toEqual(['name', 'honors', 'intro_mode', 'employer_type', 'employer_level', 'work_level', 'start', 'end', 'situations', 'review']);
    expect(answers).toEqual({
      name: '张院士', id: '张院士', honors: 'academician_cas', intro_mode: 'direct', employer_type: 'inst_full',
      employer_level: 'city', work_level: 'city', start: '2014-01',
    });
    expect(result.tier).toBe('A');
    // §16 tier A 1,200,000 one-off; §17 tier A 25,000 × 12 months = 300,000; city finance (inst_full, city).
    expect(amounts).toEqual({ housing_purchase: '1200000.00', talent_allowance: '300000.00' });
  });

  test('a PhD in a state enterprise working at county level: not asked the enterprise\'s level or its county (it pays its own way), asked education and degree, not title or skill; the county line wins', async () => {
    const { asked, answers, amounts, said, result } = await run([
      '李博士', [], 'direct', 'soe', 'county', 'doctor', 'doctor', false, '2014-03', '', [], CONFIRM,
    ]);
    expect(asked).toEqual([
      'name', 'honors', 'intro_mode', 'employer_type', 'work_level', 'education', 'degree', 'fresh_graduate', 'start', 'end', 'situations', 'review',
    ]);
    // A doctor with degree is tier E; a senior title adds nothing (F's 500 < 1,000), a skill nothing (G < E);
    // an enterprise employee may be a fresh graduate, so that is asked (no).
    // The county line 1,000 (county work) beats 800 (enterprise doctor); 10 months (March–December) = 10,000.
    expect(answers).toMatchObject({ education: 'doctor', degree: 'doctor' });
    expect(amounts).toEqual({ housing_purchase: '180000.00', talent_allowance: '10000.00' });
    // The enterprise pays both (payers.json: soe → employer), so no county's finance is named: which county it is
    // changes nothing, and the review says it was not asked.
    expect(result.items.flatMap((item) => item.payers.map((part) => part.payer))).toEqual(['employer', 'employer']);
    expect(said.find((line) => line.includes('未问'))).toContain('所在县区');
  }, 20000);

  test('the county of an organ at county level is asked: that county\'s finance pays', async () => {
    // A doctor with the degree is tier E: the §16 housing grant and the §17 allowance, paid by 六枝's finance.
    const { asked, result } = await run([
      '', [], 'direct', 'organ', 'county', 'county', 'liuzhi', 'doctor', 'doctor', '2014-01', '', [], CONFIRM,
    ]);
    expect(asked).toContain('county');
    expect(result.items.flatMap((item) => item.payers.map((part) => part.payer))).toContain('county:liuzhi');
  }, 20000);

  test('the review shows normalised values: 3200 as 3,200.00 元, 2014-3 as 2014-03; the answers keep what was typed', async () => {
    const { said, answers } = await run([
      '王老师', [], 'local', 'inst_full', 'county', 'township', 'shuicheng', 'bachelor', 'intermediate', 'none', '3200', '2014-3', '', [], CONFIRM,
    ]);
    expect(said).toContain('  基本工资：3,200.00 元');
    expect(said).toContain('  起始年月：2014-03');
    expect(answers).toMatchObject({ base_salary: '3200', start: '2014-3' });
  });

  test('a township teacher: asked the salary; 20% of 3,200.50 = 640.10 a month', async () => {
    const { asked, answers, amounts } = await run([
      '王老师', [], 'local', 'inst_full', 'county', 'township', 'shuicheng', 'bachelor', 'intermediate', 'none', '3200.50', '2014-01', '', [], CONFIRM,
    ]);
    // A bachelor's degree changes nothing (no line reads it); housing_reform is not asked (no tier → no purchase).
    expect(asked).toEqual([
      'name', 'honors', 'intro_mode', 'employer_type', 'employer_level', 'work_level', 'county', 'education', 'title', 'skill', 'base_salary', 'start', 'end', 'situations', 'review',
    ]);
    expect(answers.base_salary).toBe('3200.50');
    // §17 grassroots: 3,200.50 × 0.2 = 640.10 a month × 12 = 7,681.20.
    expect(amounts).toEqual({ grassroots_allowance: '7681.20' });
  }, 20000);

  test('a flexible expert: asked the rent rate; B tier 120 m² × 12.5 = 1,500 a month', async () => {
    const { asked, answers, amounts, result } = await run([
      '', ['changjiang'], 'flexible', 'private', 'city', '12.5', '2014-07', '', [], CONFIRM,
    ]);
    expect(asked).toEqual(['name', 'honors', 'intro_mode', 'employer_type', 'work_level', 'rent_per_m2', 'start', 'end', 'situations', 'review']);
    expect(answers).toMatchObject({ intro_mode: 'flexible', rent_per_m2: '12.5', honors: 'changjiang' });
    expect(answers).not.toHaveProperty('name');
    // §16 flexible: 120 m² × 12.5 = 1,500 a month × 6 months (July–December) = 9,000; allowance employer-set (no amount).
    expect(amounts).toEqual({ housing_rent_flexible: '9000.00', talent_allowance: null });
    expect(result.tier).toBe('B');
  }, 20000);

  test('a fresh graduate in a private enterprise at city level: asked 应届, then the county that pays', async () => {
    const { asked, answers, amounts } = await run([
      '小赵', [], 'direct', 'private', 'city', 'bachelor', 'none', true, '2014-09', '', [], 'zhongshan', CONFIRM,
    ]);
    // A bachelor at city level: no title can change anything (the 正高 line needs county work, F a master), so it is not asked.
    expect(asked).toEqual([
      'name', 'honors', 'intro_mode', 'employer_type', 'work_level', 'education', 'skill', 'fresh_graduate', 'start', 'end', 'situations', 'county', 'review',
    ]);
    expect(answers).toMatchObject({ fresh_graduate: 'yes', county: 'zhongshan' });
    // §16 graduate rent 200 a month × 4 months (September–December) = 800.
    expect(amounts).toEqual({ graduate_rent: '800.00' });
  }, 20000);
});

describe('answers refused, changed and handed on', () => {
  test('a bad salary is asked again with the reason, and the accepted one is kept', async () => {
    const { prompter, answers } = await run([
      '', [], 'direct', 'organ', 'county', 'village', 'panzhou', 'associate', 'none', 'none', '三千', '-5', '3000', '2014-01', '', [], CONFIRM,
    ]);
    const salary = prompter.asked.find((question) => question.key === 'base_salary');
    expect(salary?.rejected).toHaveLength(2);
    expect(salary?.rejected[0]).toContain('三千');
    expect(answers.base_salary).toBe('3000');
  }, 20000);

  test('an end before the start is refused at the end question', async () => {
    const { prompter, answers } = await run(['', [], 'direct', 'organ', 'city', 'city', 'bachelor', 'none', 'none', '2014-05', '2014-02', '2014-12', [], CONFIRM]);
    expect(prompter.asked.find((question) => question.key === 'end')?.rejected).toHaveLength(1);
    expect(answers.end).toBe('2014-12');
  }, 20000);

  test('changing the place of work in the summary asks the new questions and drops the salary', async () => {
    const { asked, answers } = await run([
      '', [], 'direct', 'organ', 'county', 'township', 'zhongshan', 'associate', 'none', 'none', '2800', '2014-01', '', [],
      'work_level', 'county', // change: township → county
      CONFIRM,
    ]);
    expect(asked.filter((key) => key === 'review')).toHaveLength(2);
    expect(answers.work_level).toBe('county');
    expect(answers).not.toHaveProperty('base_salary');
  }, 20000);

  test('the answers object is what check --answers takes: parsing it again gives the same person', async () => {
    const { answers, person } = await run(['', ['city_expert'], 'local', 'inst_partial', '0.6', 'county', 'county', 'liuzhi', 'master', 'master', 'associate_senior', 'none', true, '2014-01', '', [], CONFIRM]);
    const again = parseAnswers(answers);
    expect(again.ok && again.person).toEqual(person);
  }, 20000);

  test('facts given on the command line are not asked', async () => {
    const { asked } = await run(['', [], 'organ', 'city', 'bachelor', 'none', 'none', '', [], CONFIRM], 'zh', { intro_mode: 'direct', work_level: 'city', start: '2014-01' });
    expect(asked).not.toContain('intro_mode');
    expect(asked).not.toContain('work_level');
    expect(asked).not.toContain('start');
  }, 20000);

  test('English mode asks in English with English choices', async () => {
    const { prompter } = await run(['', [], 'direct', 'organ', 'city', 'city', 'none', 'none', 'none', '2014-01', '', [], CONFIRM], 'en');
    expect(prompter.asked[0]?.message).toMatch(/^Name/);
    expect(prompter.asked.every((question) => !/[\u4e00-\u9fff]{2}/.test(question.message.replace(/（.*）|\(.*\)/g, '')))).toBe(true);
  }, 20000);
});

describe('each prompt says its hint once', () => {
  /** The parts of a prompt between its brackets and separators; a hint said twice shows as a part that comes back. */
  const repeatedParts = (message: string) => {
    const parts = message.split(/[（）()；;，,：:]/).map((part) => part.trim()).filter((part) => part.length > 1);
    return parts.filter((part, index) => parts.indexOf(part) !== index);
  };

  test('the check itself finds a hint said twice', () => {
    expect(repeatedParts('姓名（可留空）（可留空）')).toEqual(['可留空']);
    expect(repeatedParts('Name (may be left empty) (may be left empty)')).toEqual(['may be left empty']);
  });

  test.each(['zh', 'en'] as const)('in %s, no question of a teacher, a flexible expert or a grant claim repeats a hint of its own', async (lang) => {
    const flows = [
      ['王老师', [], 'local', 'inst_full', 'county', 'township', 'shuicheng', 'bachelor', 'intermediate', 'none', '3200.50', '2014-01', '', [], CONFIRM],
      ['', ['changjiang'], 'flexible', 'private', 'city', '12.5', '2014-07', '', [], CONFIRM],
      ['', [], 'direct', 'private', 'county', 'master', 'master', 'none', 'none', false, '2014-01', '', ['research_grant'], '2000000', true, 'county', 'panzhou', undefined, CONFIRM],
      ['', [], 'direct', 'organ', 'city', 'city', 'none', 'none', 'none', '2014-01', '', ['sci_award', 'grassroots_years'], '', '4', undefined, CONFIRM],
    ];
    const messages: string[] = [];
    for (const script of flows) messages.push(...(await run(script, lang)).prompter.asked.map((question) => question.message));
    // The inputs with hints were asked: salary, rent, dates, amounts.
    expect(messages.length).toBeGreaterThan(40);
    for (const message of messages) expect(repeatedParts(message), message).toEqual([]);
  }, 40000);
});

describe('near misses come from data and the engine', () => {
  test('a master with 副高 hears that 正高 would make tier F', async () => {
    const parsed = parseAnswers({ id: 'N1', education: 'master', degree: 'master', title: 'associate_senior', intro_mode: 'direct', employer_type: 'organ', employer_level: 'city', work_level: 'city', start: '2014-01' });
    if (!parsed.ok) throw new Error('fixture invalid');
    const result = computePerson(parsed.person, 2014, policy);
    const misses = nearMisses(parsed.person, result, 2014, policy, 'zh');
    // With 正高: tier F, purchase 60,000 + allowance 500 × 12 = 6,000 → 66,000, all of it a gain (no tier now).
    expect(misses.find((miss) => miss.id === 'senior_title')).toMatchObject({ tier: 'F', total: '66000.00', gain: '66000.00' });
  });

  test('a doctor without the doctoral degree hears that the degree would make tier E', async () => {
    const parsed = parseAnswers({ id: 'N2', education: 'doctor', degree: 'master', intro_mode: 'direct', employer_type: 'soe', employer_level: 'city', work_level: 'city', start: '2014-01' });
    if (!parsed.ok) throw new Error('fixture invalid');
    const result = computePerson(parsed.person, 2014, policy);
    const miss = nearMisses(parsed.person, result, 2014, policy, 'en').find((entry) => entry.id === 'degree_as_education');
    // Tier E: purchase 180,000 + enterprise doctor 800 × 12 = 9,600 → 189,600.
    expect(miss).toMatchObject({ tier: 'E', total: '189600.00', gain: '189600.00' });
    expect(miss?.text).toContain('tier would be E');
  });
});

describe('near-miss sentences name only a better tier', () => {
  test('a tier-E doctor in a city enterprise hears that county work adds 2,400 without any tier named', () => {
    const parsed = parseAnswers({ id: 'N3', education: 'doctor', degree: 'doctor', intro_mode: 'direct', employer_type: 'soe', employer_level: 'city', work_level: 'city', start: '2014-01' });
    if (!parsed.ok) throw new Error('fixture invalid');
    const result = computePerson(parsed.person, 2014, policy);
    expect(result.tier).toBe('E');
    const misses = nearMisses(parsed.person, result, 2014, policy, 'zh');
    // §17: county-or-below doctor 1,000 instead of enterprise doctor 800 a month: 200 × 12 = 2,400 more;
    // total 180,000 + 12,000 = 192,000, with thousands separators.
    expect(misses.find((miss) => miss.id === 'work_at_county')?.text).toContain('当年待遇合计 192,000.00 元，多 2,400.00 元');
    for (const miss of misses) {
      expect(miss.text).not.toContain('—');
      expect(miss.text).not.toContain('E 类');
    }
  });

  test('no sentence of any rule says "tier —" for a person whom a change leaves without a tier', () => {
    const parsed = parseAnswers({ id: 'N4', education: 'bachelor', degree: 'none', title: 'intermediate', intro_mode: 'direct', employer_type: 'organ', employer_level: 'county', county: 'zhongshan', work_level: 'township', base_salary: '3000', start: '2014-01' });
    if (!parsed.ok) throw new Error('fixture invalid');
    const result = computePerson(parsed.person, 2014, policy);
    for (const lang of ['zh', 'en'] as const) {
      for (const miss of nearMisses(parsed.person, result, 2014, policy, lang)) {
        expect(miss.text).not.toMatch(/—|tier would be —|层次为 —/);
        if (miss.tier === result.tier) expect(miss.text).not.toMatch(/层次为|tier would be/);
      }
    }
  });
});

describe('grants, awards, tax items and non-money facts: one checklist, then follow-ups for what was ticked', () => {
  const offeredIn = (prompter: ScriptedPrompter) => prompter.asked.find((question) => question.key === 'situations')?.choices ?? [];

  test('a newly elected academician with a research project, amount not decided: the range 1,000,000–5,000,000 is shown, not counted', async () => {
    const { asked, answers, amounts, result } = await run([
      '王院士', ['academician_cae'], 'direct', 'inst_full', 'city', 'city', '2014-05', '',
      ['new_honors', 'research_grant'],
      ['academician_cae'], // which honours newly won: only those the engine rewards are offered
      '', // 科研启动经费: Enter = amount not decided
      undefined, // 项目所在企业注册地层级: default the employer's, 市级
      undefined, // 发放年月: default the start month, 2014-05
      CONFIRM,
    ]);
    // The honour alone makes the academician eligible for §11, so 创新创业团队带头人 is not asked.
    expect(asked).toEqual([
      'name', 'honors', 'intro_mode', 'employer_type', 'employer_level', 'work_level', 'start', 'end',
      'situations', 'new_honors', 'research_grant', 'project_level', 'grant_month', 'review',
    ]);
    expect(answers).toEqual({
      name: '王院士', id: '王院士', honors: 'academician_cae', intro_mode: 'direct', employer_type: 'inst_full', employer_level: 'city',
      work_level: 'city', start: '2014-05', grant_month: '2014-05', new_honors: 'academician_cae', research_grant: '是', project_level: 'city',
    });
    // §16 tier A 1,200,000; §17 tier A 25,000 × 8 months (May–December) = 200,000; §18 a newly elected
    // academician 100,000 (city); §11 research funding: no decided amount → no point, bounds 1,000,000–5,000,000.
    expect(amounts).toEqual({ housing_purchase: '1200000.00', talent_allowance: '200000.00', research_startup: null, honor_reward: '100000.00' });
    const research = result.items.find((item) => item.item === 'research_startup');
    expect(research).toMatchObject({ status: 'range', range: { low: 100_000_000, high: 500_000_000 } });
    // Cash total: 1,200,000 + 200,000 + 100,000 = 1,500,000; the range is not in it.
    expect(formatFen(result.total)).toBe('1500000.00');
  }, 20000);

  test('a fresh graduate hired by a private firm: the §14 one-off 1,000 from the employment fund, and the rent subsidy', async () => {
    const { asked, answers, amounts, result, prompter } = await run([
      '小钱', [], 'direct', 'private', 'city', 'bachelor', 'none', true, '2014-09', '', ['hired_graduate'], 'zhongshan', CONFIRM,
    ]);
    expect(offeredIn(prompter)).toContain('hired_graduate');
    // The hiring grant is paid in the start month and has no amount to ask: no follow-up.
    expect(asked.slice(asked.indexOf('end'))).toEqual(['end', 'situations', 'county', 'review']);
    expect(answers).toMatchObject({ hired_graduate: 'yes', fresh_graduate: 'yes', county: 'zhongshan' });
    // §14: 1,000 per graduate hired, from the employment fund; §16 graduate rent 200 × 4 months (September–December) = 800, 钟山区.
    expect(amounts).toEqual({ graduate_rent: '800.00', graduate_hiring_grant: '1000.00' });
    expect(result.items.find((item) => item.item === 'graduate_hiring_grant')?.payers).toEqual([{ payer: 'employment_fund', amount: 100_000 }]);
    // Cash total 800 + 1,000 = 1,800.
    expect(formatFen(result.total)).toBe('1800.00');
  }, 20000);

  test('a new village official: the settlement grant of not less than 2,000, paid by the county served', async () => {
    const { asked, answers, amounts, result } = await run([
      '小孙', [], 'local', 'organ', 'county', 'village', 'shuicheng', 'bachelor', 'none', 'none', '2500', '2014-08', '',
      ['grassroots_program'], 'village_official', '', CONFIRM,
    ]);
    expect(asked.slice(asked.indexOf('end'))).toEqual(['end', 'situations', 'grassroots_program', 'settlement_amount', 'review']);
    expect(answers).toMatchObject({ grassroots_program: 'village_official', settlement_amount: '是' });
    // §17 grassroots: 2,500 × 0.2 = 500 a month × 5 months (August–December) = 2,500; §14 settlement: "不低于2000元",
    // not decided → bounds 2,000 and no upper bound, paid by 水城 (the county served).
    expect(amounts).toEqual({ grassroots_allowance: '2500.00', grassroots_settlement: null });
    const settlement = result.items.find((item) => item.item === 'grassroots_settlement');
    expect(settlement).toMatchObject({ status: 'range', range: { low: 200_000, high: null }, payers: [{ payer: 'county:shuicheng', amount: null }] });
  }, 20000);

  test('a village official whose settlement was decided at 3,000 gets 3,000, typed in yuan', async () => {
    const { amounts } = await run([
      '', [], 'local', 'organ', 'county', 'village', 'shuicheng', 'bachelor', 'none', 'none', '2500', '2014-08', '',
      ['grassroots_program'], 'three_supports', '3000', CONFIRM,
    ]);
    // The decided 3,000 is at or above the floor of 2,000: counted as is.
    expect(amounts.grassroots_settlement).toBe('3000.00');
  }, 20000);

  test('a coal-mine safety inspector: no money, the §20 benefits as a right', async () => {
    const { asked, answers, result } = await run([
      '老周', [], 'local', 'organ', 'county', 'county', 'liuzhi', 'associate', 'none', 'none', '2014-01', '', ['coal_safety_inspector'], CONFIRM,
    ]);
    expect(asked.slice(asked.indexOf('end'))).toEqual(['end', 'situations', 'review']);
    expect(answers).toMatchObject({ coal_safety_inspector: 'yes' });
    // An associate degree, no title or skill, county work: no §16/§17 item; §20 lists the inspector's benefits.
    expect(result.items).toEqual([]);
    expect(result.total).toBe(0);
    expect(result.rights?.map((right) => right.id)).toEqual(['coal_inspector_benefits']);
  }, 20000);

  test('the checklist offers only what can change the result: no 民营吸纳 or 中小企业 for an organ; §11 funding for a local hire is offered because the roster would decline it, with the rule', async () => {
    const { prompter } = await run(['', [], 'local', 'organ', 'city', 'city', 'bachelor', 'none', 'none', '2014-01', '', [], CONFIRM]);
    const offered = offeredIn(prompter);
    expect(offered).not.toContain('hired_graduate'); // §14: private economic organisations only
    expect(offered).not.toContain('sme_graduate'); // §14: small and medium enterprises only
    // §11 gives it to introduced talent only: a local hire's claim is declined (not dropped), in the window as in the roster.
    expect(offered).toContain('research_grant');
    // Always meaningful: the non-money facts and the claimed amounts.
    expect(offered).toEqual(expect.arrayContaining(['new_honors', 'sci_award', 'urgent_talent', 'coal_safety_inspector', 'grassroots_years']));
  }, 20000);

  test('§11 funding is offered to an introduced person without an honour (a team leader may claim it), who is then asked about the team', async () => {
    const { asked, answers, amounts, prompter } = await run([
      '', [], 'direct', 'private', 'county', 'master', 'master', 'none', 'none', false, '2014-01', '',
      ['research_grant'], '2000000', true, 'county', 'panzhou', undefined, CONFIRM,
    ]);
    expect(offeredIn(prompter)).toContain('research_grant');
    expect(offeredIn(prompter)).toContain('hired_graduate'); // a private employer
    expect(asked.slice(asked.indexOf('situations'))).toEqual(['situations', 'research_grant', 'innovation_team', 'project_level', 'project_county', 'grant_month', 'review']);
    expect(answers).toMatchObject({ research_grant: '2000000', innovation_team: 'yes', project_level: 'county', project_county: 'panzhou', grant_month: '2014-01' });
    // §11 decided at 2,000,000 (inside 1,000,000–5,000,000), paid by 盘州 (where the project enterprise is registered).
    expect(amounts.research_startup).toBe('2000000.00');
  }, 20000);

  test('the summary lists the ticked situations and their answers; an amount and the checklist can be changed there', async () => {
    const { said, answers, amounts, asked } = await run([
      '', [], 'direct', 'organ', 'city', 'city', 'bachelor', 'none', 'none', '2014-01', '',
      ['sci_award', 'urgent_talent'], '', undefined,
      'sci_award_amount', '80000', // change the award amount: 80,000
      'situations', ['sci_award'], // untick 急需紧缺人才
      CONFIRM,
    ]);
    expect(said).toContain('  其他情况：科技进步奖奖金、急需紧缺人才');
    expect(said).toContain('  科技进步奖奖金：是（金额未定）');
    expect(said).toContain('  科技进步奖奖金：80,000.00 元');
    expect(said).toContain('  其他情况：科技进步奖奖金');
    expect(asked.filter((key) => key === 'review')).toHaveLength(3);
    expect(answers).not.toHaveProperty('urgent_talent');
    expect(answers).toMatchObject({ sci_award_amount: '80000', grant_month: '2014-01' });
    // §18: the city matches the award one to one: 80,000.
    expect(amounts).toEqual({ award_match: '80000.00' });
  }, 20000);

  test('the answers object with claims is what check --answers takes: parsing it again gives the same person', async () => {
    const { answers, person } = await run([
      '王院士', ['academician_cae'], 'direct', 'inst_full', 'city', 'city', '2014-05', '',
      ['new_honors', 'research_grant', 'coal_safety_inspector'], ['academician_cae'], '', 'county', 'zhongshan', '2014-06', CONFIRM,
    ]);
    const again = parseAnswers(answers);
    expect(again.ok && again.person).toEqual(person);
    expect(person.claims).toMatchObject({ new_honors: ['academician_cae'], research_grant: { amount: null }, project_level: 'county', coal_safety_inspector: true });
  }, 20000);

  test('English mode: the checklist and its follow-ups are asked in English', async () => {
    const { prompter } = await run(['', [], 'direct', 'organ', 'city', 'city', 'none', 'none', 'none', '2014-01', '', ['sci_award', 'grassroots_years'], '', '4', undefined, CONFIRM], 'en');
    const claimQuestions = prompter.asked.filter((question) => ['situations', 'sci_award_amount', 'grassroots_years', 'grant_month'].includes(question.key));
    expect(claimQuestions).toHaveLength(4);
    expect(claimQuestions.every((question) => !/[\u4e00-\u9fff]/.test(question.message))).toBe(true);
  }, 20000);
});
