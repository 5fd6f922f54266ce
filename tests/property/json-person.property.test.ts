// The JSON and jsonl formats write each person with a serializer of their own (src/cli/output/
// json-person.ts) instead of JSON.stringify(personJson(…)): it must give the same bytes, key for key,
// escape for escape. Two kinds of entries: hand-shaped ones with every optional field and hostile
// strings (quotes, backslashes, control characters, lone and paired surrogates, non-ASCII), and the
// engine's own results for generated people. Fixed seed, bounded runs.
import fc from 'fast-check';
import { fen } from '../fen.js';
import { describe, expect, it } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import type { ItemResult, PersonResult, Reason } from '../../src/engine/types.js';
import { createLabels, type Labels } from '../../src/i18n/labels.js';
import { ByteWriter } from '../../src/io/byte-writer.js';
import { personJson } from '../../src/cli/output/json.js';
import { personJsonWriter } from '../../src/cli/output/json-person.js';
import type { ReasonOf } from '../../src/cli/output/reason-table.js';
import type { PersonEntry, RunInfo } from '../../src/cli/output/types.js';
import { loadPolicy } from '../../src/policy/load.js';
import { cellsOf, factsArbitrary, spellingArbitrary } from './arbitraries.js';
import { parseRecord } from '../bundled-rules.js';

const SEED = 20130803;
const RUNS = 600;
const policy = loadPolicy({ year: 2014 });

/** Strings that JSON.stringify writes in every way it can: plain, escaped, \u00xx, \udxxx, and UTF-8 of 1–4 bytes. */
const textArbitrary = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\ud800', '\udfff', '\ud83d\ude00', '人', 'é', 'a'), maxLength: 50 }),
  fc.string({ unit: 'grapheme', minLength: 30, maxLength: 120 }),
);
const fenArbitrary = fc.integer({ min: -1e12, max: 1e12 }).map(fen);
const moneyArbitrary = fc.option(fenArbitrary, { nil: null });
const numberArbitrary = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 5e-7));

