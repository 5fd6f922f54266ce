// zod schemas of the item files (items/ and units/ of an edition), one per kind of item: the person
// kinds, the one-off grants, the yearly tax items and the organisation-level items.
import { z } from 'zod';
import { conditionSchema } from './conditions.js';
import { $schema, clause, decimal, isoDate, label, rounding, tier, unique, yuan } from './schema-parts.js';

const payerRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('by_employer_type'), reading: z.string().optional() }),
  z.object({ rule: z.literal('county_of_employer'), reading: z.string().optional() }),
  z.object({ rule: z.literal('same_level_of_employer'), reading: z.string().optional() }),
  z.object({ rule: z.literal('project_registration'), reading: z.string().optional() }),
  z.object({ rule: z.literal('unit_registration'), reading: z.string().optional() }),
  z.object({ rule: z.literal('fixed'), payer: z.string(), reading: z.string().optional() }),
]);

const itemBase = {
  $schema,
  category: z.enum(['cash', 'tax']),
  clause,
  label,
  effective: isoDate,
  text: z.string().min(1),
  payer: payerRule,
};

const itemCode = z.string().regex(/^[a-z][a-z0-9_]*$/);
const introModes = z.array(z.string()).min(1);

/** one_off_by_tier: once, the amount of the person's tier, for the listed ways of coming. */
export const oneOffByTierSchema = z.object({
  item: itemCode, kind: z.literal('one_off_by_tier'), ...itemBase,
  introModes,
  /** "已享受房改政策的除外": of these intro modes, those who had housing-reform housing get nothing. */
  housingReformExcludes: z.object({ introModes: z.array(z.string()), reading: z.string() }).optional(),
  amountByTier: z.partialRecord(tier, yuan),
  /** highest: one amount, of the highest tier met (the default); each: the amounts of every tier met, added. */
  tiersPaid: z.enum(['highest', 'each']).optional(),
  $comment: z.string().optional(),
});

/** monthly_by_tier_rate: each month, the tier's area standard × the public rental rent per m² where the person works. */
export const monthlyByTierRateSchema = z.object({
  item: itemCode, kind: z.literal('monthly_by_tier_rate'), ...itemBase,
  introModes,
  areaM2ByTier: z.partialRecord(tier, decimal),
  rounding,
  rate: z.object({ $comment: z.string().optional(), reading: z.string() }),
  $comment: z.string().optional(),
});

/**
 * An item may name the reason and the explain check its condition is told by (texts of rencai's
 * catalogue) instead of the generic "meets the condition of this item".
 */
const conditionWords = <R extends string, C extends string>(reasons: readonly [R, ...R[]], checks: readonly [C, ...C[]]) =>
  z.object({ reason: z.enum(reasons), check: z.enum(checks) }).optional();

/**
 * monthly_fixed: a fixed sum a month for whoever meets `when` (and, when given, is introduced in
 * one of `introModes`), for at most `maxMonths` months from the start. An edition adds a monthly
 * allowance with such a file and its code in edition.json `monthly`.
 */
export const monthlyFixedSchema = z.object({
  item: itemCode, kind: z.literal('monthly_fixed'), ...itemBase,
  introModes: introModes.optional(),
  when: conditionSchema,
  monthly: yuan,
  maxMonths: z.number().int().positive().optional(),
  reading: z.string().optional(),
  words: conditionWords(['fresh_graduate'], ['check_fresh_graduate']),
  $comment: z.string().optional(),
});

/** monthly_highest_line: every line of the table the person meets is a candidate; the highest is paid. */
export const monthlyHighestLineSchema = z.object({
  item: itemCode, kind: z.literal('monthly_highest_line'), ...itemBase,
  introModes,
  flexible: z.object({ introModes: z.array(z.string()), payer: z.string(), reading: z.string() }),
  lines: z.array(z.object({ id: z.string(), label, monthly: yuan, reading: z.string().optional(), when: conditionSchema })).min(1).superRefine(unique((line) => line.id, 'id ')),
  $comment: z.string().optional(),
});

