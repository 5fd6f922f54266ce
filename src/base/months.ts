// Calendar months as integers (year × 12 + month − 1), and how many of them fall in a budget year.

/** Months counted as year × 12 + (month − 1): 2014-01 → 24168. */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOfMonth(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/** "2014-07" */
export function formatMonth(month: MonthIndex): string {
  const calendarMonth = (month % 12) + 1;
  return `${yearOfMonth(month)}-${calendarMonth < 10 ? '0' : ''}${calendarMonth}`;
}

export interface MonthSpan {
  first: MonthIndex;
  /** Inclusive; null = open-ended. */
  last: MonthIndex | null;
}

/** The months of `span` between `first` and `last` (a budget year, or the part of it one edition is in force); null when none. */
export function spanInWindow(span: MonthSpan, first: MonthIndex, last: MonthIndex): { first: MonthIndex; last: MonthIndex; months: number } | null {
  const from = Math.max(span.first, first);
  const to = Math.min(span.last ?? Number.MAX_SAFE_INTEGER, last);
  return to < from ? null : { first: from, last: to, months: to - from + 1 };
}
