// The budget report's part on the rows left out: how many were rejected (and claims declined), and
// the first REJECTED_LISTED of them with their first problem; the rest are counted, not listed.
import type { ReportMessages } from '../../i18n/report-messages.js';
import { escapeHtml, htmlTable } from '../../io/html.js';
import type { RejectedEntry } from './types.js';

/** Rejected rows listed on the page; the rest are counted. */
export const REJECTED_LISTED = 50;

/** What the report knows of the rows left out. */
export interface ReportRejected {
  /** The first rejected rows (at least as many as the page lists). */
  rejected: readonly RejectedEntry[];
  /** How many rows were rejected in all (default: rejected.length). */
  rejectedCount?: number;
  /** A rejected row's column header. */
  column: (key: string, entry: RejectedEntry) => string;
  /** Claims the policy does not grant, where the run counts them. */
  declined?: number | undefined;
  /** The command that made the page ("rencai budget"), named where the rejected rows are. */
  command: string;
}

export function rejectedSection(input: ReportRejected, r: ReportMessages): string {
  const { rejected } = input;
  const count = input.rejectedCount ?? rejected.length;
  const counts = `<p>${escapeHtml(r.rejected)}${r.colon}${escapeHtml(r.rows(count))}` +
    `${input.declined !== undefined ? `${r.semicolon}${escapeHtml(r.declined)}${r.colon}${escapeHtml(r.claims(input.declined))}` : ''}</p>`;
  const declined = input.declined !== undefined ? `<p class="muted">${escapeHtml(r.whereDeclined)}</p>` : '';
  if (count === 0) return counts + `<p class="muted">${escapeHtml(r.noRejected)}</p>` + declined;
  const listed = rejected.slice(0, REJECTED_LISTED);
  const rows = listed.map((entry) => {
    const [error] = entry.errors;
    const more = entry.errors.length > 1 ? ` (+${entry.errors.length - 1})` : '';
    // With several --people files (#17) a row names its file; otherwise the roster it is in.
    const file = 'file' in entry && typeof entry.file === 'string' ? entry.file : undefined;
    const where = file ?? (entry.source ? r.source[entry.source] ?? entry.source : '');
    return [where, { text: String(entry.row), num: true }, entry.id ?? '',
      error ? input.column(error.column, entry) : '', `${error?.message ?? ''}${more}`];
  });
  const anySource = listed.some((entry) => entry.source || 'file' in entry);
  const head = [r.head.source, { text: r.head.row, num: true }, r.head.id, r.head.column, r.head.problem];
  const table = htmlTable(anySource ? head : head.slice(1), anySource ? rows : rows.map((row) => row.slice(1)));
  return counts + `<p class="muted">${escapeHtml(r.whereRejected(input.command))} ${escapeHtml(r.rejectedShown(listed.length, count))}</p>` + table + declined;
}