const reasonArbitrary: fc.Arbitrary<Reason> = fc.record({ key: textArbitrary });
const itemArbitrary: fc.Arbitrary<ItemResult> = fc.record(
  {
    item: textArbitrary,
    clause: textArbitrary,
    kind: fc.constantFrom('monthly', 'one_off', 'annual'),
    category: fc.constantFrom('cash', 'tax'),
    status: fc.constantFrom('computed', 'range', 'amount_missing', 'rate_missing', 'employer_set'),
    range: fc.record({ low: fenArbitrary, high: moneyArbitrary }),
    monthly: moneyArbitrary,
    months: fc.option(numberArbitrary, { nil: null }),
    amount: moneyArbitrary,
    payers: fc.array(fc.record({ payer: textArbitrary, amount: moneyArbitrary }), { maxLength: 3 }),
    reasons: fc.array(reasonArbitrary, { maxLength: 4 }),
    readings: fc.array(textArbitrary, { maxLength: 3 }),
    candidates: fc.array(fc.record({ line: textArbitrary, monthly: fenArbitrary, chosen: fc.boolean() }), { maxLength: 3 }),
    edition: fc.oneof(textArbitrary, fc.constant('')),
    year: numberArbitrary,
    perHead: fc.record({ monthly: moneyArbitrary, amount: moneyArbitrary }),
  },
  { requiredKeys: ['item', 'clause', 'kind', 'status', 'monthly', 'months', 'amount', 'payers', 'reasons', 'readings'] },
);
const resultArbitrary: fc.Arbitrary<PersonResult> = fc.record(
  {
    id: textArbitrary,
    name: fc.option(textArbitrary, { nil: null }),
    tier: fc.option(fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'), { nil: null }),
    items: fc.array(itemArbitrary, { maxLength: 3 }),
    total: fenArbitrary,
    taxTotal: fenArbitrary,
    rights: fc.array(fc.record({ id: textArbitrary, clause: textArbitrary }), { maxLength: 2 }),
    declined: fc.array(fc.record({ item: textArbitrary, clause: textArbitrary, reasons: fc.array(reasonArbitrary, { maxLength: 3 }), readings: fc.array(textArbitrary, { maxLength: 2 }), year: numberArbitrary }, { requiredKeys: ['item', 'clause', 'reasons', 'readings'] }), { maxLength: 2 }),
    count: numberArbitrary,
    perHead: fc.record({ total: fenArbitrary, taxTotal: fenArbitrary }, { requiredKeys: ['total'] }),
  },
  { requiredKeys: ['id', 'name', 'tier', 'items', 'total'] },
) as fc.Arbitrary<PersonResult>;

/** Labels that answer every lookup with text derived from the key, hostile strings included. */
function labelsOf(prefix: string): Labels {
  const real = createLabels(policy, 'zh');
  return { ...real, item: (code) => `${prefix}${code}`, right: (id) => `${id}${prefix}`, rightDescription: (id) => `${prefix}“${id}”` };
}

function infoOf(labels: Labels): RunInfo {
  return { policy, year: 2014, labels, passthrough: [] };
}

/** The serializer's bytes of one entry, after a first entry so that the per-run caches are in use. */
function written(info: RunInfo, entries: PersonEntry[], reasonOf: ReasonOf | null, open: string): Buffer[] {
  const write = personJsonWriter(info);
  const out = new ByteWriter(64);
  return entries.map((entry) => {
    write(entry, reasonOf, out, Buffer.from(open));
    return out.take();
  });
}

function expected(info: RunInfo, entry: PersonEntry, reasonOf: ReasonOf | null, open: string): Buffer {
  return Buffer.from(`${open}${JSON.stringify(personJson(entry, info, reasonOf)).slice(1)}`, 'utf8');
}

describe('the JSON person serializer', () => {
  it('writes every generated entry, hostile strings and all optional fields included, as the same bytes as JSON.stringify of personJson', () => {
    let escaped = 0;
    fc.assert(
      fc.property(fc.array(resultArbitrary, { minLength: 1, maxLength: 3 }), textArbitrary, fc.boolean(), fc.nat(1_000_000), (results, prefix, withReasons, row) => {
        const info = infoOf(labelsOf(prefix));
        const reasonOf: ReasonOf | null = withReasons ? (reason) => `${reason.key}${prefix}` : null;
        const entries = results.map((result, index) => ({ row: row + index, person: {} as PersonEntry['person'], result, extra: [] }));
        const open = '{"type":"person",';
        const got = written(info, entries, reasonOf, open);
        entries.forEach((entry, index) => {
          const want = expected(info, entry, reasonOf, open);
          if (want.includes('\\u')) escaped++;
          expect(got[index]!.toString('hex')).toBe(want.toString('hex'));
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generated strings reach JSON.stringify's \u escapes (control characters, lone surrogates), not only plain text.
    expect(escaped).toBeGreaterThan(RUNS / 4);
  });

  it('writes the engine’s own results for generated people, with reason sentences, as the same bytes as JSON.stringify of personJson', () => {
    const labels = createLabels(policy, 'zh');
    const info = infoOf(labels);
    let items = 0;
    fc.assert(
      fc.property(factsArbitrary, spellingArbitrary, (facts, spelling) => {
        const parsed = parseRecord(cellsOf('P1', '张"三\\', facts, spelling));
        if (!parsed.ok) throw new Error(`valid facts refused: ${JSON.stringify(parsed.errors)}`);
        let result: PersonResult;
        try {
          result = computePerson(parsed.person, 2014, policy);
        } catch {
          return; // rejected by the engine: no entry to write
        }
        items += result.items.length;
        const entry = { row: 2, person: parsed.person, result, extra: [] };
        const [got] = written(info, [entry], labels.reason, ',\n{');
        expect(got!.toString('utf8')).toBe(expected(info, entry, labels.reason, ',\n{').toString('utf8'));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The people have items to write, not only empty lists.
    expect(items).toBeGreaterThan(RUNS / 2);
  });
});
