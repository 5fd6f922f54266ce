// Tables for a person at a terminal: a compact block per person, then the roll-up by payer,
// item and county and the items that could not be computed. Amounts grouped in thousands, and
// in 万元 from 10,000 yuan up. Colour only when the command says so (a TTY, NO_COLOR unset).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Fen } from '../../base/money.js';
import type { ItemResult, PersonResult, Right } from '../../engine/types.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { loadVocabulary } from '../../policy/vocabulary.js';
import { NO_COUNTY } from '../../budget/rollup.js';
import { boundsSentence } from './rollup-notes.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../i18n/number.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import type { Formatter, PersonEntry, RejectedEntry, RunInfo, UnitEntry } from './types.js';

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
    const table = new Table({ ...BORDERLESS(), colAligns: ['left', 'left', 'right', 'right', 'left'] });
    for (const item of items) {
      const rate = item.kind === 'one_off' ? t.oneOff
        : item.kind === 'annual' ? t.annual
        : item.monthly !== null && item.months !== null ? t.monthsTimes(formatGrouped(item.monthly), item.months) : '';
      const amount = item.amount === null ? c.yellow(t.statusShort[item.status] ?? item.status) : formatGrouped(item.amount);
      const payers = item.payers
        .map((part) => `${labels.payer(part.payer)}${part.amount === null ? '' : ` ${formatGrouped(part.amount)}`}`)
        .join(separator);
      const label = labels.item(item.item) + (item.category === 'tax' ? c.dim(t.taxMark) : '');
      table.push([label, item.clause, ranged(item, rate), amount, payers]);
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
      return `    ${labels.right(right.id)}（${right.clause}）${description ? `${colon}${c.dim(description)}` : ''}`;
    })];
  }

  function personBlock(entry: PersonEntry): string {
    const result: PersonResult = entry.result;
    const head = [c.bold(result.id), result.name ?? '', t.tier(result.tier), c.dim(t.rowN(entry.row))]
      .filter((part) => part !== '').join('  ');
    const lines = [`${head}    ${t.total} ${c.bold(moneyWithWan(result.total, labels.lang))}`];
    if (result.items.length === 0 && !result.rights?.length) {
      lines.push(`  ${c.dim(t.noItems)}`);
      return `${lines.join('\n')}\n\n`;
    }
    if (result.items.length) lines.push(itemsTable(result.items));
    lines.push(...rightsLines(result.rights ?? []));
    return `${lines.join('\n')}\n\n`;
  }

  function unitBlock(entry: UnitEntry): string {
    const { result, unit } = entry;
    const type = labels.lang === 'zh' ? loadVocabulary().labelOf('unit_type', unit.unit_type) : unit.unit_type;
    const place = unit.county ? labels.county(unit.county) : labels.county(NO_COUNTY);
    const head = [c.bold(result.id), result.name ?? '', type, place, c.dim(t.rowN(entry.row))].filter((part) => part !== '').join('  ');
    const lines = [`${head}    ${t.total} ${c.bold(moneyWithWan(result.total, labels.lang))}`];
    lines.push(result.items.length ? itemsTable(result.items) : `  ${c.dim(t.noItems)}`);
    return `${lines.join('\n')}\n\n`;
  }

  function moneyTable(title: string, keyHead: string, rows: [string, Fen][], total: Fen | null): string {
    const table = new Table({ ...PLAIN(), head: [keyHead, t.yuan, ...(labels.lang === 'zh' ? [t.wan] : [])], colAligns: ['left', 'right', 'right'] });
    for (const [name, amount] of rows) table.push([name, formatGrouped(amount), ...(labels.lang === 'zh' ? [wanCell(amount)] : [])]);
    if (total !== null) table.push([c.bold(t.total), c.bold(formatGrouped(total)), ...(labels.lang === 'zh' ? [c.bold(wanCell(total))] : [])]);
    return `${title ? `${c.bold(title)}\n` : ''}${table.toString()}\n`;
  }

  /** `column` names a rejected cell's column (people and units rosters have their own headers). */
  function rejectedTable(rejected: readonly RejectedEntry[], column: (key: string, entry: RejectedEntry) => string = (key) => labels.column(key)): string {
    const sources = rejected.some((entry) => entry.source !== undefined);
    const table = new Table({ ...PLAIN(), head: [...(sources ? [b.table.source] : []), t.row, t.id, t.column, t.problem] });
    for (const entry of rejected) {
      const source = sources ? [entry.source ? b.source[entry.source] ?? entry.source : ''] : [];
      for (const error of entry.errors) table.push([...source, String(entry.row), entry.id ?? '', column(error.column, entry), error.message]);
    }
    return `${c.bold(c.red(t.rejectedTitle))}\n${table.toString()}\n`;
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

  function fundTable(totals: RollupTotals): string {
    const { fund } = totals;
    if (!fund) return '';
    const title = c.bold(`${fund.clause} ${info.policy.fund?.label[labels.lang] ?? ''}`);
    if (!fund.applies) return `${title}\n${b.table.fundNotApplies(info.year, fund.firstYear, fund.lastYear)}\n`;
    const table = new Table({ ...PLAIN(), head: [t.payer, b.table.revenue, b.table.floor, b.table.cost, b.table.result], colAligns: ['left', 'right', 'right', 'right', 'left'] });
    for (const [payer, level] of orderPayers(fund.levels.map((entry) => [entry.payer, entry] as [string, typeof entry]))) {
      const result = level.covered ? c.green(b.table.covered) : c.red(b.table.short(formatGrouped(level.shortBy)));
      table.push([labels.payer(payer), formatGrouped(level.revenue), formatGrouped(level.floor), formatGrouped(level.cost), result]);
    }
    return `${title}\n${table.toString()}\n${c.dim(b.table.fundNote)}\n`;
  }

  function uncomputedTables(totals: RollupTotals): string {
    if (totals.uncomputed.count === 0) return `${c.bold(t.uncomputedTitle)}：${t.allComputed}\n`;
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

  /** The roll-up after the blocks; `count` says what was computed ("共 12 人"). */
  function rollupText(totals: RollupTotals, count: string): string {
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
    heading: () => `${c.bold(info.policy.label[labels.lang])}\n${t.heading(info.policy.edition, info.year)}\n\n`,
    personBlock, unitBlock, rejectedTable, rollupText,
  };
}

export function createTableFormatter(info: RunInfo, options: TableOptions): Formatter {
  const kit = createTableKit(info, options.colorLevel);
  return {
    explains: false,
    begin: kit.heading,
    person: (entry) => (options.summary ? '' : kit.personBlock(entry)),
    end(rejected, totals) {
      return (rejected.length ? `${kit.rejectedTable(rejected)}\n` : '') + kit.rollupText(totals, kit.t.peopleComputed(totals.people));
    },
  };
}
