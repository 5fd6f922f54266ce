// Organisation-level items (§11, §18): per unit, not per person. Pure like computePerson.
import type { Policy, UnitItem } from '../policy/types.js';
import { formatMonth, yearOfMonth } from '../base/months.js';
import { addFen, formatFen, scaleFen, type Fen } from '../base/money.js';
import { EngineInputError, financeOfLevel } from './payers.js';
import { itemResult } from './items/common.js';
import { pointOf } from './range.js';
import { claimRejection, type ClaimViolation } from './claim-rules.js';
import type { County, DeclinedClaim, EmployerLevel, EngineOptions, ItemResult, ItemStatus, MonthIndex, Reason } from './types.js';

/** One validated row of a units roster. */
export interface Unit {
  id: string;
  name: string | null;
  unit_type: string;
  /** Level where the unit is registered. */
  level: EmployerLevel;
  county: County | null;
  /** Month of approval (or of the award): the one-off is granted then. */
  approved: MonthIndex;
  /** §11: the provincial grant the city matches. */
  provincial_grant: Fen | null;
  /** §18: the reward decided. */
  reward_amount: Fen | null;
}

export interface UnitResult {
  id: string;
  name: string | null;
  unit_type: string;
  items: ItemResult[];
  total: Fen;
  /** Tax expenditures of the unit (§15 pre-tax deduction), apart from the cash total; absent when none. */
  taxTotal?: Fen;
  /** Items the unit claims whose condition it does not meet (issue #14): §11 "从2013年起". */
  declined?: DeclinedClaim[];
}

/** The unit's claimed amount is outside the text's range (§18 "5—10万元", §11 "50-200万元"): the row is rejected. */
function outsideRange(item: UnitItem, unit: Unit): ClaimViolation | null {
  if (!item.rejectOutsideRange || !item.claim) return null;
  const claimed = unit[item.claim];
  const expected = item.claimRange ?? item.range;
  if (claimed === null || !expected) return null;
  if (claimed >= expected.low && (expected.high === null || claimed <= expected.high)) return null;
  const low = formatFen(expected.low);
  const high = expected.high === null ? null : formatFen(expected.high);
  return {
    column: item.claim,
    rule: `${item.item}_amount_in_range`,
    message: {
      zh: `${item.label.zh}（${item.clause}）的金额须${high === null ? `不低于 ${low} 元` : `在 ${low}–${high} 元之间`}，此行为 ${formatFen(claimed)} 元`,
      en: `${item.label.en} (${item.clause}) must be ${high === null ? `at least ${low}` : `between ${low} and ${high}`} yuan, not ${formatFen(claimed)}`,
    },
  };
}

function unitPayer(item: UnitItem, unit: Unit, policy: Policy): { payer: string; reason: Reason } {
  if (item.payer.rule === 'fixed') return { payer: item.payer.payer, reason: { key: 'payer_fixed', params: { payer: item.payer.payer } } };
  if (item.payer.rule !== 'unit_registration') throw new EngineInputError(`${item.item}: payer rule ${item.payer.rule} does not apply to units`);
  const payer = financeOfLevel(unit.level, unit.county, policy, 'unit', unit.id);
  return { payer, reason: { key: 'payer_unit_registration', params: { payer } } };
}

