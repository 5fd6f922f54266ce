// The shape of an edition's own cases (data/policies/<edition>/tests/*.yaml or *.json), in the
// style of OpenFisca's YAML tests: a sentence, a year, a person as roster cells, the items expected.
import { z } from 'zod';
import { MAX_YEAR, MIN_YEAR } from '../base/years.js';

const money = z.union([z.string().regex(/^-?\d+(\.\d{1,2})?$/), z.number().finite()]);

/** What is expected of one result of an item; a field left out is not checked. */
export const expectedItemSchema = z.object({
  amount: money.nullable().optional(),
  monthly: money.nullable().optional(),
  months: z.number().int().nonnegative().nullable().optional(),
  status: z.enum(['computed', 'range', 'amount_missing', 'rate_missing', 'employer_set']).optional(),
  /** Every payer and its part; no other payer may take a part. */
  payers: z.record(z.string(), money.nullable()).optional(),
  /** The edition that priced it (a year that spans editions). */
  edition: z.string().optional(),
  /** Readings the result must name (it may name more). */
  readings: z.array(z.string()).optional(),
  /** The bounds of a range amount (null: no upper bound, as "不低于"). */
  range: z.object({ low: money.nullable(), high: money.nullable() }).strict().optional(),
}).strict();

export const caseSchema = z.object({
  /** What the case shows, as a sentence. */
  name: z.string().min(1),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  /** The person's facts as roster cells (keys or Chinese headers), over the file's `person`. */
  person: z.record(z.string(), z.unknown()).optional(),
  /** A unit's facts as unit-roster cells, over the file's `unit`: the case is then of the unit items (§11, §18). */
  unit: z.record(z.string(), z.unknown()).optional(),
  /** What-if changes for this case, as `--set key=value`. */
  set: z.union([z.string(), z.array(z.string())]).optional(),
  tier: z.string().nullable().optional(),
  /** The person's cash total in the year. */
  total: money.optional(),
  /** The person's tax expenditure in the year (deductions and exemptions, apart from cash). */
  taxTotal: money.optional(),
  /** The point of a range amount the run prices, as `--range`. */
  range: z.enum(['low', 'mid', 'high']).optional(),
  /** The row is rejected at this column (the person's facts contradict the text); nothing is computed. */
  rejected: z.string().min(1).optional(),
  /** The claims declined (conditions not met by a valid row), every one, by item code. */
  declined: z.array(z.string()).optional(),
  /** The non-money rights the person has, every one, by id, in the edition's order. */
  rights: z.array(z.string()).optional(),
  /**
   * Item code → what is expected: null = the item is not due this year; one result; or a list, one
   * result per edition, in time order.
   */
  items: z.record(z.string(), z.union([z.null(), expectedItemSchema, z.array(expectedItemSchema).min(1)])).optional(),
}).strict();

export const caseFileSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  /** Roster cells every case of the file starts from. */
  person: z.record(z.string(), z.unknown()).optional(),
  /** Unit-roster cells every case of the file starts from; the file's cases are then of units. */
  unit: z.record(z.string(), z.unknown()).optional(),
  cases: z.array(caseSchema).min(1),
}).strict();

export type PolicyCase = z.infer<typeof caseSchema>;
export type ExpectedItem = z.infer<typeof expectedItemSchema>;
export type CaseFile = z.infer<typeof caseFileSchema>;
