// Tables for a person at a terminal: a compact block per person (or unit), the rejected rows, then
// the roll-up (rollup-table.ts). Amounts grouped in thousands, and in 万元 from 10,000 yuan up.
// Colour only when the command says so (a TTY, NO_COLOR unset).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { DeclinedClaim, ItemResult, PersonResult, Right } from '../../engine/types.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { loadVocabulary } from '../../policy/vocabulary.js';
import { NO_COUNTY } from '../../budget/rollup.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped } from '../../i18n/number.js';
import type { Formatter, PersonEntry, RejectedEntry, RejectedRows, RunInfo, UnitEntry } from './types.js';
import { cellWidth, streamTable } from './rejected-table.js';
import { escapeControls, safeMessage } from '../../io/safe-text.js';
import { createRollupTables } from './rollup-table.js';
import { BORDERLESS, moneyWithWan } from './table-style.js';

type RejectedColumn = (key: string, entry: RejectedEntry) => string;

export interface TableOptions {
  /** chalk colour level: 0 = none. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Roll-up only, no per-person blocks. */
  summary: boolean;
}

/** The pieces of a table output, shared by roster, units and budget. */
export function createTableKit(info: RunInfo, colorLevel: TableOptions['colorLevel']) {
  const { labels } = info;
  const m = messages(labels.lang);
  const t = m.table;
  const b = budgetMessages(labels.lang);
  const c: ChalkInstance = new Chalk({ level: colorLevel });
  const separator = labels.lang === 'zh' ? '；' : '; ';

  /** The borderless item lines of a person or unit block. */
  function itemsTable(items: readonly ItemResult[]): string {
    // Over a range of years each line starts with its year.
    const years = items.some((item) => item.year !== undefined);
    const table = new Table({ ...BORDERLESS(), colAligns: [...(years ? ['left' as const] : []), 'left', 'left', 'right', 'right', 'left'] });
    for (const item of items) {
      const rate = item.kind === 'one_off' ? t.oneOff
        : item.kind === 'annual' ? t.annual
        : item.monthly !== null && item.months !== null ? t.monthsTimes(formatGrouped(item.monthly), item.months) : '';
      const amount = item.amount === null ? c.yellow(t.statusShort[item.status] ?? item.status) : formatGrouped(item.amount);
      const payers = item.payers
        .map((part) => `${labels.payer(part.payer)}${part.amount === null ? '' : ` ${formatGrouped(part.amount)}`}`)
        .join(separator);
      const label = labels.item(item.item) + (item.category === 'tax' ? c.dim(t.taxMark) : '');
      table.push([...(years ? [String(item.year ?? '')] : []), label, item.clause, ranged(item, rate), amount, payers]);
    }
    return table.toString().replace(/ +$/gm, '');
  }

  /** A ranged item's rate column shows its bounds, so a reader sees the range beside the amount. */
  function ranged(item: ItemResult, rate: string): string {
    if (!item.range) return rate;
    const high = item.range.high === null ? b.table.unbounded : formatGrouped(item.range.high);
    return `${rate}${rate ? ' ' : ''}${formatGrouped(item.range.low)}–${high}`;
  }

  /** Each non-money right on its own line: label (clause): one-line description. */
  function rightsLines(rights: readonly Right[]): string[] {
    if (!rights.length) return [];
    const colon = labels.lang === 'zh' ? '：' : ': ';
    return [`  ${c.dim(`${t.rights}${colon}`)}`, ...rights.map((right) => {
      const description = labels.rightDescription(right.id);
      return `    ${labels.right(right.id)}${labels.lang === 'zh' ? `（${right.clause}）` : ` (${right.clause})`}${description ? `${colon}${c.dim(description)}` : ''}`;
    })];
  }

  /** Each declined claim: item (clause): the conditions it fails. */
  function declinedLines(declined: readonly DeclinedClaim[]): string[] {
    if (!declined.length) return [];
    const colon = labels.lang === 'zh' ? '：' : ': ';
    return [`  ${c.dim(`${t.declined}${colon}`)}`, ...declined.map((claim) =>
      `    ${labels.item(claim.item)}${labels.lang === 'zh' ? `（${claim.clause}）` : ` (${claim.clause})`}${colon}${claim.reasons.map((reason) => labels.reason(reason)).join(labels.lang === 'zh' ? '；' : '; ')}`)];
  }

  function personBlock(entry: PersonEntry): string {
    const result: PersonResult = entry.result;
    const head = [c.bold(escapeControls(result.id)), escapeControls(result.name ?? ''), t.tier(result.tier), result.count === undefined ? '' : t.rowCount(result.count), c.dim(t.rowN(entry.row))]
      .filter((part) => part !== '').join('  ');
    const lines = [`${head}    ${t.total} ${c.bold(moneyWithWan(result.total, labels.lang))}`];
    if (result.items.length === 0 && !result.rights?.length && !result.declined?.length) {
      lines.push(`  ${c.dim(t.noItems)}`);
      return `${lines.join('\n')}\n\n`;
    }
    if (result.items.length) lines.push(itemsTable(result.items));
    lines.push(...rightsLines(result.rights ?? []));
    lines.push(...declinedLines(result.declined ?? []));
    return `${lines.join('\n')}\n\n`;
  }

  function unitBlock(entry: UnitEntry): string {
    const { result, unit } = entry;
    const type = labels.lang === 'zh' ? loadVocabulary().labelOf('unit_type', unit.unit_type) : unit.unit_type;
    const place = unit.county ? labels.county(unit.county) : labels.county(NO_COUNTY);
    const head = [c.bold(escapeControls(result.id)), escapeControls(result.name ?? ''), type, place, c.dim(t.rowN(entry.row))].filter((part) => part !== '').join('  ');
    const lines = [`${head}    ${t.total} ${c.bold(moneyWithWan(result.total, labels.lang))}`];
    lines.push(result.items.length ? itemsTable(result.items) : `  ${c.dim(t.noItems)}`);
    lines.push(...declinedLines(result.declined ?? []));
    return `${lines.join('\n')}\n\n`;
  }

  /** A rejected row's lines as table cells: source, row, id, column, problem (the source dropped when no row has one). */
  function rejectedCells(entry: RejectedEntry, column: RejectedColumn, sources: boolean, into: string[][]): void {
    // A cell shows a value as a person may read it: no control character reaches the terminal, a long value is cut.
    const source = entry.source ? b.source[entry.source] ?? entry.source : '';
    const id = safeMessage(entry.id ?? '');
    for (const error of entry.errors) {
      const cells = [String(entry.row), id, column(error.column, entry), safeMessage(error.message)];
      into.push(sources ? [source, ...cells] : cells);
    }
  }

  /**
   * Column widths measured as each rejected row arrives (Formatter.noteRejected), so the table is
   * drawn in one pass over the spool instead of two.
   */
  function rejectedWidths(column: RejectedColumn) {
    const widths = [0, 0, 0, 0, 0];
    let noted = 0;
    const scratch: string[][] = [];
    return {
      note(entry: RejectedEntry) {
        noted++;
        scratch.length = 0;
        rejectedCells(entry, column, true, scratch);
        for (const cells of scratch) {
          for (let index = 0; index < 5; index++) widths[index] = Math.max(widths[index]!, cellWidth(cells[index]!));
        }
      },
      /** The widths if every row was noted, else null (the table measures them itself). */
      of(rejected: RejectedRows): number[] | null {
        if (noted !== rejected.length) return null;
        return rejected.sourced ? [...widths] : widths.slice(1);
      },
    };
  }

  /** `column` names a rejected cell's column (people and units rosters have their own headers). */
  async function* rejectedTable(rejected: RejectedRows, column: RejectedColumn = (key) => labels.column(key), widths: number[] | null = null): AsyncGenerator<string> {
    const sources = rejected.sourced;
    const head = [...(sources ? [b.table.source] : []), t.row, t.id, t.column, t.problem];
    async function* rows(): AsyncGenerator<string[][]> {
      for await (const batch of rejected.batches()) {
        const cells: string[][] = [];
        for (const entry of batch) rejectedCells(entry, column, sources, cells);
        yield cells;
      }
    }
    yield `${c.bold(c.red(t.rejectedTitle))}\n`;
    yield* streamTable(head, rows, widths);
    yield '\n';
  }

  const { rollupText } = createRollupTables(info, c);

  return {
    c, t, labels,
    heading: () => `${c.bold(info.policy.label[labels.lang])}\n${info.years ? b.table.yearsHeading(info.years[0]!, info.years[info.years.length - 1]!, info.policy.edition) : t.heading(info.policy.edition, info.year)}\n\n`,
    personBlock, unitBlock, rejectedTable, rejectedWidths, rollupText,
  };
}

export function createTableFormatter(info: RunInfo, options: TableOptions): Formatter {
  const kit = createTableKit(info, options.colorLevel);
  const widths = kit.rejectedWidths((key) => info.labels.column(key));
  return {
    explains: false,
    begin: kit.heading,
    person: (entry) => (options.summary ? '' : kit.personBlock(entry)),
    noteRejected: (entry) => widths.note(entry),
    async *end(rejected, totals) {
      if (rejected.length) {
        yield* kit.rejectedTable(rejected, undefined, widths.of(rejected));
        yield '\n';
      }
      yield kit.rollupText(totals, kit.t.peopleComputed(totals.people));
    },
  };
}
