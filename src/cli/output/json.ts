// JSON output (README “输出格式”), streamed: the head, then each person as it comes, then the
// rejected rows and the roll-up. Contract fields keep their names and meaning; the fields marked
// "added" below extend it. Money is a string with two decimals, null when unknown.
import { formatMonth } from '../../base/months.js';
import { formatFen, type Fen } from '../../base/money.js';
import type { DeclinedClaim, ItemResult } from '../../engine/types.js';
import { reasonTable, type ReasonMode, type ReasonOf } from './reason-table.js';
import { personJsonWriter } from './json-person.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import { ByteWriter } from '../../io/byte-writer.js';
import type { BytesFormatter, Formatter, PersonEntry, RejectedEntry, RejectedRows, RunInfo, UnitEntry } from './types.js';
import type { FundCheck } from '../../budget/fund.js';
import type { RollupBounds } from '../../budget/rollup.js';

const money = (amount: Fen | null): string | null => (amount === null ? null : formatFen(amount));

function moneyRecord(entries: [string, Fen][]): Record<string, string> {
  return Object.fromEntries(entries.map(([key, amount]) => [key, formatFen(amount)]));
}

function countsRecord(entries: [string, StatusCounts][]): Record<string, StatusCounts> {
  return Object.fromEntries(entries);
}


export function itemJson(item: ItemResult, info: RunInfo, reasonOf: ReasonOf | null = info.labels.reason): Record<string, unknown> {
  return {
    item: item.item,
    ...(item.year !== undefined ? { year: item.year } : {}), // added (#17): the budget year, when --year names a range
    label: info.labels.item(item.item), // added
    clause: item.clause,
    ...(item.edition ? { edition: item.edition } : {}), // added: the edition that priced it, when the year spans editions
    kind: item.kind, // added: monthly | one_off | annual
    category: item.category ?? 'cash', // added: tax items are outside "total" and the roll-up's total
    status: item.status, // added: computed | rate_missing | employer_set | range | amount_missing
    monthly: money(item.monthly),
    months: item.months,
    amount: money(item.amount),
    payers: item.payers.map((part) => ({ payer: part.payer, amount: money(part.amount) })),
    ...(item.perHead ? { perHead: { monthly: money(item.perHead.monthly), amount: money(item.perHead.amount) } } : {}), // added (#17): one head of a counted row
    ...(item.range ? { range: { low: formatFen(item.range.low), high: money(item.range.high) } } : {}), // added
    reasons: reasonOf ? item.reasons.map(reasonOf) : [], // added
    readings: item.readings, // added: ids, explained in the top-level "readings"
    ...(item.candidates
      ? { candidates: item.candidates.map((line) => ({ line: line.line, monthly: formatFen(line.monthly), chosen: line.chosen })) } // added
      : {}),
  };
}

/** A claim not granted (issue #14): the item, its clause, why (each failed condition) and the readings deciding it. */
export function declinedJson(claim: DeclinedClaim, info: RunInfo, reasonOf: ReasonOf | null = info.labels.reason): Record<string, unknown> {
  return {
    item: claim.item,
    label: info.labels.item(claim.item),
    clause: claim.clause,
    ...(claim.year !== undefined ? { year: claim.year } : {}), // added (#17)
    reasons: reasonOf ? claim.reasons.map(reasonOf) : [],
    readings: claim.readings,
  };
}

/** A non-money entitlement: clause, label and the one-line description of rights.json. */
export function rightJson(right: { id: string; clause: string }, info: RunInfo): Record<string, unknown> {
  return { id: right.id, clause: right.clause, label: info.labels.right(right.id), description: info.labels.rightDescription(right.id) };
}

/** One unit of a units roster, in the style of a people entry. */
export function unitJson(entry: UnitEntry, info: RunInfo): Record<string, unknown> {
  const { unit, result } = entry;
  return {
    row: entry.row,
    id: result.id,
    name: result.name,
    unit_type: unit.unit_type,
    level: unit.level,
    county: unit.county,
    items: result.items.map((item) => itemJson(item, info)),
    total: formatFen(result.total),
    ...(result.declined ? { declined: result.declined.map((claim) => declinedJson(claim, info)) } : {}), // added (#14)
  };
}

export function personJson(entry: PersonEntry, info: RunInfo, reasonOf: ReasonOf | null = info.labels.reason): Record<string, unknown> {
  const { result } = entry;
  return {
    row: entry.row,
    id: result.id,
    name: result.name, // added
    tier: result.tier,
    ...(result.count !== undefined ? { count: result.count } : {}), // added (#17): the row stands for this many people (人数 ≠ 1)
    items: result.items.map((item) => itemJson(item, info, reasonOf)),
    total: formatFen(result.total),
    ...(result.taxTotal !== undefined ? { taxTotal: formatFen(result.taxTotal) } : {}), // added: tax expenditures
    ...(result.perHead ? { perHead: { total: formatFen(result.perHead.total), ...(result.perHead.taxTotal !== undefined ? { taxTotal: formatFen(result.perHead.taxTotal) } : {}) } } : {}), // added (#17)
    ...(result.rights ? { rights: result.rights.map((right) => rightJson(right, info)) } : {}), // added
    ...(result.declined ? { declined: result.declined.map((claim) => declinedJson(claim, info, reasonOf)) } : {}), // added (#14): claims not granted, with why
  };
}