function unitItem(item: UnitItem, unit: Unit, year: number, policy: Policy, options: EngineOptions, declined: DeclinedClaim[]): ItemResult | null {
  if (!item.unitTypes.includes(unit.unit_type)) return null;
  if (item.approvedFromMonth !== null && unit.approved < item.approvedFromMonth) {
    // Declined in the year it would have been granted (the approval's, or the policy's first month).
    const wouldBe = Math.max(unit.approved, item.effectiveMonth);
    if (yearOfMonth(wouldBe) === year) {
      declined.push({ item: item.item, clause: item.clause, reasons: [{ key: 'approved_before', params: { approved: formatMonth(unit.approved), from: formatMonth(item.approvedFromMonth) } }], readings: [...item.readings] });
    }
    return null;
  }
  const reasons: Reason[] = [{ key: 'unit_type', params: { type: unit.unit_type } }];
  const readings: string[] = [...item.readings];
  const claimed = item.claim ? unit[item.claim] : null;
  let amount: Fen | null = null;
  let status: ItemStatus = 'computed';
  let range: ItemResult['range'];
  if (claimed !== null) {
    amount = item.matchShare ? scaleFen(claimed, item.matchShare, 'half_up') : claimed;
    reasons.push(item.matchShare
      ? { key: 'matched_amount', params: { claimed: formatFen(claimed), share: item.matchShare.text, amount: formatFen(amount) } }
      : { key: 'claimed_amount', params: { amount: formatFen(amount) } });
    const expected = item.claimRange ?? item.range;
    if (expected && (claimed < expected.low || (expected.high !== null && claimed > expected.high))) {
      reasons.push({ key: 'outside_range', params: { low: formatFen(expected.low), high: expected.high === null ? '' : formatFen(expected.high) } });
    }
  } else if (item.amount !== null) {
    amount = item.amount;
    reasons.push({ key: 'fixed_amount', params: { amount: formatFen(amount), count: 1 } });
  } else if (item.range || (item.claimRange && item.matchShare)) {
    const share = item.matchShare;
    range = item.range ?? (item.claimRange && share
      ? { low: scaleFen(item.claimRange.low, share, 'half_up'), high: scaleFen(item.claimRange.high, share, 'half_up') }
      : undefined);
    if (!range) return null;
    amount = pointOf(range, options.rangePoint);
    status = amount === null ? 'range' : 'computed';
    reasons.push({ key: range.high === null ? 'range_open' : 'range', params: { low: formatFen(range.low), high: range.high === null ? '' : formatFen(range.high) } });
    if (amount !== null) reasons.push({ key: 'range_point', params: { point: options.rangePoint ?? '', amount: formatFen(amount) } });
  } else {
    status = 'amount_missing';
    reasons.push({ key: 'amount_missing' });
  }
  if (item.amountReading) readings.push(item.amountReading);

  let month = unit.approved;
  if (month < item.effectiveMonth) {
    if (policy.oneOffBeforeEffective.rule === 'not_granted') return null;
    month = item.effectiveMonth;
    reasons.push({ key: 'granted_at_effective', params: { start: formatMonth(unit.approved), month: formatMonth(month) } });
    readings.push(policy.oneOffBeforeEffective.reading);
  } else {
    reasons.push({ key: 'granted_in_start_month', params: { month: formatMonth(month) } });
  }
  if (yearOfMonth(month) !== year || amount === 0) return null;
  const payer = unitPayer(item, unit, policy);
  if (item.payer.reading) readings.push(item.payer.reading);
  return itemResult({
    item: item.item, clause: item.clause, kind: 'one_off', category: item.category, status,
    range,
    monthly: null, months: null, amount,
    payers: [{ payer: payer.payer, amount }],
    reasons: [...reasons, payer.reason],
    readings: [...new Set(readings)],
  });
}

export function computeUnit(unit: Unit, year: number, policy: Policy, options: EngineOptions = {}): UnitResult {
  const violations = policy.unitItems.flatMap((item) => (item.unitTypes.includes(unit.unit_type) ? [outsideRange(item, unit)] : [])).filter((entry) => entry !== null);
  if (violations.length > 0) throw claimRejection(violations);
  const items: ItemResult[] = [];
  const declined: DeclinedClaim[] = [];
  let total = 0 as Fen;
  let taxTotal: Fen | undefined;
  for (const item of policy.unitItems) {
    const result = unitItem(item, unit, year, policy, options, declined);
    if (!result) continue;
    items.push(result);
    if (result.amount === null) continue;
    if (result.category === 'tax') taxTotal = addFen(taxTotal ?? (0 as Fen), result.amount);
    else total = addFen(total, result.amount);
  }
  const result: UnitResult = { id: unit.id, name: unit.name, unit_type: unit.unit_type, items, total };
  if (taxTotal !== undefined) result.taxTotal = taxTotal;
  if (declined.length > 0) result.declined = declined;
  return result;
}
