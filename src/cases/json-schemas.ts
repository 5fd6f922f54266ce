// JSON Schema files for editors, generated from the zod schemas rencai validates with (zod 4's
// z.toJSONSchema): data/schemas/<name>.schema.json, named by each data file's "$schema".
import { z } from 'zod';
import * as schemas from '../policy/schemas.js';
import { caseFileSchema } from './schema.js';
import { coverageSchema } from '../policy/coverage.js';
import { vocabularySchema } from '../policy/vocabulary.js';
import { englishSchema } from '../i18n/code-labels.js';
import { nearMissesSchema } from '../questionnaire/near-misses.js';
import { serviceSchema } from '../questionnaire/notice-model.js';

/** Schema file name → the zod schema it is made from. */
export const JSON_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'edition.schema.json': schemas.editionSchema,
  'tiers.schema.json': schemas.tiersSchema,
  'conditions.schema.json': schemas.conditionsSchema,
  'payers.schema.json': schemas.payersSchema,
  'readings.schema.json': schemas.readingsSchema,
  'rights.schema.json': schemas.rightsSchema,
  'fund.schema.json': schemas.fundSchema,
  'rent-rates.schema.json': schemas.rentRatesSchema,
  'one-off-by-tier.schema.json': schemas.oneOffByTierSchema,
  'monthly-by-tier-rate.schema.json': schemas.monthlyByTierRateSchema,
  'monthly-fixed.schema.json': schemas.monthlyFixedSchema,
  'monthly-highest-line.schema.json': schemas.monthlyHighestLineSchema,
  'monthly-share.schema.json': schemas.monthlyShareSchema,
  'one-off-grant.schema.json': schemas.oneOffGrantSchema,
  'annual-item.schema.json': schemas.annualItemSchema,
  'unit-item.schema.json': schemas.unitItemSchema,
  'cases.schema.json': caseFileSchema,
  'coverage.schema.json': coverageSchema,
  'claim-rules.schema.json': schemas.claimRulesSchema,
  'beneficiaries.schema.json': schemas.beneficiariesSchema,
  'codes.schema.json': vocabularySchema,
  'labels-en.schema.json': englishSchema,
  'near-misses.schema.json': nearMissesSchema,
  'service.schema.json': serviceSchema,
  'column-rules.schema.json': schemas.columnRulesSchema,
};

/**
 * The edition files read after readings.json, whose values may be a reading's alternatives
 * (src/policy/reading-choices.ts): the loader puts the one in force in place of the node before it validates.
 */
const CHOOSABLE = new Set([
  'tiers.schema.json', 'conditions.schema.json', 'payers.schema.json', 'rights.schema.json', 'fund.schema.json',
  'one-off-by-tier.schema.json', 'monthly-by-tier-rate.schema.json', 'monthly-fixed.schema.json', 'monthly-highest-line.schema.json',
  'monthly-share.schema.json', 'one-off-grant.schema.json', 'annual-item.schema.json', 'unit-item.schema.json',
  'claim-rules.schema.json', 'beneficiaries.schema.json',
]);
/** Names, not values: a reading cannot choose them. */
const NOT_CHOSEN = new Set(['$schema', '$comment', 'kind', 'item']);
/** A reading's alternatives in place of a value: each alternative is checked by rencai when it is chosen, not here. */
const CHOICE = {
  type: 'object',
  properties: { byReading: { type: 'string' }, alternatives: { type: 'object', additionalProperties: {} } },
  required: ['byReading', 'alternatives'],
  additionalProperties: false,
};

/** Every field of the schema may also be a reading's alternatives. */
function withChoices(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withChoices);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'properties' || typeof value !== 'object' || value === null) {
      out[key] = withChoices(value);
      continue;
    }
    out[key] = Object.fromEntries(Object.entries(value).map(([field, schema]) => [field, NOT_CHOSEN.has(field) ? withChoices(schema) : { anyOf: [withChoices(schema), CHOICE] }]));
  }
  return out;
}

/**
 * The text of each schema file. `io: 'input'` describes what a file may contain (defaults are
 * optional); refinements across fields are checked by rencai only.
 */
export function jsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    files[name] = `${JSON.stringify(CHOOSABLE.has(name) ? withChoices(json) : json, null, 2)}\n`;
  }
  return files;
}
