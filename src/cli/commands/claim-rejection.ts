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

/** The row errors when `error` is a claim rejection or a fact the data in use needs (MissingFactError); null for any other error. */
export function claimRejectionErrors(error: unknown, lang: Lang): ColumnError[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const name = (error as { name?: unknown }).name;
  if (name === 'MissingFactError') {
    const { column, item } = error as MissingFactError;
    const header = lang === 'zh' ? loadVocabulary().columns.find((entry) => entry.key === column)?.zh ?? column : column;
    return [{ column, message: messages(lang).factMissing(header, item?.[lang] ?? null) }];
  }
  if (!('violations' in error) || name !== 'ClaimRejectedError') return null;
  return violationErrors((error as { violations: readonly ClaimViolation[] }).violations, lang);
}
