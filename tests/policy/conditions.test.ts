// The condition language is compiled to generated code (src/policy/conditions.ts); these tests hold
// it to a plain interpreter of the language written here from its documentation, for generated
// conditions over generated people, and check that bad data is refused with a message at load.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import type { Person, Tier } from '../../src/engine/types.js';
import { DataFileError } from '../../src/policy/data-dir.js';
import { loadPolicy } from '../../src/policy/load.js';
import { compileCondition, compileConditionMask, MAX_MASK_CONDITIONS, type Condition, type ConditionContext } from '../../src/policy/conditions.js';
import { readingsIn, resolveChoices } from '../../src/policy/reading-choices.js';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';
import { cellsOf, factsArbitrary, spellingArbitrary } from '../property/arbitraries.js';
import { parseRecord } from '../bundled-rules.js';

const vocabulary = loadVocabulary();
const raw = (file: string) => JSON.parse(readFileSync(new URL(`../../data/policies/lps-2013/${file}`, import.meta.url), 'utf8'));
// The data as the loader compiles it: each reading's alternative in force in place of its byReading node.
const { choices } = readingsIn(raw('readings.json').readings);
const edition = (file: string) => resolveChoices(raw(file), choices, [], []) as Record<string, unknown>;
const named = new Map<string, Condition>(Object.entries(edition('conditions.json').conditions as Record<string, { when: Condition }>).map(([name, entry]) => [name, entry.when]));
// Tier G is left out so that {meetsTier: "G"} exercises "a tier not listed is never met".
const tiers = new Map<Tier, Condition>((edition('tiers.json').tiers as { tier: Tier; when: Condition }[]).filter((entry) => entry.tier !== 'G').map((entry) => [entry.tier, entry.when]));
const context: ConditionContext = { vocabulary, named, tiers };

const FIELDS: readonly CodeField[] = ['education', 'degree', 'title', 'skill', 'intro_mode', 'employer_type', 'employer_level', 'county', 'work_level', 'grassroots_program'];
const FLAGS = ['innovation_team', 'hired_graduate', 'sme_graduate', 'urgent_talent', 'scientist_in_enterprise', 'coal_safety_inspector', 'registered_safety_engineer'];

/** The language as conditions.json's $comment documents it, evaluated directly. */
function meets(condition: Condition, person: Person): boolean {
  const claims = (person.claims ?? {}) as Record<string, unknown>;
  if ('honorAny' in condition) return person.honors.some((honor) => condition.honorAny.includes(honor));
  if ('all' in condition) return condition.all.every((part) => meets(part, person));
  if ('any' in condition) return condition.any.some((part) => meets(part, person));
  if ('not' in condition) return !meets(condition.not, person);
  if ('ref' in condition) return meets(named.get(condition.ref)!, person);
  if ('meetsTier' in condition) return tiers.has(condition.meetsTier) && meets(tiers.get(condition.meetsTier)!, person);
  if ('flag' in condition) return condition.flag === 'fresh_graduate' || condition.flag === 'housing_reform' ? person[condition.flag] : claims[condition.flag] === true;
  if ('claim' in condition) {
    const value = claims[condition.claim];
    return Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== false;
  }
  if ('amount' in condition) {
    const value = claims[condition.amount] as { amount: number | null } | null | undefined;
    if (!value || value.amount === null) return true;
    const fen = (text: string | undefined) => (text === undefined ? null : Math.round(Number(text) * 100));
    const low = fen(condition.atLeast);
    const high = fen(condition.atMost);
    return (low === null || value.amount >= low) && (high === null || value.amount <= high);
  }
  if ('number' in condition) return typeof claims[condition.number] === 'number' && (claims[condition.number] as number) >= condition.atLeast;
  const value = condition.field === 'grassroots_program' ? claims.grassroots_program : person[condition.field as keyof Person];
  const codes = vocabulary.codesOf(condition.field as CodeField);
  if ('in' in condition) return condition.in.includes(value as string);
  if ('notIn' in condition) return !condition.notIn.includes(value as string);
  return codes.indexOf(value as string) >= codes.indexOf(condition.atLeast);
}

const codeList = (field: CodeField) => fc.subarray([...vocabulary.codesOf(field)], { minLength: 1 });
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  codeList('honors').map((honorAny) => ({ honorAny })),
  fc.constantFrom(...FIELDS).chain((field) => fc.oneof(
    codeList(field).map((codes): Condition => ({ field, in: codes })),
    codeList(field).map((codes): Condition => ({ field, notIn: codes })),
    fc.constantFrom(...vocabulary.codesOf(field)).map((code): Condition => ({ field, atLeast: code })),
  )),
  fc.constantFrom(...named.keys()).map((ref) => ({ ref })),
  fc.constantFrom<Tier>('A', 'B', 'C', 'D', 'E', 'F', 'G').map((meetsTier) => ({ meetsTier })),
  fc.constantFrom(...FLAGS).map((flag) => ({ flag })),
  fc.integer({ min: 0, max: 6 }).map((atLeast) => ({ number: 'grassroots_years', atLeast })),
);
const conditionArbitrary: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('node').map((not) => ({ not })),
  ),
})).node;

