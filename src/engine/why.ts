// An item's reasons and readings, collected as a calculator finds them — or not at all.
import type { Reason } from './types.js';

/**
 * An item's reasons and readings in the order they are found; null when not explaining
 * (EngineOptions.explain false). Calculators write `why?.reasons.push({ … formatFen(…) … })`:
 * optional chaining skips the whole call, arguments included, so with explanations off no reason
 * is built, while amounts, payers and statuses come from the very same lines of code.
 */
export type Why = { reasons: Reason[]; readings: string[] } | null;

/** `readings`: those the item's data was chosen by (its own file's choices), which every result of it depends on. */
export function whyOf(context: { explain: boolean }, readings: readonly string[] = []): Why {
  return context.explain ? { reasons: [], readings: [...readings] } : null;
}

/** The reasons a result carries: none when not explaining. */
export function reasonsOf(why: Why): Reason[] {
  return why ? why.reasons : [];
}

/** The readings a result carries, each once: none when not explaining. */
export function readingsOf(why: Why): string[] {
  return why ? unique(why.readings) : [];
}

/** The values in first-seen order, each once (a handful of reading ids: a scan beats building a Set). */
export function unique(values: string[]): string[] {
  const out: string[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}
