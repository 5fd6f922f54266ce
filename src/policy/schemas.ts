// zod schemas of the files under data/policies/<edition>/ and data/rent-rates.json.
import { z } from 'zod';
import { parseExactDecimal, parseYuan } from '../base/money.js';
import { conditionSchema } from './conditions.js';

const tier = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
/** A day of the calendar: 2013-13-45 has the shape but is no day (an item effective on it would never apply). */
function isCalendarDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '应为 YYYY-MM-DD 格式的日期（a date written YYYY-MM-DD）', abort: true })
  .refine(isCalendarDay, '不是日历上的日期，月应为 01–12，日不超过当月天数（not a day of the calendar）');
/** What the loader can read exactly (parseExactDecimal): at most 10^13 as digits without the point; 99,999,999,999.99 yuan. */
const READABLE = '连同小数最多 13 位数字（at most 13 digits in all）';
const yuan = z.string().regex(/^\d+(\.\d{1,2})?$/, { message: '应为以文本写的金额（元），最多两位小数，如 "1200000"、"0.50"（an amount in yuan as text, at most two decimals）', abort: true })
  .refine((text) => parseYuan(text) !== null, `金额过大，${READABLE}`);
const decimal = z.string().regex(/^\d+(\.\d{1,6})?$/, { message: '应为以文本写的非负小数，如 "0.20"、"80"（a non-negative decimal as text）', abort: true })
  .refine((text) => parseExactDecimal(text) !== null, `数值过大，${READABLE}`);

/** An array whose entries' `key` are all different: each repeat is an issue at its own place. */
function unique<T>(key: (entry: T) => string, what: string) {
  return (entries: readonly T[], context: z.RefinementCtx) => {
    const first = new Map<string, number>();
    entries.forEach((entry, index) => {
      const value = key(entry);
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else context.addIssue({ code: 'custom', path: [index], message: `${what}“${value}”与第 ${earlier} 项重复（duplicate ${what.trim()} "${value}", first at index ${earlier}）` });
    });
  };
}
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

export const rightsSchema = z.object({
  $schema,
  $comment: z.string().optional(),
  rights: z.array(z.object({
    id: z.string().min(1), clause, label, description: label, when: conditionSchema, reading: z.string().optional(),
  })).min(1).superRefine(unique((right) => right.id, 'id ')),
});

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
