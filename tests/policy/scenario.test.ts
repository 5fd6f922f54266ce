import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { DataFileError } from '../../src/policy/data-dir.js';
import { parseSetOption, ScenarioError, setAtPath, withSets, type Scenario } from '../../src/policy/scenario.js';
import { loadPolicyWithScenario, readScenarioFile } from '../../src/policy/what-if.js';
import { scenarioProblemText } from '../../src/i18n/scenario-messages.js';
import { person } from '../engine/helpers.js';
import { itemOf } from './item-of.js';

const sets = (...texts: string[]): Scenario | null => withSets(null, texts.map(parseSetOption));
const load = (...texts: string[]) => loadPolicyWithScenario({ year: 2014 }, sets(...texts));
/** The sentence (zh unless told) of the ScenarioError `run` throws. */
function scenarioText(run: () => unknown, lang: 'zh' | 'en' = 'zh'): string {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const { message, details } = scenarioProblemText(error.problem, lang);
    return [message, ...details].join('\n');
  }
  throw new Error('no ScenarioError was thrown');
}
const doctorInEnterprise = person({ education: 'doctor', degree: 'doctor', employer_type: 'soe' });

describe('a --set changes one value of the edition for one run', () => {
  test('raising the enterprise doctor line to 1000 a month gives a doctor in an SOE 12,000 in 2014', () => {
    // Baseline: 800 × 12 = 9,600. With the set: 1,000 × 12 = 12,000.
    const baseline = computePerson(doctorInEnterprise, 2014, load());
    const raised = computePerson(doctorInEnterprise, 2014, load('items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000'));
    expect(baseline.items.find((item) => item.item === 'talent_allowance')?.amount).toBe(960000);
    expect(raised.items.find((item) => item.item === 'talent_allowance')?.amount).toBe(1200000);
  });

  test('a tier amount is set by tier letter', () => {
    // E: 180,000 → 200,000 yuan = 20,000,000 fen.
    expect(itemOf(load('items.housing_purchase.amountByTier.E=200000'), 'housing_purchase', 'one_off_by_tier').amountByTier.E).toBe(20000000);
  });

  test('a county rent rate goes into the bundled rate table', () => {
    expect(load('rentRates.zhongshan=8.5').rentRates.zhongshan?.text).toBe('8.5');
  });

  test('a reading is changed by changing the data that applies it: the housing-reform exclusion for direct introductions too', () => {
    // A direct tier-E introduction with housing reform: 180,000 in the baseline, nothing when the exclusion covers direct.
    const policy = load('items.housing_purchase.housingReformExcludes.introModes=["local","direct"]');
    const reformed = person({ education: 'doctor', degree: 'doctor', housing_reform: true });
    expect(computePerson(reformed, 2014, load()).items.map((item) => item.item)).toContain('housing_purchase');
    expect(computePerson(reformed, 2014, policy).items.map((item) => item.item)).not.toContain('housing_purchase');
  });

  test('the bundled data is untouched: a later load without the set has the old amount', () => {
    load('items.graduate_rent.monthly=300');
    expect(itemOf(load(), 'graduate_rent', 'monthly_fixed').monthly).toBe(20000);
  });
});

describe('a key that names nothing is an error, never ignored', () => {
  test.each([
    ['an unknown allowance line', 'items.talent_allowance.lines.phd.monthly=1000', /没有“phd”.*doctor_enterprise_institution/],
    ['an unknown field of an item', 'items.graduate_rent.monthy=300', /没有“monthy”/],
    ['an unknown top-level name', 'allowances.x=1', /不认识/],
    ['a path through a plain value', 'items.graduate_rent.monthly.x=1', /是一个值/],
    ['an unknown county', 'rentRates.beijing=9', /没有“beijing”/],
  ])('%s', (_name, text, message) => {
    expect(scenarioText(() => load(text))).toMatch(message);
  });

  test('an item the edition has no file for', () => {
    expect(scenarioText(() => load('items.no_such_item.amount=1'))).toMatch(/no_such_item/);
  });

  test('a --set without "=" says how to write it', () => {
    expect(scenarioText(() => parseSetOption('items.graduate_rent.monthly'))).toMatch(/键=值/);
  });

  test.each([
    ['an unknown allowance line', () => load('items.talent_allowance.lines.phd.monthly=1000'), 'the key "items.talent_allowance.lines.phd.monthly" does not exist: lines has no "phd" (it has: '],
    ['an unknown top-level name', () => load('allowances.x=1'), 'the key "allowances.x" is not known: it should start with items., units.,'],
    ['a key too short', () => load('items.graduate_rent=1'), 'the key "items.graduate_rent" is incomplete: it should be items.<item code>.<field>…'],
    ['a county rate without the county', () => load('rentRates=1'), 'the key "rentRates" is incomplete: it should be rentRates.<county code>'],
    ['a path through a plain value', () => load('items.graduate_rent.monthly.x=1'), 'the key "items.graduate_rent.monthly.x" does not exist: monthly is a single value, so it has no "x"'],
    ['an item the edition has no file for', () => load('items.no_such_item.amount=1'), 'policy edition lps-2013 has no data file for these keys: items.no_such_item.amount'],
    ['a --set without "="', () => parseSetOption('items.graduate_rent.monthly'), '--set takes KEY=VALUE (e.g. items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000), got "items.graduate_rent.monthly"'],
  ])('in English, %s is said in English only', (_name, run, sentence) => {
    const text = scenarioText(run, 'en');
    expect(text).toContain(sentence);
    expect(text).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  });
});

