// §11, §14, §18 one-off grants and awards, all of one shape in the data: who (intro mode, a
// condition, newly won honours, or a roster claim) and how much (a fixed sum, a range, or the
// amount the roster supplies, possibly matched at a share).
import type { OneOffGrantItem } from '../../policy/types.js';
import { formatMonth } from '../../base/months.js';
import { formatFen, multiplyFen, scaleFen, type Fen } from '../../base/money.js';
import { pointOf } from '../range.js';
import { splitPayers } from '../payers.js';
import type { AmountClaim, EngineOptions, ItemResult, ItemStatus } from '../types.js';
import { readingsOf, reasonsOf, whyOf } from '../why.js';
import { itemResult, type ItemContext } from './common.js';
import { declined } from '../claim-rules.js';

export function oneOffGrant(item: OneOffGrantItem, context: ItemContext, options: EngineOptions): ItemResult | null {
  const { person, policy } = context;
  const why = whyOf(context, item.readings);
  if (item.introModes) {
    if (!item.introModes.includes(person.intro_mode)) return null;
    why?.reasons.push({ key: 'intro_mode', params: { mode: person.intro_mode } });
    if (item.introReading) why?.readings.push(item.introReading);
  }
  if (item.when && !item.when(person)) return null;
  let honorCount = 1;
  if (item.newHonors) {
    const wanted = item.newHonors;
    const won = (person.claims?.new_honors ?? []).filter((honor) => wanted.includes(honor));
    if (won.length === 0) return null;
    if (item.perHonorReading) {
      honorCount = won.length;
      why?.readings.push(item.perHonorReading);
    }
    why?.reasons.push({ key: 'new_honors', params: { honors: won.join('、'), count: won.length } });
  }
  const claim: AmountClaim | null | undefined = item.claim ? person.claims?.[item.claim] : undefined;
  if (item.claimRequired && !claim) return null;

  let amount: Fen | null = null;
  let status: ItemStatus = 'computed';
  let range: ItemResult['range'];
  if (claim && claim.amount !== null) {
    amount = item.matchShare ? scaleFen(claim.amount, item.matchShare, 'half_up') : claim.amount;
    why?.reasons.push(item.matchShare
      ? { key: 'matched_amount', params: { claimed: formatFen(claim.amount), share: item.matchShare.text, amount: formatFen(amount) } }
      : { key: 'claimed_amount', params: { amount: formatFen(amount) } });
    if (item.range && (amount < item.range.low || (item.range.high !== null && amount > item.range.high))) {
      why?.reasons.push({ key: 'outside_range', params: { low: formatFen(item.range.low), high: item.range.high === null ? '' : formatFen(item.range.high) } });
    }
  } else if (item.amount !== null) {
    amount = multiplyFen(item.amount, honorCount);
    why?.reasons.push({ key: 'fixed_amount', params: { amount: formatFen(item.amount), count: honorCount } });
  } else if (item.range) {
    range = item.range;
    amount = pointOf(item.range, options.rangePoint);
    status = amount === null ? 'range' : 'computed';
    why?.reasons.push({ key: item.range.high === null ? 'range_open' : 'range', params: { low: formatFen(item.range.low), high: item.range.high === null ? '' : formatFen(item.range.high) } });
    if (amount !== null) why?.reasons.push({ key: 'range_point', params: { point: options.rangePoint ?? '', amount: formatFen(amount) } });
  } else {
    status = 'amount_missing';
    why?.reasons.push({ key: 'amount_missing' });
  }
  if (item.amountReading) why?.readings.push(item.amountReading);

  const wanted = item.grantedAt === 'grant_month' ? person.claims?.grant_month ?? person.start : person.start;
  let month = wanted;
  if (wanted < item.effectiveMonth) {
    if (policy.oneOffBeforeEffective.rule === 'not_granted') return null;
    month = item.effectiveMonth;
    why?.reasons.push({ key: 'granted_at_effective', params: { start: formatMonth(wanted), month: formatMonth(month) } });
    why?.readings.push(policy.oneOffBeforeEffective.reading);
  } else {
    why?.reasons.push({ key: 'granted_in_start_month', params: { month: formatMonth(month) } });
  }
  if (month < context.first || month > context.last || amount === 0) return null;
  if (declined(item, context)) return null;

  const payers = splitPayers(amount, item.payer, person, policy, why);
  return itemResult({
    item: item.item, clause: item.clause, kind: 'one_off', category: item.category, status,
    range,
    monthly: null, months: null, amount,
    payers,
    reasons: reasonsOf(why),
    readings: readingsOf(why),
  });
}
