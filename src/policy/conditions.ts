// The small condition language of the policy data (see data/policies/*/conditions.json), validated
// with zod and compiled once into plain predicates so that evaluating a row costs a few calls.
//
// A condition is compiled to the source of one JavaScript function and built with `new Function`:
// a condition runs tens of times for every row of a roster, and closures composed per node spent
// most of their time in calls and in property reads by a variable key that every field shared
// (megamorphic), where one generated function reads `p.education` itself. It is safe because the
// source is made only of fixed templates, field and flag names from the lists below, and string
// literals written by JSON.stringify; every other value (sets, numbers) is passed in, not written.
import { z } from 'zod';
import type { Person, Tier } from '../base/person.js';
import type { CodeField, Vocabulary } from './vocabulary.js';
import type { Predicate } from './types.js';

export type Condition =
  | { honorAny: string[] }
  | { field: string; in: string[] }
  | { field: string; notIn: string[] }
  | { field: string; atLeast: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { ref: string }
  | { meetsTier: Tier }
  | { flag: string }
  | { number: string; atLeast: number };

const tierSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ honorAny: z.array(z.string()).min(1) }),
    z.strictObject({ field: z.string(), in: z.array(z.string()).min(1) }),
    z.strictObject({ field: z.string(), notIn: z.array(z.string()).min(1) }),
    z.strictObject({ field: z.string(), atLeast: z.string() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ ref: z.string() }),
    z.strictObject({ meetsTier: tierSchema }),
    z.strictObject({ flag: z.string() }),
    z.strictObject({ number: z.string(), atLeast: z.number() }),
  ]),
);

/** Person fields a condition may read, and the vocabulary list their codes come from. */
const FIELDS: Readonly<Record<string, CodeField>> = {
  education: 'education', degree: 'degree', title: 'title', skill: 'skill', intro_mode: 'intro_mode',
  employer_type: 'employer_type', employer_level: 'employer_level', county: 'county', work_level: 'work_level',
  grassroots_program: 'grassroots_program',
};

/** Fields kept in person.claims rather than on the person itself. */
const CLAIM_FIELDS = new Set(['grassroots_program']);
/** Yes/no facts a {flag} condition may read (person.claims). */
const FLAGS = new Set(['innovation_team', 'hired_graduate', 'sme_graduate', 'urgent_talent', 'scientist_in_enterprise', 'coal_safety_inspector', 'registered_safety_engineer']);
/** Whole numbers a {number} condition may read (person.claims). */
const NUMBERS = new Set(['grassroots_years']);

export class ConditionError extends Error {}

export interface ConditionContext {
  vocabulary: Vocabulary;
  named: ReadonlyMap<string, Condition>;
  /** Each tier's own condition (tiers.json), for {meetsTier}; a tier not listed is never met. */
  tiers: ReadonlyMap<Tier, Condition>;
}

/** Lists longer than this are tested with a Set; shorter ones by comparisons, which cost less. */
const MAX_COMPARISONS = 4;

/** The source being generated: the constants it refers to as k[i]. */
class Emitter {
  readonly constants: unknown[] = [];

  constant(value: unknown): string {
    this.constants.push(value);
    return `k[${this.constants.length - 1}]`;
  }
}

/** True when any of the person's honours is in `wanted`; most people hold none. */
function hasAnyHonor(honors: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (let index = 0; index < honors.length; index++) if (wanted.has(honors[index]!)) return true;
  return false;
}

function numberAtLeast(value: unknown, floor: number): boolean {
  return typeof value === 'number' && value >= floor;
}

/** A person's claim fact, read without assuming the person has claims. */
function claimRead(name: string): string {
  return `p.claims?.[${JSON.stringify(name)}]`;
}