describe('a changed value passes the same validation as the bundled data', () => {
  test('an amount with three decimals is rejected naming the file and field', () => {
    expect(() => load('items.graduate_rent.monthly=300.001')).toThrow(DataFileError);
    expect(() => load('items.graduate_rent.monthly=300.001')).toThrow(/graduate_rent\.json[\s\S]*monthly/);
  });

  test('a condition naming an unknown code is rejected by the condition compiler', () => {
    expect(() => load('items.talent_allowance.lines.doctor_organ.when={"field":"employer_type","in":["ministry"]}')).toThrow(/ministry/);
  });
});

describe('scenario files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-scenario-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };

  test('a file has a name, a description and a list of sets; numbers are accepted for amounts', () => {
    const path = write('phd.json', { name: '博士津贴提高', description: '企事业单位博士每月1000元', sets: [{ key: 'items.talent_allowance.lines.doctor_enterprise_institution.monthly', value: 1000 }] });
    const scenario = readScenarioFile(path);
    expect(scenario.name).toBe('博士津贴提高');
    expect(itemOf(loadPolicyWithScenario({ year: 2014 }, scenario), 'talent_allowance', 'monthly_highest_line').lines.find((line) => line.id === 'doctor_enterprise_institution')?.monthly).toBe(100000);
  });

  test('command-line sets come after the file\'s, so they win', () => {
    const scenario = withSets(readScenarioFile(write('a.json', { name: 'a', sets: [{ key: 'items.graduate_rent.monthly', value: '250' }] })), [parseSetOption('items.graduate_rent.monthly=260')]);
    expect(itemOf(loadPolicyWithScenario({ year: 2014 }, scenario), 'graduate_rent', 'monthly_fixed').monthly).toBe(26000);
  });

  test('a file of the wrong shape is refused naming the field', () => {
    expect(scenarioText(() => readScenarioFile(write('bad.json', { name: 'x', set: [] })))).toMatch(/bad\.json[\s\S]*sets：缺少这一项[\s\S]*不认识的键 set/);
    expect(() => readScenarioFile(write('broken.json', '{'))).toThrow(ScenarioError);
  });

  test('each problem of a file\'s shape is one line, in the user\'s language: a wrong type, a missing field, an unknown key, an empty list', () => {
    const path = write('shapes.json', { name: 1, sets: [{ key: 'items.graduate_rent.monthly', value: 1, x: 2 }], extra: true });
    expect(scenarioText(() => readScenarioFile(path), 'en').split('\n').slice(1)).toEqual(['name: should be a string', 'sets.0: unknown key x', '(top level): unknown key extra']);
    expect(scenarioText(() => readScenarioFile(write('empty.json', { sets: [] })), 'en').split('\n').slice(1)).toEqual(['name: missing', 'sets: must not be empty']);
    expect(scenarioText(() => readScenarioFile(path)).split('\n').slice(1)).toEqual(['name：应为文字', 'sets.0：不认识的键 x', '(根)：不认识的键 extra']);
  });
});

test('setAtPath never changes its input', () => {
  const raw = { lines: [{ id: 'a', monthly: '1' }] };
  const changed = setAtPath(raw, ['lines', 'a', 'monthly'], { key: 'k', value: '2', fromText: true });
  expect(raw.lines[0]?.monthly).toBe('1');
  expect(changed).toEqual({ lines: [{ id: 'a', monthly: '2' }] });
});
