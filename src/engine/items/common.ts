// What every item calculator shares: when a one-off is granted, which months a monthly item pays,
// and how a result is assembled with its payer split.
import type { ItemBase, Policy } from '../../policy/types.js';
import { formatMonth, spanInWindow, type MonthSpan } from '../../base/months.js';
import { multiplyFen, type Fen } from '../../base/money.js';
import { splitPayers } from '../payers.js';
import type { DeclinedClaim, ItemResult, ItemStatus, MonthIndex, Person, Tier } from '../types.js';
import { readingsOf, reasonsOf, type Why } from '../why.js';

export interface ItemContext {
  person: Person;
  year: number;
  policy: Policy;
  /** The months of the year this edition prices (the whole year unless the year spans editions). */
  first: MonthIndex;
  last: MonthIndex;
  tier: Tier | null;
  /** EngineOptions.explain: false when nobody will read the reasons and readings. */
  explain: boolean;
  /** Claims declined so far (claim-rules.json), made on the first one. */
  declined?: DeclinedClaim[];
}

/** The month a one-off item is granted: the start, or the item's effective month for an earlier start. */
export function grantMonth(item: ItemBase, context: ItemContext, why: Why): MonthIndex | null {
  const { person, policy } = context;
  if (person.start >= item.effectiveMonth) {
    why?.reasons.push({ key: 'granted_in_start_month', params: { month: formatMonth(person.start) } });
    return person.start;
  }
  const rule = policy.oneOffBeforeEffective;
  if (rule.rule === 'not_granted') return null;
  why?.reasons.push({ key: 'granted_at_effective', params: { start: formatMonth(person.start), month: formatMonth(item.effectiveMonth) } });
  why?.readings.push(rule.reading);
  return item.effectiveMonth;
}

/** The fields of an item result; those a kind of item lacks may be left out. */
export interface ItemFields {
  item: string;
  clause: string;
  kind: ItemResult['kind'];
  category?: ItemResult['category'] | undefined;
  status: ItemStatus;
  range?: ItemResult['range'] | undefined;
  monthly: Fen | null;
  months: number | null;
  amount: Fen | null;
  payers: ItemResult['payers'];
  reasons: ItemResult['reasons'];
  readings: string[];
  candidates?: ItemResult['candidates'] | undefined;
  edition?: string | undefined;
}

/**
 * Every item result is built here, with all its fields in one order (those it lacks undefined):
 * the roll-up and the formatters read millions of results, and when every item has the same
 * object shape their property reads stay monomorphic instead of going through V8's generic lookup.
 */
export function itemResult(fields: ItemFields): ItemResult {
  return {
    item: fields.item,
    clause: fields.clause,
    kind: fields.kind,
    category: fields.category,
    status: fields.status,
    range: fields.range,
    monthly: fields.monthly,
    months: fields.months,
    amount: fields.amount,
    payers: fields.payers,
    reasons: fields.reasons,
    readings: fields.readings,
    candidates: fields.candidates,
    edition: fields.edition,
  };
}

/** A one-off item in the budget year it is granted; null in any other year. */
export function oneOffItem(item: ItemBase, amount: Fen, context: ItemContext, why: Why): ItemResult | null {
  const month = grantMonth(item, context, why);
  if (month === null || month < context.first || month > context.last || amount === 0) return null;
  const payers = splitPayers(amount, item.payer, context.person, context.policy, why);
  return itemResult({
    item: item.item, clause: item.clause, kind: 'one_off', status: 'computed',
    monthly: null, months: null, amount,
    payers,
    reasons: reasonsOf(why),
    readings: readingsOf(why),
  });
}

/** The months an entitlement runs, clamped to the item's effective month: a start before the policy counts from its effective month. */
export function entitlementSpan(item: ItemBase, span: MonthSpan, context: ItemContext, why: Why): MonthSpan {
  if (span.first >= item.effectiveMonth) return span;
  // The monthly half of one_off_before_effective (a switch in edition.json): counted from the start instead.
  if (context.policy.oneOffBeforeEffective.monthly === 'from_start') {
    why?.readings.push(context.policy.oneOffBeforeEffective.reading);
    return span;
  }
  why?.reasons.push({ key: 'counted_from_effective', params: { start: formatMonth(span.first), month: formatMonth(item.effectiveMonth) } });
  why?.readings.push(context.policy.oneOffBeforeEffective.reading);
  return { first: item.effectiveMonth, last: span.last };
}

/**
 * A monthly item's result for the budget year: monthly × months in the year, or with no amount
 * when `monthly` is null (rate missing, employer-set). Null when no month of the year is paid or
 * the year's amount is zero. `why` holds the calculator's own reasons so far; the span's, the
 * months' and the payers' follow them.
 */
export function monthlyItem(
  item: ItemBase,
  monthly: Fen | null,
  status: ItemStatus,
  span: MonthSpan,
  context: ItemContext,
  why: Why,
  payerOverride?: string,
): ItemResult | null {
  const clamped = entitlementSpan(item, span, context, why);
  const inYear = spanInWindow(clamped, context.first, context.last);
  if (!inYear) return null;
  const amount = monthly === null ? null : multiplyFen(monthly, inYear.months);
  if (amount === 0) return null;
  why?.reasons.push({ key: 'months_in_year', params: { first: formatMonth(inYear.first), last: formatMonth(inYear.last), months: inYear.months, year: context.year } });
  let payers;
  if (payerOverride) {
    payers = [{ payer: payerOverride, amount }];
    why?.reasons.push({ key: 'payer_fixed', params: { payer: payerOverride } });
  } else {
    payers = splitPayers(amount, item.payer, context.person, context.policy, why);
  }
  return itemResult({
    item: item.item, clause: item.clause, kind: 'monthly', status,
    monthly, months: inYear.months, amount,
    payers,
    reasons: reasonsOf(why),
    readings: readingsOf(why),
  });
}
