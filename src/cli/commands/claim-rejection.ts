// A row the engine refuses because its claims contradict the text (ClaimRejectedError), or because the
// policy data in use needs a fact it leaves empty (MissingFactError): its errors as the roster's rejected
// rows carry them, column and sentence in the run's language.
import type { ClaimViolation } from '../../engine/claim-rules.js';
import type { MissingFactError } from '../../engine/payers.js';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { loadVocabulary } from '../../policy/vocabulary.js';

export interface ColumnError {
  column: string;
  message: string;
}

/** The row errors of a claim rejection. */
export function violationErrors(violations: readonly ClaimViolation[], lang: Lang): ColumnError[] {
  return violations.map((violation) => ({ column: violation.column, message: violation.message[lang] }));
}

/**
 * The row errors when `error` is a claim rejection or a fact the data in use needs (MissingFactError); null for any other error.
 * `of` says whose facts they are: a roster row's, or the answers of a person at the window (check), who has no row.
 */
export function claimRejectionErrors(error: unknown, lang: Lang, of: 'row' | 'answers' = 'row'): ColumnError[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { name?: unknown }).name;
  if (name === 'MissingFactError') {
    const { column, item } = error as MissingFactError;
    const header = lang === 'zh' ? loadVocabulary().columns.find((entry) => entry.key === column)?.zh ?? column : column;
    const say = of === 'row' ? messages(lang).factMissing : messages(lang).factMissingAnswer;
    return [{ column, message: say(header, item?.[lang] ?? null) }];
  }
  if (!('violations' in error) || name !== 'ClaimRejectedError') return null;
  return violationErrors((error as { violations: readonly ClaimViolation[] }).violations, lang);
}
