// Tables for a person at a terminal: a compact block per person, then the roll-up by payer,
// item and county and the items that could not be computed. Amounts grouped in thousands, and
// in 万元 from 10,000 yuan up. Colour only when the command says so (a TTY, NO_COLOR unset).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Fen } from '../../base/money.js';
import type { DeclinedClaim, ItemResult, PersonResult, Right } from '../../engine/types.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { loadVocabulary } from '../../policy/vocabulary.js';
import { NO_COUNTY } from '../../budget/rollup.js';
import { boundsSentence } from './rollup-notes.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../i18n/number.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import type { Formatter, PersonEntry, RejectedEntry, RejectedRows, RunInfo, UnitEntry } from './types.js';
import { cellWidth, streamTable } from './rejected-table.js';
import { escapeControls, safeMessage } from '../../io/safe-text.js';

type RejectedColumn = (key: string, entry: RejectedEntry) => string;

export interface TableOptions {
  /** chalk colour level: 0 = none. */
  colorLevel: 0 | 1 | 2 | 3;
  /** Roll-up only, no per-person blocks. */
  summary: boolean;
}

type TableOptionsArg = NonNullable<ConstructorParameters<typeof Table>[0]>;

// cli-table3 colours heads and borders itself unless told not to: colour is ours to decide.
const PLAIN = (): TableOptionsArg => ({ style: { head: [], border: [], compact: true } });
const BORDERLESS = (): TableOptionsArg => ({
  chars: {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '',
    'bottom-right': '', left: '  ', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
  },
  style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
});

/** "1,200,000.00" and, from 10,000 yuan, "120.00万元" beside it (Chinese only). */
export function moneyWithWan(amount: Fen, lang: 'zh' | 'en'): string {
  if (lang === 'zh' && readsBetterInWan(amount)) return `${formatGrouped(amount)}（${formatWan(amount)}万元）`;
  return formatGrouped(amount);
}

function wanCell(amount: Fen): string {
  return readsBetterInWan(amount) ? formatWan(amount) : '';
}