const personArbitrary = fc.tuple(factsArbitrary, spellingArbitrary).map(([facts, spelling]) => {
  const parsed = parseRecord(cellsOf('P1', '张三', facts, spelling));
  if (!parsed.ok) throw new Error(`valid facts refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.person;
});

describe('a compiled condition', () => {
  it('is met by exactly the people the language says meet it, for generated conditions and people', () => {
    let met = 0;
    let unmet = 0;
    fc.assert(
      fc.property(conditionArbitrary, fc.array(personArbitrary, { minLength: 1, maxLength: 8 }), (condition, people) => {
        const predicate = compileCondition(condition, context);
        for (const person of people) {
          const expected = meets(condition, person);
          expect(predicate(person)).toBe(expected);
          if (expected) met++;
          else unmet++;
        }
      }),
      { seed: 20130802, numRuns: 600 },
    );
    // Both outcomes were seen often, so the comparison is not of constants.
    expect(Math.min(met, unmet)).toBeGreaterThan(300);
  });
});

describe('a list of conditions compiled into one mask', () => {
  it('sets bit i exactly when the person meets condition i, for generated lists up to the longest allowed', () => {
    fc.assert(
      fc.property(fc.array(conditionArbitrary, { minLength: 1, maxLength: MAX_MASK_CONDITIONS }), fc.array(personArbitrary, { minLength: 1, maxLength: 4 }), (conditions, people) => {
        const mask = compileConditionMask(conditions, context);
        const predicates = conditions.map((condition) => compileCondition(condition, context));
        for (const person of people) {
          const met = mask(person);
          predicates.forEach((predicate, index) => expect(Boolean(met & (1 << index))).toBe(predicate(person)));
          // No bit beyond the list's length: 2^length - 1 is the largest mask.
          expect(met).toBeGreaterThanOrEqual(0);
          expect(met).toBeLessThan(2 ** conditions.length);
        }
      }),
      { seed: 20130803, numRuns: 150 },
    );
  });

  test('refuses more conditions than a mask holds, rather than dropping some', () => {
    const many = Array.from({ length: MAX_MASK_CONDITIONS + 1 }, (): Condition => ({ field: 'skill', in: ['junior'] }));
    expect(() => compileConditionMask(many, context)).toThrow(/at most 31 conditions in one list, not 32/);
  });
});

describe('a condition the data gets wrong is refused when the policy is compiled, with what is wrong', () => {
  test.each<[string, Condition, RegExp]>([
    ['an unknown field', { field: 'salary', in: ['x'] }, /unknown field "salary"/],
    ['a field name that is a property of every object', { field: 'constructor', in: ['x'] }, /unknown field "constructor"/],
    ['a code the field does not have', { field: 'education', in: ['doctor', 'phd"); process.exit(1); ("'] }, /is not a code of education/],
    ['an unknown honour', { honorAny: ['nobel'] }, /unknown honour code "nobel"/],
    ['an unknown flag', { flag: 'rich' }, /unknown flag "rich"/],
    ['an unknown number', { number: 'age', atLeast: 3 }, /unknown number "age"/],
    ['an unknown named condition', { ref: 'nobody' }, /unknown condition "nobody"/],
  ])('%s', (_name, condition, message) => {
    expect(() => compileCondition(condition, context)).toThrow(message);
  });

  test('in the policy data, as a data error naming the file: a tier whose condition comes back to itself', () => {
    const overlay = (file: string, raw: unknown) => {
      if (file !== 'tiers.json') return raw;
      const data = raw as { tiers: { tier: string; when: Condition }[] };
      return { ...data, tiers: data.tiers.map((entry) => (entry.tier === 'E' ? { ...entry, when: { any: [{ ref: 'doctor_with_degree' }, { meetsTier: 'E' }] } } : entry)) };
    };
    expect(() => loadPolicy({ year: 2014, overlay })).toThrow(DataFileError);
    expect(() => loadPolicy({ year: 2014, overlay })).toThrow(/tiers\.json[\s\S]*tier E's condition refers to itself/);
  });

  test('a named condition that refers to itself, directly or through a tier', () => {
    const loop = new Map<string, Condition>([['a', { any: [{ field: 'skill', in: ['junior'] }, { ref: 'a' }] }], ['b', { meetsTier: 'A' }]]);
    expect(() => compileCondition({ ref: 'a' }, { ...context, named: loop })).toThrow(/"a" refers to itself/);
    const tierLoop = new Map<Tier, Condition>([['A', { ref: 'b' }]]);
    expect(() => compileCondition({ meetsTier: 'A' }, { ...context, named: loop, tiers: tierLoop })).toThrow(/tier A's condition refers to itself/);
  });
});
