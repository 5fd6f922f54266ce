// A person of the JSON and jsonl formats written straight to UTF-8 bytes: the same characters as
// JSON.stringify(personJson(entry, info, reasonOf)) (json.ts, the contract's reference shape), with
// the same keys in the same order and the same omissions, but without building the entry's objects
// and arrays, a string of them, and then the string's bytes. On a 200k-row JSON run that was ~30%
// of the time (bench/PROFILE.md). tests/property/json-person.property.test.ts holds the two to the
// same bytes for generated entries; change them together.
import type { Fen } from '../../base/money.js';
import type { DeclinedClaim, ItemResult, PersonResult } from '../../engine/types.js';
import { ByteWriter } from '../../io/byte-writer.js';
import type { ReasonOf } from './reason-table.js';
import type { PersonEntry, RunInfo } from './types.js';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const ROW = bytes('"row":');
const ID = bytes(',"id":');
const NAME = bytes(',"name":');
const TIER = bytes(',"tier":');
const COUNT = bytes(',"count":');
const ITEMS = bytes(',"items":[');
const TOTAL = bytes('],"total":"');
const TAX_TOTAL = bytes(',"taxTotal":"');
const PER_HEAD_TOTAL = bytes(',"perHead":{"total":"');
const RIGHTS = bytes(',"rights":[');
const DECLINED = bytes(',"declined":[');
const ITEM = bytes('{"item":');
const YEAR = bytes(',"year":');
const LABEL = bytes(',"label":');
const CLAUSE = bytes(',"clause":');
const EDITION = bytes(',"edition":');
const KIND = bytes(',"kind":');
const CATEGORY = bytes(',"category":');
const STATUS = bytes(',"status":');
const MONTHLY = bytes(',"monthly":');
const MONTHS = bytes(',"months":');
const AMOUNT = bytes(',"amount":');
const PAYERS = bytes(',"payers":[');
const PAYER = bytes('{"payer":');
const PER_HEAD_MONTHLY = bytes(',"perHead":{"monthly":');
const RANGE_LOW = bytes(',"range":{"low":"');
const HIGH = bytes('","high":');
const REASONS = bytes(',"reasons":[');
const READINGS = bytes('],"readings":[');
const CANDIDATES = bytes(',"candidates":[');
const LINE = bytes('{"line":');
const CHOSEN = bytes('","chosen":');
const RIGHT_ID = bytes('{"id":');
const DESCRIPTION = bytes(',"description":');
const NULL = bytes('null');
const TRUE = bytes('true');
const FALSE = bytes('false');
const MONTHLY_MONEY = bytes(',"monthly":"');
const CASH = 'cash';

const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const QUOTE = 34;

/** Money as personJson gives it: the formatFen text in quotes, or null. */
function money(out: ByteWriter, amount: Fen | null): void {
  if (amount === null) {
    out.bytes(NULL);
    return;
  }
  out.byte(QUOTE);
  out.fen(amount);
  out.byte(QUOTE);
}

/** A number as JSON.stringify writes it: a whole number ≥ 0 digit by digit, anything else by String (NaN and ±∞ as null). */
function number(out: ByteWriter, value: number | null): void {
  if (value === null || !Number.isFinite(value)) out.bytes(NULL);
  else if (Number.isSafeInteger(value) && value >= 0) out.integer(value);
  else out.text(String(value));
}

/**
 * Writes one person's entry for one run. `open` is what comes before the first key (`{`, or
 * `{"type":"person",` for a jsonl line). The policy's own strings (codes, labels, clauses, payers,
 * reading ids) are encoded once per run and copied after.
 */