function statusText(counts: StatusCounts, status: Readonly<Record<string, string>>): [string, number][] {
  return Object.entries(counts).map(([code, count]) => [status[code] ?? code, count ?? 0]);
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

  function moneyTable(title: string, keyHead: string, rows: [string, Fen][], total: Fen | null): string {
    const table = new Table({ ...PLAIN(), head: [keyHead, t.yuan, ...(labels.lang === 'zh' ? [t.wan] : [])], colAligns: ['left', 'right', 'right'] });
    for (const [name, amount] of rows) table.push([name, formatGrouped(amount), ...(labels.lang === 'zh' ? [wanCell(amount)] : [])]);
    if (total !== null) table.push([c.bold(t.total), c.bold(formatGrouped(total)), ...(labels.lang === 'zh' ? [c.bold(wanCell(total))] : [])]);
    return `${title ? `${c.bold(title)}\n` : ''}${table.toString()}\n`;
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

  function boundsTable(totals: RollupTotals): string {
    const { bounds } = totals;
    if (bounds.ranged === 0) return '';
    const high = (amount: Fen | null) => (amount === null ? b.table.unbounded : formatGrouped(amount));
    const table = new Table({ ...PLAIN(), head: [t.item, b.table.low, b.table.high], colAligns: ['left', 'right', 'right'] });
    for (const [item, range] of orderItems(bounds.byItem, info.policy)) table.push([labels.item(item), formatGrouped(range.low), high(range.high)]);
    table.push([c.bold(b.table.boundsTotal), c.bold(formatGrouped(bounds.low)), c.bold(high(bounds.high))]);
    return `${c.bold(c.yellow(b.table.boundsTitle))}\n${table.toString()}\n${c.dim(b.table.boundsNote)}\n`;
  }

  /** `year`: over a range, the year whose floor this is (named in the title). */
  function fundTable(totals: RollupTotals, year?: number): string {
    const { fund } = totals;
    if (!fund) return '';
    const title = c.bold(`${year === undefined ? '' : `${b.table.fundYear(year)}  `}${fund.clause} ${info.policy.fund?.label[labels.lang] ?? ''}`);
    if (!fund.applies) return `${title}\n${b.table.fundNotApplies(year ?? info.year, fund.firstYear, fund.lastYear)}\n`;
    const table = new Table({ ...PLAIN(), head: [t.payer, b.table.revenue, b.table.floor, b.table.cost, b.table.result], colAligns: ['left', 'right', 'right', 'right', 'left'] });
    for (const [payer, level] of orderPayers(fund.levels.map((entry) => [entry.payer, entry] as [string, typeof entry]))) {
      const result = level.fits ? c.green(b.table.fits) : c.yellow(b.table.exceeds(formatGrouped(level.exceedsBy)));
      table.push([labels.payer(payer), formatGrouped(level.revenue), formatGrouped(level.floor), formatGrouped(level.cost), result]);
    }
    return `${title}\n${table.toString()}\n${c.dim(b.table.fundNote)}\n`;
  }

  function uncomputedTables(totals: RollupTotals): string {
    if (totals.uncomputed.count === 0) return `${c.bold(t.uncomputedTitle)}${labels.lang === 'zh' ? '：' : ': '}${t.allComputed}\n`;
    const byItem = new Table({ ...PLAIN(), head: [t.item, t.problem, t.count], colAligns: ['left', 'left', 'right'] });
    for (const [item, counts] of orderItems(totals.uncomputed.byItem, info.policy)) {
      for (const [status, count] of statusText(counts, t.status)) byItem.push([labels.item(item), status, String(count)]);
    }
    const byPayer = new Table({ ...PLAIN(), head: [t.payer, t.problem, t.count], colAligns: ['left', 'left', 'right'] });
    for (const [payer, counts] of orderPayers(totals.uncomputed.byPayer)) {
      for (const [status, count] of statusText(counts, t.status)) byPayer.push([labels.payer(payer), status, String(count)]);
    }
    return `${c.bold(c.yellow(t.uncomputedTitle))}\n${byItem.toString()}\n${byPayer.toString()}\n${c.dim(t.uncomputedNote)}\n`;
  }

  /**
   * A roll-up of a range of years: the years side by side, then the range's total, per payer, item
   * and county (in yuan; 万元 would not fit five years on a terminal's width).
   */
  function yearsTable(title: string, keyHead: string, byYear: ReadonlyMap<number, RollupTotals>, pick: (totals: RollupTotals) => ReadonlyMap<string, Fen>, rows: [string, string][], total: (totals: RollupTotals) => Fen, range: RollupTotals): string {
    const years = [...byYear.keys()];
    const head = [keyHead, ...years.map((year) => b.table.yearColumn(year)), b.table.rangeTotal(years[0]!, years[years.length - 1]!)];
    // Without box lines: five years of eight-figure amounts and the total then fit 120 columns.
    const table = new Table({ ...BORDERLESS(), head: head.map((cell) => c.bold(cell)), colAligns: ['left', ...head.slice(1).map(() => 'right' as const)] });
    for (const [code, name] of rows) table.push([name, ...[...byYear.values()].map((own) => formatGrouped(pick(own).get(code) ?? 0)), c.bold(formatGrouped(pick(range).get(code) ?? 0))]);
    table.push([c.bold(t.total), ...[...byYear.values()].map((own) => c.bold(formatGrouped(total(own)))), c.bold(formatGrouped(total(range)))]);
    return `${title ? `${c.bold(title + b.table.yearsUnit)}\n` : ''}${table.toString()}\n`;
  }

  function rangeRollupText(totals: RollupTotals, byYear: ReadonlyMap<number, RollupTotals>, count: string): string {
    const parts: string[] = [];
    const bounds = boundsSentence(totals, labels);
    parts.push(`${c.bold(count)}    ${t.total} ${c.bold(moneyWithWan(totals.total, labels.lang))}\n${bounds ? `${c.yellow(bounds)}\n` : ''}`);
    const cash = (own: RollupTotals) => own.total;
    parts.push(yearsTable(t.byPayerTitle, t.payer, byYear, (own) => own.byPayer, orderPayers(totals.byPayer).map(([code]) => [code, labels.payer(code)]), cash, totals));
    parts.push(yearsTable(t.byItemTitle, t.item, byYear, (own) => own.byItem, orderItems(totals.byItem, info.policy).map(([code]) => [code, labels.item(code)]), cash, totals));
    parts.push(yearsTable(t.byCountyTitle, t.county, byYear, (own) => own.byCounty, orderCounties(totals.byCounty).map(([code]) => [code, labels.county(code)]), cash, totals));
    if (totals.tax.byItem.size > 0) {
      const tax = (own: RollupTotals) => own.tax.total;
      parts.push(yearsTable(t.taxTitle, t.item, byYear, (own) => own.tax.byItem, orderItems(totals.tax.byItem, info.policy).map(([code]) => [code, labels.item(code)]), tax, totals)
        + yearsTable('', t.payer, byYear, (own) => own.tax.byPayer, orderPayers(totals.tax.byPayer).map(([code]) => [code, labels.payer(code)]), tax, totals)
        + `${c.dim(t.taxNote)}\n`);
    }
    parts.push(boundsTable(totals));
    parts.push(uncomputedTables(totals));
    // §22 sets each year's floor against that year's cost.
    for (const [year, own] of byYear) {
      const fund = fundTable(own, year);
      if (fund) parts.push(fund);
    }
    return parts.filter((part) => part !== '').join('\n');
  }

  /** The roll-up after the blocks; `count` says what was computed ("共 12 人"). */
  function rollupText(totals: RollupTotals, count: string): string {
    if (totals.byYear) return rangeRollupText(totals, totals.byYear, count);
    const parts: string[] = [];
    const bounds = boundsSentence(totals, labels);
    parts.push(`${c.bold(count)}    ${t.total} ${c.bold(moneyWithWan(totals.total, labels.lang))}\n${bounds ? `${c.yellow(bounds)}\n` : ''}`);
    parts.push(moneyTable(t.byPayerTitle, t.payer, orderPayers(totals.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.total));
    parts.push(moneyTable(t.byItemTitle, t.item, orderItems(totals.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.total));
    parts.push(moneyTable(t.byCountyTitle, t.county, orderCounties(totals.byCounty).map(([code, amount]) => [labels.county(code), amount]), totals.total));
    if (totals.tax.byItem.size > 0) {
      parts.push(moneyTable(t.taxTitle, t.item, orderItems(totals.tax.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.tax.total)
        + moneyTable('', t.payer, orderPayers(totals.tax.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.tax.total)
        + `${c.dim(t.taxNote)}\n`);
    }
    parts.push(boundsTable(totals));
    parts.push(uncomputedTables(totals));
    parts.push(fundTable(totals));
    return parts.filter((part) => part !== '').join('\n');
  }

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