/** monthly_share: each month a share of the person's own monthly basic salary, for whoever meets `when`. */
export const monthlyShareSchema = z.object({
  item: itemCode, kind: z.literal('monthly_share'), ...itemBase,
  when: conditionSchema,
  whoReading: z.string().optional(),
  shareOfBaseSalary: decimal,
  rounding,
  words: conditionWords(['works_at_township'], ['check_work_level']),
  $comment: z.string().optional(),
});

/** The file of an item computed for every person: one of the person kinds, by its `kind`. */
export const personItemSchema = z.discriminatedUnion('kind', [oneOffByTierSchema, monthlyByTierRateSchema, monthlyFixedSchema, monthlyHighestLineSchema, monthlyShareSchema]);

const claimField = z.enum(['research_grant', 'sci_award_amount', 'settlement_amount', 'tuition_compensation', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return', 'tech_transfer_tax_exempt']);

export const oneOffGrantSchema = z.object({
  item: z.string(), kind: z.literal('one_off_grant'), ...itemBase,
  introModes: z.array(z.string()).optional(),
  introReading: z.string().optional(),
  when: conditionSchema.optional(),
  newHonors: z.array(z.string()).min(1).optional(),
  /** Paid once per newly won honour (a reading); null = once per grant, however many honours. */
  perHonor: z.object({ reading: z.string() }).nullable().optional(),
  claim: claimField.optional(),
  /** The roster must claim it even when the condition holds (a project is needed, not just an honour). */
  claimRequired: z.boolean().optional(),
  amount: yuan.optional(),
  range: z.object({ low: yuan, high: yuan.nullable() }).optional(),
  matchShare: decimal.optional(),
  grantedAt: z.enum(['start', 'grant_month']).default('grant_month'),
  amountReading: z.string().optional(),
  $comment: z.string().optional(),
}).refine((item) => item.when || item.newHonors || item.claim, { message: '一次性项目须有 when、newHonors 或 claim 之一：说明谁能享受（a grant needs when, newHonors or claim）' })
  .refine((item) => item.amount || item.range || item.claim, { message: '一次性项目须有 amount、range 或 claim 之一：说明金额（a grant needs amount, range or claim）' });

export const annualItemSchema = z.object({
  item: z.string(), kind: z.literal('annual'), ...itemBase,
  when: conditionSchema.optional(),
  claim: claimField.optional(),
  amountPerYear: yuan.optional(),
  maxYears: z.number().int().positive().optional(),
  yearsReading: z.string().optional(),
  turnoverReading: z.string().optional(),
  categoryReading: z.string().optional(),
  /** The reading that decides the amount is taken from the roster (a *_amount_supplied reading): named where it does. */
  amountReading: z.string().optional(),
}).refine((item) => item.amountPerYear || item.claim, { message: '按年项目须有 amountPerYear 或 claim（an annual item needs amountPerYear or claim）' });

export const unitItemSchema = z.object({
  item: z.string(), kind: z.literal('unit'), ...itemBase,
  unitTypes: z.array(z.string()).min(1),
  claim: z.enum(['provincial_grant', 'reward_amount']).optional(),
  /** The range the claimed base amount is expected in (before matchShare). */
  claimRange: z.object({ low: yuan, high: yuan }).optional(),
  matchShare: decimal.optional(),
  amount: yuan.optional(),
  range: z.object({ low: yuan, high: yuan.nullable() }).optional(),
  amountReading: z.string().optional(),
  /** §11 "从2013年起": approvals before this date get nothing (the unit's claim is declined). */
  approvedFrom: isoDate.nullable().optional(),
  /** "reject": a claimed amount outside claimRange (or range) rejects the row. */
  outsideRange: z.enum(['reject', 'note']).optional(),
});