export function personJsonWriter(info: RunInfo): (entry: PersonEntry, reasonOf: ReasonOf | null, out: ByteWriter, open: Uint8Array) => void {
  // Bounded by the policy: item codes and labels, clauses, editions, payers, reading ids, lines.
  const encoded = new Map<string, Uint8Array>();
  const scratch = new ByteWriter(256);
  const policyString = (out: ByteWriter, text: string): void => {
    let known = encoded.get(text);
    if (known === undefined) {
      scratch.jsonString(text);
      known = Uint8Array.from(scratch.take());
      encoded.set(text, known);
    }
    out.bytes(known);
  };
  const labelOf = new Map<string, string>();
  const label = (code: string): string => {
    let text = labelOf.get(code);
    if (text === undefined) {
      text = info.labels.item(code);
      labelOf.set(code, text);
    }
    return text;
  };

  const reasonList = (out: ByteWriter, item: ItemResult | DeclinedClaim, reasonOf: ReasonOf | null): void => {
    out.bytes(REASONS);
    if (reasonOf) {
      const reasons = item.reasons;
      for (let k = 0; k < reasons.length; k++) {
        if (k > 0) out.byte(COMMA);
        out.jsonString(reasonOf(reasons[k]!));
      }
    }
    out.bytes(READINGS);
    const readings = item.readings;
    for (let k = 0; k < readings.length; k++) {
      if (k > 0) out.byte(COMMA);
      policyString(out, readings[k]!);
    }
    out.byte(CLOSE_BRACKET);
  };

  const itemBytes = (out: ByteWriter, item: ItemResult, reasonOf: ReasonOf | null): void => {
    out.bytes(ITEM);
    policyString(out, item.item);
    if (item.year !== undefined) {
      out.bytes(YEAR);
      number(out, item.year);
    }
    out.bytes(LABEL);
    policyString(out, label(item.item));
    out.bytes(CLAUSE);
    policyString(out, item.clause);
    if (item.edition) {
      out.bytes(EDITION);
      policyString(out, item.edition);
    }
    out.bytes(KIND);
    policyString(out, item.kind);
    out.bytes(CATEGORY);
    policyString(out, item.category ?? CASH);
    out.bytes(STATUS);
    policyString(out, item.status);
    out.bytes(MONTHLY);
    money(out, item.monthly);
    out.bytes(MONTHS);
    number(out, item.months);
    out.bytes(AMOUNT);
    money(out, item.amount);
    out.bytes(PAYERS);
    const payers = item.payers;
    for (let k = 0; k < payers.length; k++) {
      const part = payers[k]!;
      if (k > 0) out.byte(COMMA);
      out.bytes(PAYER);
      policyString(out, part.payer);
      out.bytes(AMOUNT);
      money(out, part.amount);
      out.byte(CLOSE_BRACE);
    }
    out.byte(CLOSE_BRACKET);
    if (item.perHead) {
      out.bytes(PER_HEAD_MONTHLY);
      money(out, item.perHead.monthly);
      out.bytes(AMOUNT);
      money(out, item.perHead.amount);
      out.byte(CLOSE_BRACE);
    }
    if (item.range) {
      out.bytes(RANGE_LOW);
      out.fen(item.range.low);
      out.bytes(HIGH);
      money(out, item.range.high);
      out.byte(CLOSE_BRACE);
    }
    reasonList(out, item, reasonOf);
    if (item.candidates) {
      out.bytes(CANDIDATES);
      const candidates = item.candidates;
      for (let k = 0; k < candidates.length; k++) {
        const line = candidates[k]!;
        if (k > 0) out.byte(COMMA);
        out.bytes(LINE);
        policyString(out, line.line);
        out.bytes(MONTHLY_MONEY);
        out.fen(line.monthly);
        out.bytes(CHOSEN);
        out.bytes(line.chosen ? TRUE : FALSE);
        out.byte(CLOSE_BRACE);
      }
      out.byte(CLOSE_BRACKET);
    }
    out.byte(CLOSE_BRACE);
  };

  const declinedBytes = (out: ByteWriter, claim: DeclinedClaim, reasonOf: ReasonOf | null): void => {
    out.bytes(ITEM);
    policyString(out, claim.item);
    out.bytes(LABEL);
    policyString(out, label(claim.item));
    out.bytes(CLAUSE);
    policyString(out, claim.clause);
    if (claim.year !== undefined) {
      out.bytes(YEAR);
      number(out, claim.year);
    }
    reasonList(out, claim, reasonOf);
    out.byte(CLOSE_BRACE);
  };

  const rightsBytes = (out: ByteWriter, rights: NonNullable<PersonResult['rights']>): void => {
    out.bytes(RIGHTS);
    for (let k = 0; k < rights.length; k++) {
      const right = rights[k]!;
      if (k > 0) out.byte(COMMA);
      out.bytes(RIGHT_ID);
      policyString(out, right.id);
      out.bytes(CLAUSE);
      policyString(out, right.clause);
      out.bytes(LABEL);
      policyString(out, info.labels.right(right.id));
      out.bytes(DESCRIPTION);
      policyString(out, info.labels.rightDescription(right.id));
      out.byte(CLOSE_BRACE);
    }
    out.byte(CLOSE_BRACKET);
  };

  return (entry, reasonOf, out, open) => {
    const result = entry.result;
    out.bytes(open);
    out.bytes(ROW);
    number(out, entry.row);
    out.bytes(ID);
    out.jsonString(result.id);
    out.bytes(NAME);
    if (result.name === null) out.bytes(NULL);
    else out.jsonString(result.name);
    out.bytes(TIER);
    if (result.tier === null) out.bytes(NULL);
    else policyString(out, result.tier);
    if (result.count !== undefined) {
      out.bytes(COUNT);
      number(out, result.count);
    }
    out.bytes(ITEMS);
    const items = result.items;
    for (let k = 0; k < items.length; k++) {
      if (k > 0) out.byte(COMMA);
      itemBytes(out, items[k]!, reasonOf);
    }
    out.bytes(TOTAL);
    out.fen(result.total);
    out.byte(QUOTE);
    if (result.taxTotal !== undefined) {
      out.bytes(TAX_TOTAL);
      out.fen(result.taxTotal);
      out.byte(QUOTE);
    }
    if (result.perHead) {
      out.bytes(PER_HEAD_TOTAL);
      out.fen(result.perHead.total);
      out.byte(QUOTE);
      if (result.perHead.taxTotal !== undefined) {
        out.bytes(TAX_TOTAL);
        out.fen(result.perHead.taxTotal);
        out.byte(QUOTE);
      }
      out.byte(CLOSE_BRACE);
    }
    if (result.rights) rightsBytes(out, result.rights);
    if (result.declined) {
      out.bytes(DECLINED);
      const declined = result.declined;
      for (let k = 0; k < declined.length; k++) {
        if (k > 0) out.byte(COMMA);
        declinedBytes(out, declined[k]!, reasonOf);
      }
      out.byte(CLOSE_BRACKET);
    }
    out.byte(CLOSE_BRACE);
  };
}
