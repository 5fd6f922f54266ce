// Near misses worth telling a person: the rules are data (data/near-misses.json); each changes a
// few facts and the engine itself says whether the changed person would be better off. No rule
// here knows an amount or a tier.
import { join } from 'node:path';
import { z } from 'zod';
import { computePerson } from '../engine/index.js';
import { formatFen, type Fen } from '../base/money.js';
import { formatGrouped } from '../i18n/number.js';
import type { Person, PersonResult } from '../engine/types.js';
import type { Lang } from '../i18n/lang.js';
import { DATA_DIR, readDataFile } from '../policy/data-dir.js';
import type { Policy } from '../policy/types.js';

const CHANGEABLE = ['education', 'degree', 'title', 'skill', 'work_level', 'intro_mode', 'employer_type'] as const;
type Changeable = (typeof CHANGEABLE)[number];
const changeable = z.enum(CHANGEABLE);

/** data/near-misses.json (data/schemas/near-misses.schema.json is made from it). */
export const nearMissesSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  rules: z.array(
    z.object({
      id: z.string().min(1),
      onlyIf: z.partialRecord(changeable, z.array(z.string()).min(1)).default({}),
      set: z.partialRecord(changeable, z.union([z.string(), z.object({ copy: changeable })])),
      zh: z.string().min(1),
      en: z.string().min(1),
    }),
  ),
});

export type NearMissRule = z.infer<typeof nearMissesSchema>['rules'][number];

export interface NearMiss {
  id: string;
  text: string;
  tier: string | null;
  total: string;
  gain: string;
}

let cached: NearMissRule[] | undefined;

export function loadNearMissRules(): NearMissRule[] {
  cached ??= readDataFile(join(DATA_DIR, 'near-misses.json'), nearMissesSchema).rules;
  return cached;
}

function tierRank(tier: string | null, policy: Policy): number {
  const index = policy.tiers.findIndex((entry) => entry.tier === tier);
  return index === -1 ? policy.tiers.length : index;
}

function variantOf(person: Person, rule: NearMissRule): Person | null {
  for (const [field, codes] of Object.entries(rule.onlyIf) as [Changeable, string[]][]) {
    if (!codes.includes(String(person[field]))) return null;
  }
  const variant: Record<string, unknown> = { ...person };
  for (const [field, value] of Object.entries(rule.set) as [Changeable, string | { copy: Changeable }][]) {
    variant[field] = typeof value === 'string' ? value : person[value.copy];
  }
  return variant as unknown as Person;
}

/** What a near miss would bring: the better tier if any, then the year's total and the gain. */
const OUTCOME: Record<Lang, (tier: string | null, total: string, gain: string | null) => string> = {
  zh: (tier, total, gain) =>
    `${tier === null ? '' : `人才层次为 ${tier}，`}${gain === null ? `当年待遇合计仍为 ${total} 元` : `当年待遇合计 ${total} 元，多 ${gain} 元`}`,
  en: (tier, total, gain) =>
    `${tier === null ? '' : `the tier would be ${tier} and `}${gain === null ? `the year's total would stay ${total} yuan` : `the year's total would be ${total} yuan, ${gain} more`}`,
};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** The near misses of `person`, whose actual result is `actual`, each as a sentence in `lang`. */
export function nearMisses(person: Person, actual: PersonResult, year: number, policy: Policy, lang: Lang, rules = loadNearMissRules()): NearMiss[] {
  const found: NearMiss[] = [];
  for (const rule of rules) {
    const variant = variantOf(person, rule);
    if (variant === null) continue;
    let result: PersonResult;
    try {
      result = computePerson(variant, year, policy);
    } catch {
      continue; // a changed person the engine cannot place (e.g. a county now needed) is no near miss
    }
    const betterTier = tierRank(result.tier, policy) < tierRank(actual.tier, policy);
    const gain = (result.total - actual.total) as Fen;
    if (!betterTier && gain <= 0) continue;
    // Only a better tier is named: never "tier —", never the tier the person already has.
    const newTier = betterTier && result.tier !== null ? result.tier : null;
    const tierText = newTier === null ? '' : lang === 'zh' ? `${newTier} 类` : newTier;
    const total = formatGrouped(result.total);
    const gainText = formatGrouped(Math.max(gain, 0) as Fen);
    const outcome = OUTCOME[lang](newTier === null ? null : tierText, total, gain > 0 ? gainText : null);
    const params = { tier: tierText, total, gain: gainText, outcome };
    found.push({ id: rule.id, text: fill(rule[lang], params), tier: result.tier, total: formatFen(result.total), gain: formatFen(Math.max(gain, 0) as Fen) });
  }
  return found;
}
