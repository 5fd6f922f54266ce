import { expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { REASON_KEYS, REASON_KEYS_EN, renderReason, renderReading } from '../../src/i18n/reasons.js';
import { person, policy, type PersonFacts } from './helpers.js';

const varied: PersonFacts[] = [
  { honors: ['prov_core_expert'], employer_type: 'inst_partial', fiscal_share: '0.5', employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '3000', start: '2010-01' },
  { intro_mode: 'flexible', honors: ['thousand_talents'], employer_type: 'soe' },
  { intro_mode: 'flexible', skill: 'senior_technician', rent_per_m2: '8' },
  { intro_mode: 'local', housing_reform: false, education: 'doctor', degree: 'doctor', employer_type: 'inst_full' },
  { honors: ['academician_cas'], housing_reform: true },
  { fresh_graduate: true, employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county' },
  { employer_type: 'inst_partial', fiscal_share: '0.5', intro_mode: 'flexible', skill: 'senior_technician' },
];

test('every reason the engine gives has a Chinese and an English sentence', () => {
  const seen = new Set<string>();
  for (const facts of varied) {
    for (const item of [2013, 2014].flatMap((year) => computePerson(person(facts), year, policy).items)) {
      for (const reason of item.reasons) {
        seen.add(reason.key);
        expect(renderReason(reason, 'zh', policy)).not.toBe(reason.key);
        expect(renderReason(reason, 'en', policy)).not.toBe(reason.key);
      }
    }
  }
  expect(seen.size).toBeGreaterThan(15);
  expect([...seen].filter((key) => !REASON_KEYS.includes(key) || !REASON_KEYS_EN.includes(key))).toEqual([]);
  expect(REASON_KEYS.sort()).toEqual(REASON_KEYS_EN.sort());
});

test('the allowance reason names the chosen line in Chinese', () => {
  const item = computePerson(person({ honors: ['city_expert'], skill: 'senior_technician' }), 2014, policy).items.find((entry) => entry.item === 'talent_allowance');
  const sentence = item?.reasons.map((reason) => renderReason(reason, 'zh', policy)).find((text) => text.startsWith('就高不就低'));
  expect(sentence).toBe('就高不就低：2 项中取最高的“管理期内的市管专家”，每月 1000.00 元');
});

test('every reading the data names renders with its clause', () => {
  for (const id of policy.readings.keys()) expect(renderReading(id, 'zh', policy)).toMatch(/^\[解读 §\d+/);
});