/** Source of an expression over the person `p` that is true when `condition` is met. */
function emit(condition: Condition, context: ConditionContext, emitter: Emitter, trail: readonly string[]): string {
  if ('honorAny' in condition) {
    const known = context.vocabulary.codesOf('honors');
    for (const code of condition.honorAny) if (!known.includes(code)) throw new ConditionError(`unknown honour code "${code}"`);
    return `hasAnyHonor(p.honors, ${emitter.constant(new Set(condition.honorAny))})`;
  }
  if ('all' in condition) return `(${condition.all.map((part) => emit(part, context, emitter, trail)).join(' && ')})`;
  if ('any' in condition) return `(${condition.any.map((part) => emit(part, context, emitter, trail)).join(' || ')})`;
  if ('not' in condition) return `!${emit(condition.not, context, emitter, trail)}`;
  if ('ref' in condition) {
    const target = context.named.get(condition.ref);
    if (!target) throw new ConditionError(`unknown condition "${condition.ref}"`);
    if (trail.includes(condition.ref)) throw new ConditionError(`condition "${condition.ref}" refers to itself`);
    return emit(target, context, emitter, [...trail, condition.ref]);
  }
  if ('flag' in condition) {
    const flag = condition.flag;
    if (!FLAGS.has(flag)) throw new ConditionError(`unknown flag "${flag}" (known: ${[...FLAGS].join(', ')})`);
    return `(${claimRead(flag)} === true)`;
  }
  if ('number' in condition) {
    const name = condition.number;
    if (!NUMBERS.has(name)) throw new ConditionError(`unknown number "${name}" (known: ${[...NUMBERS].join(', ')})`);
    return `numberAtLeast(${claimRead(name)}, ${emitter.constant(condition.atLeast)})`;
  }
  if ('meetsTier' in condition) {
    // The tier's own condition, written in place: no call, no lookup by tier at run time.
    const tier = condition.meetsTier;
    const target = context.tiers.get(tier);
    if (!target) return 'false';
    const name = `tier ${tier}`;
    if (trail.includes(name)) throw new ConditionError(`tier ${tier}'s condition refers to itself`);
    return emit(target, context, emitter, [...trail, name]);
  }
  // Own keys only: "constructor" or "__proto__" must be unknown fields, not Object's.
  const list = Object.hasOwn(FIELDS, condition.field) ? FIELDS[condition.field] : undefined;
  if (!list) throw new ConditionError(`unknown field "${condition.field}" (known: ${Object.keys(FIELDS).join(', ')})`);
  const field = condition.field;
  const codes = context.vocabulary.codesOf(list);
  const checkCode = (code: string) => {
    if (!codes.includes(code)) throw new ConditionError(`"${code}" is not a code of ${condition.field} (${codes.join(', ')})`);
  };
  let listed: readonly string[];
  let wanted = true;
  if ('atLeast' in condition) {
    checkCode(condition.atLeast);
    // "At least" is membership in the codes from the floor up (their documented order).
    listed = codes.slice(codes.indexOf(condition.atLeast));
  } else {
    listed = 'in' in condition ? condition.in : condition.notIn;
    listed.forEach(checkCode);
    wanted = 'in' in condition;
  }
  const read = CLAIM_FIELDS.has(field) ? claimRead(field) : `p[${JSON.stringify(field)}]`;
  const member = listed.length > MAX_COMPARISONS
    ? `${emitter.constant(new Set(listed))}.has(${read})`
    : `(${[...new Set(listed)].map((code) => `${read} === ${JSON.stringify(code)}`).join(' || ')})`;
  return wanted ? member : `!${member}`;
}

/** Compiles a condition, checking every field, code and reference against the vocabulary. */
export function compileCondition(condition: Condition, context: ConditionContext): Predicate {
  const emitter = new Emitter();
  const source = emit(condition, context, emitter, []);
  const build = new Function('k', 'hasAnyHonor', 'numberAtLeast', `'use strict'; return function when(p) { return ${source}; };`);
  return build(emitter.constants, hasAnyHonor, numberAtLeast) as Predicate;
}

/** The most conditions one mask holds: the bits of a small integer, which stays a fast 31-bit value. */
export const MAX_MASK_CONDITIONS = 31;

/**
 * Compiles a list of conditions that is evaluated whole for every row (tiers, allowance lines,
 * rights) into one function giving the mask of those met, bit i for conditions[i]: one call per
 * list rather than per condition (calls through a list are never inlined), and the person's fields
 * read once for all. Each condition is written by the same `emit` as compileCondition's.
 */
export function compileConditionMask(conditions: readonly Condition[], context: ConditionContext): (person: Person) => number {
  if (conditions.length > MAX_MASK_CONDITIONS) throw new ConditionError(`at most ${MAX_MASK_CONDITIONS} conditions in one list, not ${conditions.length}`);
  const emitter = new Emitter();
  const tests = conditions.map((condition, index) => `if (${emit(condition, context, emitter, [])}) m |= ${2 ** index};`);
  const build = new Function('k', 'hasAnyHonor', 'numberAtLeast', `'use strict'; return function met(p) { let m = 0; ${tests.join(' ')} return m; };`);
  return build(emitter.constants, hasAnyHonor, numberAtLeast) as (person: Person) => number;
}
