// claim-rules.json → the edition's claim rules (issue #14): each rule compiled, and the range rules
// made from the items' own ranges ("不低于2000元"), so a range is written once, in the item's file.
import type { z } from 'zod';
import { formatFen, type Fen } from '../base/money.js';
import type { Condition } from './conditions.js';
import { DataFileError } from './data-dir.js';
import type * as schemas from './schemas.js';
import type { AnnualItem, ClaimRule, ItemBase, OneOffGrantItem, Predicate } from './types.js';

export interface ClaimRuleContext {
  grants: readonly OneOffGrantItem[];
  annual: readonly AnnualItem[];
  labels: readonly ItemBase[];
  compile(where: string, condition: Condition): Predicate;
  checkReading(where: string, id: string | undefined): void;
}

/** "不低于2000元" / "在1000000–5000000元之间": the item's own range, as the rule made from it says it. */
function rangeLabel(range: { low: Fen; high: Fen | null }): { zh: string; en: string } {
  const low = formatFen(range.low);
  if (range.high === null) return { zh: `不低于 ${low} 元`, en: `at least ${low} yuan` };
  const high = formatFen(range.high);
  return { zh: `在 ${low}–${high} 元之间`, en: `between ${low} and ${high} yuan` };
}

/** claim-rules.json → the edition's claim rules, each compiled, with the range rules made from the items' ranges. */
export function loadClaimRules(data: z.infer<typeof schemas.claimRulesSchema>, context: ClaimRuleContext): ClaimRule[] {
  const rules: ClaimRule[] = [];
  for (const [code, entry] of Object.entries(data.items)) {
    const where = `claim-rules.json: items.${code}`;
    const item = context.labels.find((candidate) => candidate.item === code);
    if (!item) throw new DataFileError(`data/policies/${where}`, [`"${code}" is not an item of this edition`]);
    const claimedBy = context.compile(`${where}.claimedBy`, entry.claimedBy);
    if (entry.amountOutsideRange) {
      const grant = context.grants.find((candidate) => candidate.item === code);
      if (!grant?.claim || !grant.range) throw new DataFileError(`data/policies/${where}`, ['amountOutsideRange: the item has no claimed amount with a range']);
      const range = grant.range;
      const bounds = rangeLabel(range);
      rules.push({
        id: `${code}_amount_in_range`, item: code, clause: grant.clause, outcome: 'reject', column: grant.claim,
        label: { zh: `${grant.label.zh}（${grant.clause}）的金额须${bounds.zh}`, en: `${grant.label.en} (${grant.clause}) must be ${bounds.en}` },
        allowed: null, reading: null, claimedBy,
        when: context.compile(`${where}.amountOutsideRange`, {
          amount: grant.claim, atLeast: formatFen(range.low), ...(range.high === null ? {} : { atMost: formatFen(range.high) }),
        }),
      });
    }
    entry.rules.forEach((rule, index) => {
      context.checkReading(`${where}.rules.${index}`, rule.reading);
      rules.push({
        id: rule.id, item: code, clause: item.clause, outcome: rule.outcome, column: rule.column ?? null,
        label: rule.label, allowed: rule.allowed ?? null, reading: rule.reading ?? null, claimedBy,
        when: context.compile(`${where}.rules.${index}.when`, rule.when),
      });
    });
  }
  return rules;
}
