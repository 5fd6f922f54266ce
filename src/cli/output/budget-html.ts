// --format html (or --output *.html) for roster, units and budget: nothing per person or unit, the
// whole report at the end, when the roll-up is complete (src/cli/output/budget-report.ts).
import type { RollupTotals } from '../../budget/rollup.js';
import { renderBudgetReport } from './budget-report.js';
import { REJECTED_LISTED } from './budget-report-rejected.js';
import type { BudgetFormatter, EndText, Formatter, RejectedEntry, RejectedRows, RunInfo } from './types.js';

/**
 * A roll-up over a range of years (--year 2014-2016, #17): each year's roll-up in the range's order.
 * The report draws the years side by side from it; `totals` is then their sum.
 */
interface YearRange {
  years: readonly number[];
  byYear: readonly RollupTotals[];
}

/** Claims the policy does not grant (#14), where the roll-up counts them. */
function declinedOf(totals: RollupTotals): number | undefined {
  return 'declined' in totals && typeof totals.declined === 'number' ? totals.declined : undefined;
}

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

/** A formatter for roster (Formatter) and units/budget (BudgetFormatter), whose end also takes a range of years. */
type HtmlFormatter = BudgetFormatter & Formatter & {
  end(rejected: readonly RejectedEntry[], totals: RollupTotals, range?: YearRange): string;
  end(rejected: RejectedRows, totals: RollupTotals, range?: YearRange): EndText;
};

export function createBudgetHtmlFormatter(info: RunInfo, options: BudgetHtmlOptions): HtmlFormatter {
  const date = options.date ?? reportDate();
  const formatter = {
    explains: false,
    begin: () => '',
    person: () => '',
    unit: () => '',
    end: (rejected: RejectedRows | readonly RejectedEntry[], totals: RollupTotals, range?: YearRange) => {
      const render = (first: readonly RejectedEntry[], count: number): string => renderBudgetReport({
      policy: info.policy, labels: info.labels, totals, rejected: first, rejectedCount: count, column: options.column, command: options.command, date,
      years: range && range.years.length > 1
        ? range.years.map((year, index) => ({ year, totals: range.byYear[index]! }))
        : totals.byYear ? [...totals.byYear].map(([year, own]) => ({ year, totals: own })) : [{ year: info.year, totals }],
      declined: declinedOf(totals),
      });
      if (Array.isArray(rejected)) return render(rejected, rejected.length);
      const log = rejected as RejectedRows;
      // The page lists only the first rows; the rest stay in the spool, so memory stays bounded.
      return (async function* () {
        const first: RejectedEntry[] = [];
        for await (const batch of log.batches()) {
          for (const entry of batch) if (first.length < REJECTED_LISTED) first.push(entry);
          if (first.length >= REJECTED_LISTED) break;
        }
        yield render(first, log.length);
      })();
    },
  };
  return formatter as HtmlFormatter;
}
