// `rencai check --answers`: a JSON object of the roster's keys, its value types checked by zod, then
// read as the same cells a roster row has.
import { z } from 'zod';
import { keysOfKind, PERSON_COLUMNS } from '../policy/columns.js';
import { matchColumn, type ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import type { ColumnRules } from './cross-field.js';
import { rowOfRecord, type RowError } from './row-cells.js';
import { columnName } from './cell-lookup.js';
import { validate, type HonourLists, type PersonParse } from './person-row.js';

export const ROW_COLUMN = '(行)';

// Which JSON types a key takes follows from its kind in the column table.
const NUMERIC_KEYS: ReadonlySet<ContractKey> = new Set(keysOfKind(PERSON_COLUMNS, ['yuan', 'share', 'rent', 'amount_claim', 'whole']));
const YES_NO_KEYS: ReadonlySet<ContractKey> = new Set(keysOfKind(PERSON_COLUMNS, ['yes_no']));
const HONOUR_KEYS: ReadonlySet<ContractKey> = new Set(keysOfKind(PERSON_COLUMNS, ['honors']));

const answersObject = z.record(z.string(), z.unknown());
const textAnswer = z.string().nullable();
const numericAnswer = z.union([z.string(), z.number().finite()]).nullable();
const yesNoAnswer = z.union([z.string(), z.boolean()]).nullable();
const idAnswer = z.union([z.string(), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]).nullable();
const honorsAnswer = z.union([z.string(), z.array(z.string())]).nullable();

/** A JSON number as the decimal text a clerk would type: 4500 → "4500", 0.65 → "0.65". */
function numberText(value: number): string {
  return String(value); // exponent forms (1e-7, 1e+21) and signs are then refused with the value shown
}

/**
 * The answers of `rencai check --answers`: an object with the roster keys (or their Chinese headers),
 * values written as in a roster cell; numbers are also accepted for numeric keys (and a whole-number
 * id), true/false for yes/no keys, a list for an honours key (honors, new_honors); null = not given. Unknown keys are errors.
 */
export function parsePersonAnswers(answers: unknown, m: RosterMessages, rules: ColumnRules): PersonParse {
  const object = answersObject.safeParse(answers);
  if (!object.success || Array.isArray(answers)) {
    return { ok: false, id: null, errors: [{ column: ROW_COLUMN, message: m.answersNotObject() }] };
  }
  const errors: RowError[] = [];
  const record: Partial<Record<ContractKey, string>> = {};
  const seen = new Map<ContractKey, string>();
  const badType = new Set<ContractKey>();
  const lists: HonourLists = {};
  for (const [rawKey, value] of Object.entries(object.data)) {
    const key = matchColumn(rawKey);
    if (key === null) {
      errors.push({ column: rawKey, message: m.answersUnknownKey(rawKey) });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ column: key, message: m.answersDuplicateKey(key, earlier, rawKey) });
      continue;
    }
    seen.set(key, rawKey);
    if (HONOUR_KEYS.has(key)) {
      const parsed = honorsAnswer.safeParse(value);
      if (!parsed.success) {
        badType.add(key);
        errors.push({ column: key, message: m.answersWrongType(columnName(key, m), m.expectTextOrList) });
      } else if (Array.isArray(parsed.data)) {
        // The parts are read as the list gives them; the cell, as a row would write them, says the column is filled.
        lists[key] = parsed.data;
        record[key] = parsed.data.join(';');
      } else if (parsed.data !== null) {
        record[key] = parsed.data;
      }
      continue;
    }
    const [schema, expected] = NUMERIC_KEYS.has(key)
      ? [numericAnswer, m.expectTextOrNumber]
      : YES_NO_KEYS.has(key)
        ? [yesNoAnswer, m.expectTextOrBoolean]
        : key === 'id'
          ? [idAnswer, m.expectText]
          : [textAnswer, m.expectText];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      badType.add(key);
      errors.push({ column: key, message: m.answersWrongType(columnName(key, m), expected) });
      continue;
    }
    const data = parsed.data;
    if (data === null) continue;
    record[key] = typeof data === 'number' ? numberText(data) : typeof data === 'boolean' ? (data ? 'yes' : 'no') : data;
  }
  const result = validate(rowOfRecord(record), Object.keys(lists).length > 0 ? lists : null, [], m, rules);
  if (errors.length === 0) return result;
  // Type errors first; a column whose value had the wrong type is not also reported as missing.
  const rest = result.ok ? [] : result.errors.filter((error) => !badType.has(error.column as ContractKey));
  return { ok: false, id: result.ok ? result.person.id : result.id, errors: [...errors, ...rest] };
}