export function rollupJson(totals: RollupTotals, info: RunInfo): Record<string, unknown> {
  return {
    byPayer: moneyRecord(orderPayers(totals.byPayer)),
    byItem: moneyRecord(orderItems(totals.byItem, info.policy)),
    total: formatFen(totals.total),
    byCounty: moneyRecord(orderCounties(totals.byCounty)), // added; "city" = no county
    tax: { // added: tax expenditures, beside the cash total and never inside it
      byPayer: moneyRecord(orderPayers(totals.tax.byPayer)),
      byItem: moneyRecord(orderItems(totals.tax.byItem, info.policy)),
      total: formatFen(totals.tax.total),
    },
    uncomputed: { // added: items due but without an amount, outside the total
      count: totals.uncomputed.count,
      byItem: countsRecord(orderItems(totals.uncomputed.byItem, info.policy)),
      byPayer: countsRecord(orderPayers(totals.uncomputed.byPayer)),
    },
    bounds: boundsJson(totals.bounds, info), // added: the total with every range at its low / high end; high null = 无上限
    ...(totals.fund ? { fund: fundJson(totals.fund) } : {}), // added: §22, with --revenue
  };
}

function boundsJson(bounds: RollupBounds, info: RunInfo): Record<string, unknown> {
  return {
    low: formatFen(bounds.low),
    high: money(bounds.high),
    ranged: bounds.ranged,
    withoutPoint: bounds.withoutPoint,
    byItem: Object.fromEntries(orderItems(bounds.byItem, info.policy).map(([item, range]) => [item, { low: formatFen(range.low), high: money(range.high) }])),
  };
}

function fundJson(fund: FundCheck): Record<string, unknown> {
  return {
    clause: fund.clause,
    share: fund.share,
    years: { first: fund.firstYear, last: fund.lastYear },
    applies: fund.applies,
    levels: orderPayers(fund.levels.map((level) => [level.payer, level] as [string, typeof level])).map(([, level]) => ({
      payer: level.payer, revenue: formatFen(level.revenue), floor: formatFen(level.floor), cost: formatFen(level.cost),
      fits: level.fits, exceedsBy: formatFen(level.exceedsBy), // added (#14): the cost fits inside the floor, or exceeds it by
      covered: level.covered, shortBy: formatFen(level.shortBy), // kept for readers of the first version
    })),
  };
}

export function errorsJson(entry: RejectedEntry): { column: string; message: string }[] {
  return entry.errors.map((error) => ({ column: error.column, message: error.message }));
}

/** Characters of rejected rows gathered before they are handed on. */
const PIECE_CHARS = 1 << 15;

/**
 * `\n  "rejected": [ … ]` exactly as JSON.stringify(…, null, 2) writes it inside the run's tail
 * object, one entry at a time: the rows stream from the spool instead of becoming one string.
 */
