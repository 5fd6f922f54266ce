// zod schemas of the files under data/policies/<edition>/ and data/rent-rates.json.
import { z } from 'zod';
import { conditionSchema } from './conditions.js';

const tier = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期（a date written YYYY-MM-DD）');
const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/, '应为以文本写的金额（元），最多两位小数，如 "1200000"、"0.50"（an amount in yuan as text, at most two decimals）');
const decimal = z.string().regex(/^\d+(\.\d{1,6})?$/, '应为以文本写的非负小数，如 "0.20"、"80"（a non-negative decimal as text）');
const clause = z.string().regex(/^§\d+/, '应为条款号，如 "§16"（a clause such as "§16"）');
const rounding = z.enum(['half_up', 'down']);

const payerRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('by_employer_type'), reading: z.string().optional() }),
  z.object({ rule: z.literal('county_of_employer'), reading: z.string().optional() }),
  z.object({ rule: z.literal('same_level_of_employer'), reading: z.string().optional() }),
  z.object({ rule: z.literal('project_registration'), reading: z.string().optional() }),
  z.object({ rule: z.literal('unit_registration'), reading: z.string().optional() }),
  z.object({ rule: z.literal('fixed'), payer: z.string(), reading: z.string().optional() }),
]);

/** The JSON Schema a data file names for editors (data/schemas/); not read by rencai. */
const $schema = z.string().optional();

const itemBase = {
  $schema,
  category: z.enum(['cash', 'tax']),
  clause,
  label,
  effective: isoDate,
  text: z.string().min(1),
  payer: payerRule,
};

export const editionSchema = z.object({
  $schema,
  edition: z.string().regex(/^[a-z0-9-]+$/),
  label,
  issued: isoDate,
  effective: isoDate,
  /** The edition this one changes: its files apply, and a file of the same name here is a JSON merge patch on them. */
  inherits: z.string().regex(/^[a-z0-9-]+$/).optional(),
  oneOffBeforeEffective: z.object({ rule: z.enum(['grant_in_effective_month', 'not_granted']), reading: z.string() }),
  /** Item files under items/ beyond the five core items, in print order. */
  grants: z.array(z.string()),
  annual: z.array(z.string()),
  /** Organisation-level items under units/. */
  unitItems: z.array(z.string()),
  /** Monthly items of the general kind monthly_fixed under items/, printed after the core items. */
  monthly: z.array(z.string()).default([]),
  notes: z.string().optional(),
});

export const tiersSchema = z.object({
  $schema,
  clause, label, effective: isoDate, notes: z.string().optional(),
  tiers: z.array(z.object({ tier, label, when: conditionSchema })).min(1),
});

export const conditionsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  conditions: z.record(z.string(), z.object({ label, clause, reading: z.string().optional(), when: conditionSchema })),
});

export const housingPurchaseSchema = z.object({
  item: z.literal('housing_purchase'), kind: z.literal('one_off'), ...itemBase,
  introModes: z.array(z.string()).min(1),
  housingReformExcludes: z.object({ introModes: z.array(z.string()), reading: z.string() }),
  amountByTier: z.partialRecord(tier, yuan),
});

export const housingRentFlexibleSchema = z.object({
  item: z.literal('housing_rent_flexible'), kind: z.literal('monthly'), ...itemBase,
  introModes: z.array(z.string()).min(1),
  areaM2ByTier: z.partialRecord(tier, decimal),
  rounding,
  rate: z.object({ source: z.string(), reading: z.string() }),
});

export const graduateRentSchema = z.object({
  item: z.literal('graduate_rent'), kind: z.literal('monthly'), ...itemBase,
  monthly: yuan,
  maxMonths: z.number().int().positive(),
});

export const talentAllowanceSchema = z.object({
  item: z.literal('talent_allowance'), kind: z.literal('monthly'), ...itemBase,
  introModes: z.array(z.string()).min(1),
  flexible: z.object({ introModes: z.array(z.string()), payer: z.string(), reading: z.string() }),
  lines: z.array(z.object({ id: z.string(), label, monthly: yuan, reading: z.string().optional(), when: conditionSchema })).min(1),
});

export const grassrootsAllowanceSchema = z.object({
  item: z.literal('grassroots_allowance'), kind: z.literal('monthly'), ...itemBase,
  when: conditionSchema,
  whoReading: z.string(),
  shareOfBaseSalary: decimal,
  rounding,
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
  readings: z.array(z.object({ id: z.string().min(1), clause, zh: z.string().min(1), en: z.string().min(1) })).min(1),
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

const claimField = z.enum(['research_grant', 'sci_award_amount', 'settlement_amount', 'tuition_compensation', 'first_year_insurance', 'startup_tax_exempt', 'income_tax_return']);

export const oneOffGrantSchema = z.object({
  item: z.string(), kind: z.literal('one_off'), ...itemBase,
  introModes: z.array(z.string()).optional(),
  introReading: z.string().optional(),
  when: conditionSchema.optional(),
  newHonors: z.array(z.string()).min(1).optional(),
  perHonor: z.object({ reading: z.string() }).optional(),
  claim: claimField.optional(),
  /** The roster must claim it even when the condition holds (a project is needed, not just an honour). */
  claimRequired: z.boolean().optional(),
  amount: yuan.optional(),
  range: z.object({ low: yuan, high: yuan.nullable() }).optional(),
  matchShare: decimal.optional(),
  grantedAt: z.enum(['start', 'grant_month']).default('grant_month'),
  amountReading: z.string().optional(),
  notes: z.string().optional(),
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
}).refine((item) => item.amountPerYear || item.claim, { message: '按年项目须有 amountPerYear 或 claim（an annual item needs amountPerYear or claim）' });

export const rightsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  rights: z.array(z.object({
    id: z.string().min(1), clause, label, description: label, when: conditionSchema, reading: z.string().optional(),
  })).min(1),
});

export const unitItemSchema = z.object({
  item: z.string(), kind: z.literal('one_off'), ...itemBase,
  unitTypes: z.array(z.string()).min(1),
  claim: z.enum(['provincial_grant', 'reward_amount']).optional(),
  /** The range the claimed base amount is expected in (before matchShare). */
  claimRange: z.object({ low: yuan, high: yuan }).optional(),
  matchShare: decimal.optional(),
  amount: yuan.optional(),
  range: z.object({ low: yuan, high: yuan.nullable() }).optional(),
  amountReading: z.string().optional(),
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
  years: z.number().int().positive(),
  effective: isoDate,
  expires: isoDate,
  reading: z.string().optional(),
  text: z.string().min(1),
}).refine((fund) => Number(fund.expires.slice(0, 4)) - Number(fund.effective.slice(0, 4)) + 1 === fund.years, {
  message: 'years 须与 effective、expires 一致（按预算年度含两端计）（years must match effective and expires）',
});

/**
 * A monthly item of the general kind: a fixed sum a month for whoever meets `when` (and, when
 * given, is introduced in one of `introModes`), for at most `maxMonths` months from the start.
 * An edition adds a monthly allowance with such a file and its code in edition.json `monthly`.
 */
export const monthlyFixedSchema = z.object({
  item: z.string().regex(/^[a-z][a-z0-9_]*$/), kind: z.literal('monthly_fixed'), ...itemBase,
  introModes: z.array(z.string()).min(1).optional(),
  when: conditionSchema,
  monthly: yuan,
  maxMonths: z.number().int().positive().optional(),
  reading: z.string().optional(),
  notes: z.string().optional(),
});
