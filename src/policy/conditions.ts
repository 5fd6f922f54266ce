// The small condition language of the policy data (see data/policies/*/conditions.json), validated
// with zod and compiled once into plain predicates so that evaluating a row costs a few calls.
import { z } from 'zod';
import type { Person, Tier } from '../engine/types.js';
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
  meetsTier: (person: Person, tier: Tier) => boolean;
}

/** Compiles a condition, checking every field, code and reference against the vocabulary. */
export function compileCondition(condition: Condition, context: ConditionContext, trail: string[] = []): Predicate {
  if ('honorAny' in condition) {
    const known = context.vocabulary.codesOf('honors');
    for (const code of condition.honorAny) if (!known.includes(code)) throw new ConditionError(`unknown honour code "${code}"`);
    const wanted = new Set(condition.honorAny);
    return (person) => person.honors.some((honor) => wanted.has(honor));
  }
  if ('all' in condition) {
    const parts = condition.all.map((part) => compileCondition(part, context, trail));
    return (person) => parts.every((part) => part(person));
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compileCondition(part, context, trail));
    return (person) => parts.some((part) => part(person));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, context, trail);
    return (person) => !inner(person);
  }
  if ('ref' in condition) {
    const target = context.named.get(condition.ref);
    if (!target) throw new ConditionError(`unknown condition "${condition.ref}"`);
    if (trail.includes(condition.ref)) throw new ConditionError(`condition "${condition.ref}" refers to itself`);
    return compileCondition(target, context, [...trail, condition.ref]);
  }
  if ('flag' in condition) {
    const flag = condition.flag;
    if (!FLAGS.has(flag)) throw new ConditionError(`unknown flag "${flag}" (known: ${[...FLAGS].join(', ')})`);
    return (person) => (person.claims as Record<string, unknown> | undefined)?.[flag] === true;
  }
  if ('number' in condition) {
    const name = condition.number;
    const floor = condition.atLeast;
    if (!NUMBERS.has(name)) throw new ConditionError(`unknown number "${name}" (known: ${[...NUMBERS].join(', ')})`);
    return (person) => {
      const value = (person.claims as Record<string, unknown> | undefined)?.[name];
      return typeof value === 'number' && value >= floor;
    };
  }
  if ('meetsTier' in condition) {
    const tier = condition.meetsTier;
    return (person) => context.meetsTier(person, tier);
  }
  const list = FIELDS[condition.field];
  if (!list) throw new ConditionError(`unknown field "${condition.field}" (known: ${Object.keys(FIELDS).join(', ')})`);
  const field = condition.field;
  const read: (person: Person) => unknown = CLAIM_FIELDS.has(field)
    ? (person) => (person.claims as Record<string, unknown> | undefined)?.[field]
    : (person) => person[field as keyof Person];
  const codes = context.vocabulary.codesOf(list);
  const checkCode = (code: string) => {
    if (!codes.includes(code)) throw new ConditionError(`"${code}" is not a code of ${condition.field} (${codes.join(', ')})`);
  };
  let set: ReadonlySet<unknown>;
  let wanted = true;
  if ('atLeast' in condition) {
    checkCode(condition.atLeast);
    // "At least" is membership in the codes from the floor up (their documented order).
    set = new Set(codes.slice(codes.indexOf(condition.atLeast)));
  } else {
    const listed = 'in' in condition ? condition.in : condition.notIn;
    listed.forEach(checkCode);
    set = new Set(listed);
    wanted = 'in' in condition;
  }
  // Predicates run for every row: a person field is read directly, without the claims indirection.
  if (!CLAIM_FIELDS.has(field)) {
    const key = field as keyof Person;
    return wanted ? (person) => set.has(person[key]) : (person) => !set.has(person[key]);
  }
  return wanted ? (person) => set.has(read(person)) : (person) => !set.has(read(person));
}
