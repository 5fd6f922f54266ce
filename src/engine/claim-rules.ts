// The conditions of claimed items (data/policies/<edition>/claim-rules.json, issue #14), applied to a
// validated person: a row whose facts contradict the text is rejected (ClaimRejectedError, with the
// column and the rule's sentence), a claim whose conditions a valid row does not meet is declined
// (listed with its failed conditions, never dropped in silence). One list of rules serves the roster,
// `check`, `explain` and the questionnaire, so they cannot differ.
import type { ClaimRule, Label, Policy } from '../policy/types.js';
import { EngineInputError } from './payers.js';
import type { ItemContext } from './items/common.js';
import type { Person } from './types.js';

/** One broken reject rule: the column it points at and the sentence a clerk reads. */
export interface ClaimViolation {
  column: string;
  rule: string;
  message: Label;
}

/** The row contradicts a rule of the text; `violations` names each, with its column. */
export class ClaimRejectedError extends EngineInputError {
  constructor(readonly violations: readonly ClaimViolation[]) {
    super(violations.map((violation) => violation.message.zh).join('；'));
    this.name = 'ClaimRejectedError';
  }
}

/**
 * A ClaimRejectedError without a stack trace: it is an answer about a row (the roster lists it as a rejected
 * row), not a fault, and thousands of rows of a large roster can end in one; capturing a stack for each was
 * about 3% of such a run (bench/PROFILE.md).
 */
export function claimRejection(violations: readonly ClaimViolation[]): ClaimRejectedError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ClaimRejectedError(violations);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** "须…（允许：…）": the rule and its allowed values, in both languages. */
export function violationMessage(rule: ClaimRule): Label {
  if (!rule.allowed) return { zh: `${rule.label.zh}`, en: rule.label.en };
  return { zh: `${rule.label.zh}（允许：${rule.allowed.zh}）`, en: `${rule.label.en} (allowed: ${rule.allowed.en})` };
}

/** Every reject rule of a claimed item that the person breaks; empty for most rows. */
export function claimViolations(person: Person, policy: Policy): ClaimViolation[] {
  const violations: ClaimViolation[] = [];
  for (const rule of policy.rejectRules) {
    if (rule.claimedBy(person) && !rule.when(person)) {
      violations.push({ column: rule.column ?? '', rule: rule.id, message: violationMessage(rule) });
    }
  }
  return violations;
}

/**
 * The reject rules a roster row breaks. A row with no claim and no fresh-graduate mark claims nothing a
 * rule could refuse, so the common row skips them; roster (through the engine) and validate both ask here.
 */
export function rowViolations(person: Person, policy: Policy): ClaimViolation[] {
  if (policy.rejectRules.length === 0 || !(person.claims || person.fresh_graduate)) return [];
  return claimViolations(person, policy);
}

/** Throws ClaimRejectedError when the person breaks a reject rule. */
export function assertClaimsValid(person: Person, policy: Policy): void {
  const violations = rowViolations(person, policy);
  if (violations.length > 0) throw claimRejection(violations);
}

/**
 * True (and the claim recorded in context.declined) when the person claims `item` but fails one of
 * its decline rules; called by a calculator once it knows the item falls in the budget year.
 */
export function declined(item: { item: string; clause: string }, context: ItemContext): boolean {
  const rules = context.policy.declineRules.get(item.item);
  if (!rules) return false;
  const { person } = context;
  let failed: ClaimRule[] | null = null;
  for (const rule of rules) if (rule.claimedBy(person) && !rule.when(person)) (failed ??= []).push(rule);
  if (!failed) return false;
  (context.declined ??= []).push({
    item: item.item,
    clause: item.clause,
    // Always given, explained or not: a declined claim is never silent.
    reasons: failed.map((rule) => ({ key: 'condition_failed', params: { rule: rule.id } })),
    readings: failed.flatMap((rule) => (rule.reading ? [rule.reading] : [])),
  });
  return true;
}
