// zod schemas of the files under data/policies/<edition>/ and data/rent-rates.json; the item files'
// are item-schemas.ts, named here too so that `schemas.*` is every data file's.
import { z } from 'zod';
import { conditionSchema } from './conditions.js';
import { $schema, clause, decimal, isoDate, label, rounding, tier, unique } from './schema-parts.js';

export {
  annualItemSchema, monthlyByTierRateSchema, monthlyFixedSchema, monthlyHighestLineSchema, monthlyShareSchema, oneOffByTierSchema,
  oneOffGrantSchema, personItemSchema, unitItemSchema,
} from './item-schemas.js';

export const editionSchema = z.object({
  $schema,
  edition: z.string().regex(/^[a-z0-9-]+$/),
  label,
  issued: isoDate,
  effective: isoDate,
  /** The edition this one changes: its files apply, and a file of the same name here is a JSON merge patch on them. */
  inherits: z.string().regex(/^[a-z0-9-]+$/).optional(),
  oneOffBeforeEffective: z.object({
    rule: z.enum(['grant_in_effective_month', 'not_granted']),
    /** The monthly half of the reading: a start before the policy counts from the effective month, or from the start. */
    monthly: z.enum(['from_effective_month', 'from_start']).default('from_effective_month'),
    reading: z.string(),
  }),
  /** Items computed for every person (files under items/ of a person kind), in print order. */
  items: z.array(z.string()).default([]).superRefine(unique((code) => code, 'item ')),
  /** One-off grants (kind one_off_grant) under items/, in print order. */
  grants: z.array(z.string()).superRefine(unique((code) => code, 'item ')),
  annual: z.array(z.string()).superRefine(unique((code) => code, 'item ')),
  /** Organisation-level items under units/. */
  unitItems: z.array(z.string()).superRefine(unique((code) => code, 'item ')),
  /** More items of a person kind, printed after `items`: an inheriting edition adds its own here without restating the list it inherits. */
  monthly: z.array(z.string()).default([]).superRefine(unique((code) => code, 'item ')),
  $comment: z.string().optional(),
});

export const tiersSchema = z.object({
  $schema,
  clause, label, effective: isoDate, $comment: z.string().optional(),
  tiers: z.array(z.object({ tier, label, when: conditionSchema })).min(1).superRefine(unique((entry) => entry.tier, 'tier ')),
});

export const conditionsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  conditions: z.record(z.string(), z.object({ label, clause, reading: z.string().optional(), when: conditionSchema })),
});

const employerPayerRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('same_level_finance'), share: z.enum(['all', 'fiscal_share']) }),
  z.object({ rule: z.literal('employer') }),
]);

export const payersSchema = z.object({
  $schema,
  clause, label, effective: isoDate, text: z.string(),
  byEmployerType: z.record(z.string(), employerPayerRule),
  sameLevelFinance: z.object({ city: z.string(), county: z.string(), reading: z.string() }),
  splitRounding: rounding,
});

export const readingsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  readings: z.array(z.object({
    id: z.string().min(1), clause, zh: z.string().min(1), en: z.string().min(1),
    // A reading between named alternatives (src/policy/reading-choices.ts): zh/en state the question, each
    // alternative its answer; the data's byReading nodes hold each alternative's values.
    choice: z.string().min(1).optional(),
    alternatives: z.record(z.string().min(1), z.object({ zh: z.string().min(1), en: z.string().min(1) })).optional(),
  }).refine((reading) => (reading.choice === undefined) === (reading.alternatives === undefined) && (reading.choice === undefined || reading.alternatives![reading.choice] !== undefined), {
    message: 'choice 须是 alternatives 中的一个，两者同时给出或都不给（choice must name one of the alternatives; give both or neither）',
  })).min(1).superRefine(unique((reading) => reading.id, 'id ')),
});

/** data/rent-rates.json, or the same shape passed with --rent-rates. */
export const rentRatesSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  clause: z.string().optional(),
  label: label.optional(),
  effective: isoDate.optional(),
  rates: z.record(z.string(), z.union([decimal, z.null()])),
});

export const rightsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  rights: z.array(z.object({
    id: z.string().min(1), clause, label, description: label, when: conditionSchema, reading: z.string().optional(),
  })).min(1).superRefine(unique((right) => right.id, 'id ')),
});

/** claim-rules.json (issue #14): per claimed item, what claims it and each condition of the text. */
export const claimRulesSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  items: z.record(z.string(), z.object({
    $comment: z.string().optional(),
    claimedBy: conditionSchema,
    /** The claimed amount outside the item's own range rejects the row (the rule is made from the item's range). */
    amountOutsideRange: z.literal('reject').optional(),
    rules: z.array(z.object({
      id: z.string().regex(/^[a-z0-9_]+$/),
      outcome: z.enum(['reject', 'decline']),
      column: z.string().optional(),
      label,
      allowed: label.optional(),
      reading: z.string().optional(),
      when: conditionSchema,
    }).refine((rule) => rule.outcome !== 'reject' || rule.column !== undefined, { message: '拒收规则须指明列（a reject rule names its column）' })).default([]),
  }).refine((entry) => entry.rules.length > 0 || entry.amountOutsideRange !== undefined, { message: '没有规则的申报项目不起作用：请写出 rules 或 amountOutsideRange，或删去该项（an entry with no rules does nothing）' })),
});

/**
 * beneficiaries.json: the items whose money goes to the employer for hiring the person, not to the
 * person (§14), each with the sentence that says so; the notice lists them apart.
 */
export const beneficiariesSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  employer: z.array(z.object({ item: z.string().min(1), reading: label })),
});

/** fund.json (§22): the talent-development fund floor, a share of general budget revenue. */
export const fundSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  clause,
  label,
  share: decimal,
  /** Fiscal levels that set the fund: city = 市级财政, county = each county's finance. */
  levels: z.array(z.enum(['city', 'county'])).min(1),
  /** The fund's budget years, both ends counted ("今后三年": 2013–2015); a count of years beside them could only disagree. */
  effective: isoDate,
  expires: isoDate,
  reading: z.string().optional(),
  text: z.string().min(1),
}).refine((fund) => fund.expires >= fund.effective, {
  message: 'expires 不能早于 effective（expires must not be before effective）',
});

/** column-rules.json (issue #14): the rules between roster columns that the text sets, applied by the reader and the questionnaire. */
export const columnRulesSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  rules: z.array(z.object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    clause,
    column: z.string().min(1),
    /** required: `column` must be given when `when` holds; only: it may be given only when `when` holds. */
    kind: z.enum(['required', 'only']),
    when: z.object({ column: z.string().min(1), in: z.array(z.string().min(1)).min(1) }),
    /** The sentence of the text the rule comes from. */
    text: z.string().min(1),
    /** What a clerk reads: {column} the column's name, {value} the label of the row's when.column, {allowed} the codes of when.in. */
    message: label,
  })).superRefine(unique((rule) => rule.id, 'id ')),
});
