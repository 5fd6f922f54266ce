// Every knob of the data changes the output when changed: each test here would fail if the engine
// ignored the field it turns.
import { describe, expect, test } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { formatFen } from '../../src/base/money.js';
import { renderReason } from '../../src/i18n/reasons.js';
import { loadPolicy } from '../../src/policy/load.js';
import * as schemas from '../../src/policy/schemas.js';
import { person, type PersonFacts } from '../engine/helpers.js';

const withFile = (name: string, change: (raw: Record<string, unknown>) => Record<string, unknown>) =>
  loadPolicy({ year: 2014, overlay: (file, raw) => (file === name ? change(raw as Record<string, unknown>) : raw) });

// grassroots: 5,000.05 × 20% = 1,000.01 a month; × 12 = 12,000.12; × 0.333 = 3,996.03996 for finance
const partial: PersonFacts = { employer_type: 'inst_partial', fiscal_share: '0.333', employer_level: 'county', county: 'liuzhi', work_level: 'township', base_salary: '5000.05' };
const grassrootsOf = (policy: ReturnType<typeof loadPolicy>, facts: PersonFacts = partial) =>
  computePerson(person(facts), 2014, policy).items.find((item) => item.item === 'grassroots_allowance')!;

describe('payers.json splitRounding reaches the payer split', () => {
  test('half_up (the default, the digest\'s reading): 3,996.04 finance, 8,004.08 employer', () => {
    expect(grassrootsOf(loadPolicy({ year: 2014 })).payers.map((part) => formatFen(part.amount!))).toEqual(['3996.04', '8004.08']);
  });
  test('down: 3,996.03 finance, the employer takes the rest, 8,004.09; the reason says so', () => {
    const policy = withFile('payers.json', (raw) => ({ ...raw, splitRounding: 'down' }));
    const item = grassrootsOf(policy);
    expect(item.payers.map((part) => formatFen(part.amount!))).toEqual(['3996.03', '8004.09']);
    expect(item.reasons.map((reason) => renderReason(reason, 'zh', policy))).toContainEqual(expect.stringContaining('12000.12 × 0.333 舍去不足一分 = 3996.03'));
  });
  test('down on a share that splits exactly changes nothing: 12,000.12 × 0.5 = 6,000.06 each', () => {
    const policy = withFile('payers.json', (raw) => ({ ...raw, splitRounding: 'down' }));
    expect(grassrootsOf(policy, { ...partial, fiscal_share: '0.5' }).payers.map((part) => formatFen(part.amount!))).toEqual(['6000.06', '6000.06']);
  });
});

describe('an item\'s rounding is its own', () => {
  test('grassroots rounding down: 3,333.33 × 20% = 666.666 → 666.66 a month (half up would give 666.67)', () => {
    const policy = withFile('items/grassroots_allowance.json', (raw) => ({ ...raw, rounding: 'down' }));
    expect(formatFen(grassrootsOf(policy, { ...partial, base_salary: '3333.33', employer_type: 'organ', fiscal_share: null }).monthly!)).toBe('666.66');
  });
});

describe('the talent allowance\'s flexible payer', () => {
  test('the employer-set allowance of a flexible introduction is paid by whoever flexible.payer names', () => {
    const policy = withFile('items/talent_allowance.json', (raw) => ({ ...raw, flexible: { ...(raw.flexible as object), payer: 'city' } }));
    const item = computePerson(person({ intro_mode: 'flexible', honors: ['thousand_talents'], rent_per_m2: '10' }), 2014, policy).items.find((entry) => entry.item === 'talent_allowance');
    expect(item?.payers).toEqual([{ payer: 'city', amount: null }]);
  });
});

describe('fields that did nothing have left the schemas', () => {
  test('edition.json has no counties or source; the highest-line kind no choose and no flexible.rule', () => {
    expect(Object.keys(schemas.editionSchema.shape)).not.toContain('counties');
    expect(Object.keys(schemas.editionSchema.shape)).not.toContain('source');
    expect(Object.keys(schemas.monthlyHighestLineSchema.shape)).not.toContain('choose');
    expect(Object.keys(schemas.monthlyHighestLineSchema.shape.flexible.shape)).not.toContain('rule');
  });
});
