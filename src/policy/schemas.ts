// zod schemas of the files under data/policies/<edition>/ and data/rent-rates.json.
import { z } from 'zod';
import { conditionSchema } from './conditions.js';

const tier = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/, 'an amount in yuan as text, at most two decimals ("1200000", "0.50")');
const decimal = z.string().regex(/^\d+(\.\d{1,6})?$/, 'a non-negative decimal as text ("0.20", "80")');
const clause = z.string().regex(/^§\d+/, 'a clause such as "§16"');
const rounding = z.enum(['half_up', 'down']);

const payerRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('by_employer_type'), reading: z.string().optional() }),
  z.object({ rule: z.literal('county_of_employer'), reading: z.string().optional() }),
  z.object({ rule: z.literal('fixed'), payer: z.string(), reading: z.string().optional() }),
]);

const itemBase = {
  clause,
  label,
  effective: isoDate,
  text: z.string().min(1),
  payer: payerRule,
};

export const editionSchema = z.object({
  edition: z.string().regex(/^[a-z0-9-]+$/),
  label,
  issued: isoDate,
  effective: isoDate,
  source: z.string(),
  counties: z.array(z.string()).min(1),
  oneOffBeforeEffective: z.object({ rule: z.enum(['grant_in_effective_month', 'not_granted']), reading: z.string() }),
  notes: z.string().optional(),
});

export const tiersSchema = z.object({
  clause, label, effective: isoDate, notes: z.string().optional(),
  tiers: z.array(z.object({ tier, label, when: conditionSchema })).min(1),
});

export const conditionsSchema = z.object({
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
  choose: z.literal('highest'),
  introModes: z.array(z.string()).min(1),
  flexible: z.object({ introModes: z.array(z.string()), rule: z.literal('employer_set'), payer: z.string(), reading: z.string() }),
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
  clause, label, effective: isoDate, text: z.string(),
  byEmployerType: z.record(z.string(), employerPayerRule),
  sameLevelFinance: z.object({ city: z.string(), county: z.string(), reading: z.string() }),
  splitRounding: rounding,
});

export const readingsSchema = z.object({
  $comment: z.string().optional(),
  readings: z.array(z.object({ id: z.string().min(1), clause, zh: z.string().min(1), en: z.string().min(1) })).min(1),
});

/** data/rent-rates.json, or the same shape passed with --rent-rates. */
export const rentRatesSchema = z.object({
  $comment: z.string().optional(),
  clause: z.string().optional(),
  label: label.optional(),
  effective: isoDate.optional(),
  rates: z.record(z.string(), z.union([decimal, z.null()])),
});
