// --format html (or --output *.html) for roster, units and budget: nothing per person or unit, the
// whole report at the end, when the roll-up is complete (src/cli/output/budget-report.ts).
import { renderBudgetReport } from './budget-report.js';
import type { BudgetFormatter, Formatter, RejectedEntry, RunInfo } from './types.js';

export interface BudgetHtmlOptions {
  /** The command named where the rejected rows are ("rencai budget"). */
  command: string;
  column: (key: string, entry: RejectedEntry) => string;
  /** YYYY-MM-DD; default today (or SOURCE_DATE_EPOCH's day, for a reproducible page). */
  date?: string;
}

/** Today as YYYY-MM-DD; with SOURCE_DATE_EPOCH (seconds) set, that day in UTC. */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function createBudgetHtmlFormatter(info: RunInfo, options: BudgetHtmlOptions): BudgetFormatter & Formatter {
  const date = options.date ?? reportDate();
  return {
    explains: false,
    begin: () => '',
    person: () => '',
    unit: () => '',
    end: (rejected, totals) => renderBudgetReport({
      policy: info.policy, labels: info.labels, years: [{ year: info.year, totals }], totals, rejected,
      column: options.column, command: options.command, date,
    }),
  };
}
