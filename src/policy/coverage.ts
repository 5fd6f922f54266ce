// coverage.json of an edition (issue #14): each sentence of the policy that gives money, a tax benefit
// or a right, quoted from policy.zh.txt, with what encodes it or why it cannot be computed. It is read
// only by `rencai policy §N` and its test, so a missing or partial file never changes an amount.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, readDataFile } from './data-dir.js';
import { editionChain, inheritedPath } from './editions.js';

export const COVERAGE_FILE = 'coverage.json';

const label = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const clause = z.string().regex(/^§\d+$/);
const ids = z.array(z.string().min(1)).min(1).optional();

const sentenceSchema = z.object({
  clause,
  /** The words of the sentence, exactly as in policy.zh.txt (its test checks each is in the article). */
  text: z.string().min(1),
  gives: z.enum(['money', 'tax', 'right']),
  encodedBy: z.object({
    items: ids, units: ids, rights: ids, claimRules: ids, readings: ids,
    /** Rules between roster columns the sentence sets (column-rules.json). */
    columnRules: ids,
    /** Talent tiers (tiers.json) and talent-allowance lines (items/talent_allowance.json) a sentence sets. */
    tiers: ids, lines: ids,
    /** Data files that encode it on their own (fund.json for §22). */
    data: ids,
  }).optional(),
  /** One line: how rencai computes it. */
  how: label.optional(),
  /** Why rencai cannot compute it. */
  notComputed: label.optional(),
}).refine((entry) => (entry.encodedBy !== undefined && entry.how !== undefined) !== (entry.notComputed !== undefined), {
  message: '每句须有 encodedBy 和 how，或有 notComputed，二者只能有其一（a sentence is either encoded, with how, or notComputed）',
});

export const coverageSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  /** The clauses the file covers sentence by sentence. */
  clauses: z.array(clause).min(1),
  sentences: z.array(sentenceSchema),
});

export type Coverage = z.infer<typeof coverageSchema>;
export type CoveredSentence = Coverage['sentences'][number];

/** The edition's coverage (its own file, or the nearest edition it inherits from that has one); null when none has. */
export function loadCoverage(edition: string): Coverage | null {
  const policies = join(DATA_DIR, 'policies');
  const dir = join(policies, edition);
  if (!existsSync(join(dir, 'edition.json'))) return null;
  const path = inheritedPath(editionChain(dir, [policies]), COVERAGE_FILE);
  return path === null ? null : readDataFile(path, coverageSchema);
}

/** The sentences of one clause, in the order of the file. */
export function sentencesOf(coverage: Coverage | null, clauseNumber: number): CoveredSentence[] {
  return coverage?.sentences.filter((entry) => entry.clause === `§${clauseNumber}`) ?? [];
}