export async function* rejectedArrayJson(rejected: RejectedRows, entryJson: (entry: RejectedEntry) => Record<string, unknown>): AsyncGenerator<string> {
  let piece = '\n  "rejected": [';
  let count = 0;
  for await (const batch of rejected.batches()) {
    for (const entry of batch) {
      piece += `${count === 0 ? '' : ','}\n    ${JSON.stringify(entryJson(entry), null, 2).replace(/\n/g, '\n    ')}`;
      count++;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
  }
  yield `${piece}${count === 0 ? ']' : '\n  ]'}`;
}

/** `"years":[…],` when --year names a range, else nothing. */
export function yearsJson(info: RunInfo): string {
  return info.years ? `"years":${JSON.stringify(info.years)},` : '';
}

/** Each year's roll-up of a range, keyed by year, in the shape of `rollup` (plus what `extra` adds). */
export function rollupByYearJson(totals: RollupTotals, info: RunInfo, extra: (totals: RollupTotals) => Record<string, unknown> = () => ({})): Record<string, unknown> {
  if (!totals.byYear) return {};
  return { rollupByYear: Object.fromEntries([...totals.byYear].map(([year, own]) => [String(year), { ...rollupJson(own, info), ...extra(own) }])) }; // added (#17)
}

/** `"editions":[…],` when the year spans editions (each with the months it is in force), else nothing. */
export function editionsJson(policy: RunInfo['policy']): string {
  if (!policy.segments) return '';
  return `"editions":${JSON.stringify(policy.segments.map((segment) => ({ edition: segment.edition, from: formatMonth(segment.first), to: formatMonth(segment.last) })))},`;
}

/** The readings used by the printed results, with their clause and text, sorted by id. */
function readingsOf(info: RunInfo, used: ReadonlySet<string>) {
  return [...used].sort().map((id) => {
    const reading = info.policy.readings.get(id);
    return { id, clause: reading?.clause ?? null, text: reading ? reading[info.labels.lang] : null };
  });
}

function noteReadings(entry: PersonEntry, used: Set<string>): void {
  for (const item of entry.result.items) for (const id of item.readings) used.add(id);
  for (const claim of entry.result.declined ?? []) for (const id of claim.readings) used.add(id);
}

const FIRST_PERSON = Buffer.from('\n{');
const NEXT_PERSON = Buffer.from(',\n{');
const JSONL_PERSON = Buffer.from('{"type":"person",');
const LF = 10;

/** A person's text, for a caller that wants text rather than bytes. */
function textOf(write: (entry: PersonEntry, out: ByteWriter) => void, entry: PersonEntry): string {
  const out = new ByteWriter(1024);
  write(entry, out);
  return out.take().toString('utf8');
}

export function createJsonFormatter(info: RunInfo, { reasons = 'full' }: { reasons?: ReasonMode } = {}): Formatter & BytesFormatter {
  let first = true;
  const readingsUsed = new Set<string>();
  const table = reasonTable(info, reasons);
  const personBytes = personJsonWriter(info);
  const write = (entry: PersonEntry, out: ByteWriter): void => {
    noteReadings(entry, readingsUsed);
    personBytes(entry, table.reasonOf, out, first ? FIRST_PERSON : NEXT_PERSON);
    first = false;
  };
  return {
    explains: true,
    personBytes: write,
    person: (entry) => textOf(write, entry),
    begin: () => `{"policy":${JSON.stringify(info.policy.edition)},"year":${info.year},${yearsJson(info)}${editionsJson(info.policy)}"people":[`,
    async *end(rejected: RejectedRows, totals: RollupTotals) {
      yield `${first ? '' : '\n'}],`;
      yield* rejectedArrayJson(rejected, (entry) => ({ row: entry.row, id: entry.id, errors: errorsJson(entry) }));
      const tail = JSON.stringify({
        rollup: rollupJson(totals, info),
        ...rollupByYearJson(totals, info),
        readings: readingsOf(info, readingsUsed), // added: every reading the printed results depend on
        ...table.placeholder(), // added with --reasons ids: the sentence of each reason id
        summary: { computed: totals.people, rejected: rejected.length, declined: totals.declined }, // added; declined (#14): claims not granted
      }, null, 2);
      yield* table.spliced(`,${tail.slice(1)}\n`, 2);
    },
  };
}

/**
 * `--format jsonl` (contract extension): one JSON object a line, as jq, pandas and DuckDB read a
 * stream — each person ({"type":"person", …the JSON format's person}), then each rejected row
 * ({"type":"rejected", row, id, errors}), then one {"type":"rollup", policy, year, rollup, readings,
 * summary}. A reader can stop after the people without holding them.
 */
export function createJsonlFormatter(info: RunInfo, { reasons = 'full' }: { reasons?: ReasonMode } = {}): Formatter & BytesFormatter {
  const readingsUsed = new Set<string>();
  const table = reasonTable(info, reasons);
  const personBytes = personJsonWriter(info);
  const write = (entry: PersonEntry, out: ByteWriter): void => {
    noteReadings(entry, readingsUsed);
    personBytes(entry, table.reasonOf, out, JSONL_PERSON);
    out.byte(LF);
  };
  return {
    explains: true,
    begin: () => '',
    personBytes: write,
    person: (entry) => textOf(write, entry),
    async *end(rejected: RejectedRows, totals: RollupTotals) {
      let piece = '';
      for await (const batch of rejected.batches()) {
        for (const entry of batch) piece += `${JSON.stringify({ type: 'rejected', row: entry.row, id: entry.id, errors: errorsJson(entry) })}\n`;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      yield* table.spliced(`${piece}${JSON.stringify({
        type: 'rollup',
        policy: info.policy.edition,
        year: info.year,
        ...(info.years ? { years: info.years } : {}), // a range of years (#17)
        ...(info.policy.segments ? { editions: info.policy.segments.map((segment) => ({ edition: segment.edition, from: formatMonth(segment.first), to: formatMonth(segment.last) })) } : {}),
        rollup: rollupJson(totals, info),
        ...rollupByYearJson(totals, info),
        readings: readingsOf(info, readingsUsed),
        ...table.placeholder(),
        summary: { computed: totals.people, rejected: rejected.length, declined: totals.declined },
      })}\n`, 0);
    },
  };
}
