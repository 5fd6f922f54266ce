// The one rule for a budget year on the command line (--year) and in a roster's dates: a whole
// year between MIN_YEAR and MAX_YEAR, or for the budget commands a range `A-B` of such years with
// A ≤ B. Every command parses --year here, so the bounds are written once.

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** Why a --year text is not a year (range): its messages are in src/i18n/messages.ts. */
export type YearProblem = 'invalid' | 'reversed' | 'range_not_allowed';

export type YearsParse = { ok: true; years: number[] } | { ok: false; problem: YearProblem };

/** A whole year within the bounds, or null. */
export function parseOneYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * `2014` → [2014]; `2014-2016` → [2014, 2015, 2016] (an en dash or a full-width dash as typed by a
 * Chinese input method reads as the hyphen); with `range` false a range is refused.
 */
export function parseYears(text: string, range = true): YearsParse {
  const trimmed = text.trim();
  const single = parseOneYear(trimmed);
  if (single !== null) return { ok: true, years: [single] };
  const match = /^(\d{4})\s*[-–—－~～至到]\s*(\d{4})$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'invalid' };
  const first = parseOneYear(match[1]!);
  const last = parseOneYear(match[2]!);
  if (first === null || last === null) return { ok: false, problem: 'invalid' };
  if (!range) return { ok: false, problem: 'range_not_allowed' };
  if (first > last) return { ok: false, problem: 'reversed' };
  const years: number[] = [];
  for (let year = first; year <= last; year++) years.push(year);
  return { ok: true, years };
}
