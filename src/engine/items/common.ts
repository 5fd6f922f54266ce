// What every item calculator shares: when a one-off is granted, which months a monthly item pays,
// and how a result is assembled with its payer split.
import type { ItemBase, Policy } from '../../policy/types.js';
import { formatMonth, spanInYear, yearOfMonth, type MonthSpan } from '../months.js';
import { multiplyFen, type Fen } from '../money.js';
import { splitPayers } from '../payers.js';
import type { ItemResult, ItemStatus, MonthIndex, Person, Reason, Tier } from '../types.js';

export interface ItemContext {
  person: Person;
  year: number;
  policy: Policy;
  tier: Tier | null;
}

export type ItemCalculator = (context: ItemContext) => ItemResult | null;

/** The month a one-off item is granted: the start, or the item's effective month for an earlier start. */
export function grantMonth(item: ItemBase, context: ItemContext): { month: MonthIndex; reasons: Reason[]; readings: string[] } | null {
  const { person, policy } = context;
  if (person.start >= item.effectiveMonth) {
    return { month: person.start, reasons: [{ key: 'granted_in_start_month', params: { month: formatMonth(person.start) } }], readings: [] };
  }
  const rule = policy.oneOffBeforeEffective;
  if (rule.rule === 'not_granted') return null;
  return {
    month: item.effectiveMonth,
    reasons: [{ key: 'granted_at_effective', params: { start: formatMonth(person.start), month: formatMonth(item.effectiveMonth) } }],
    readings: [rule.reading],
  };
}

/** A one-off item in the budget year it is granted; null in any other year. */
export function oneOffItem(item: ItemBase, amount: Fen, context: ItemContext, reasons: Reason[], readings: string[]): ItemResult | null {
  const grant = grantMonth(item, context);
  if (!grant || yearOfMonth(grant.month) !== context.year || amount === 0) return null;
  const split = splitPayers(amount, item.payer, context.person, context.policy);
  return {
    item: item.item, clause: item.clause, kind: 'one_off', status: 'computed',
    monthly: null, months: null, amount,
    payers: split.payers,
    reasons: [...reasons, ...grant.reasons, ...split.reasons],
    readings: unique([...readings, ...grant.readings, ...split.readings]),
  };
}

/** The months an entitlement runs, clamped to the item's effective month (digest §5). */
export function entitlementSpan(item: ItemBase, span: MonthSpan, context: ItemContext): { span: MonthSpan; reasons: Reason[]; readings: string[] } {
  if (span.first >= item.effectiveMonth) return { span, reasons: [], readings: [] };
  return {
    span: { first: item.effectiveMonth, last: span.last },
    reasons: [{ key: 'counted_from_effective', params: { start: formatMonth(span.first), month: formatMonth(item.effectiveMonth) } }],
    readings: [context.policy.oneOffBeforeEffective.reading],
  };
}

/**
 * A monthly item's result for the budget year: monthly × months in the year, or with no amount
 * when `monthly` is null (rate missing, employer-set). Null when no month of the year is paid or
 * the year's amount is zero.
 */
export function monthlyItem(
  item: ItemBase,
  monthly: Fen | null,
  status: ItemStatus,
  span: MonthSpan,
  context: ItemContext,
  reasons: Reason[],
  readings: string[],
  payerOverride?: string,
): ItemResult | null {
  const clamped = entitlementSpan(item, span, context);
  const inYear = spanInYear(clamped.span, context.year);
  if (!inYear) return null;
  const amount = monthly === null ? null : multiplyFen(monthly, inYear.months);
  if (amount === 0) return null;
  const split = payerOverride
    ? { payers: [{ payer: payerOverride, amount }], reasons: [{ key: 'payer_fixed', params: { payer: payerOverride } }], readings: [] }
    : splitPayers(amount, item.payer, context.person, context.policy);
  return {
    item: item.item, clause: item.clause, kind: 'monthly', status,
    monthly, months: inYear.months, amount,
    payers: split.payers,
    reasons: [
      ...reasons,
      ...clamped.reasons,
      { key: 'months_in_year', params: { first: formatMonth(inYear.first), last: formatMonth(inYear.last), months: inYear.months, year: context.year } },
      ...split.reasons,
    ],
    readings: unique([...readings, ...clamped.readings, ...split.readings]),
  };
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
