// A row the engine refuses because its claims contradict the text (ClaimRejectedError): its errors
// as the roster's rejected rows carry them, column and sentence in the run's language.
import type { ClaimViolation } from '../../engine/claim-rules.js';
import type { Lang } from '../../i18n/lang.js';

export interface ColumnError {
  column: string;
  message: string;
}

/** The row errors of a claim rejection. */
export function violationErrors(violations: readonly ClaimViolation[], lang: Lang): ColumnError[] {
  return violations.map((violation) => ({ column: violation.column, message: violation.message[lang] }));
}

/** The row errors when `error` is a claim rejection; null for any other error. */
export function claimRejectionErrors(error: unknown, lang: Lang): ColumnError[] | null {
  if (typeof error !== 'object' || error === null || !('violations' in error) || (error as { name?: unknown }).name !== 'ClaimRejectedError') return null;
  return violationErrors((error as { violations: readonly ClaimViolation[] }).violations, lang);
}
