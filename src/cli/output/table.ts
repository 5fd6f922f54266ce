// Tables for a person at a terminal: a compact block per person, then the roll-up by payer,
// item and county and the items that could not be computed. Amounts grouped in thousands, and
// in 万元 from 10,000 yuan up. Colour only when the command says so (a TTY, NO_COLOR unset).
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Fen } from '../../engine/money.js';
import type { PersonResult } from '../../engine/types.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../i18n/number.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import type { Formatter, PersonEntry, RejectedEntry, RunInfo } from './types.js';

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

export function createTableFormatter(info: RunInfo, options: TableOptions): Formatter {
  const { labels } = info;
  const m = messages(labels.lang);
  const t = m.table;
  const c: ChalkInstance = new Chalk({ level: options.colorLevel });

  function personBlock(entry: PersonEntry): string {
    const result: PersonResult = entry.result;
    const head = [c.bold(result.id), result.name ?? '', t.tier(result.tier), c.dim(t.rowN(entry.row))]
      .filter((part) => part !== '').join('  ');
    const lines = [`${head}    ${t.total} ${c.bold(moneyWithWan(result.total, labels.lang))}`];
    if (result.items.length === 0 && !result.rights?.length) {
      lines.push(`  ${c.dim(t.noItems)}`);
      return `${lines.join('\n')}\n\n`;
    }
    const table = new Table({ ...BORDERLESS(), colAligns: ['left', 'left', 'right', 'right', 'left'] });
    for (const item of result.items) {
      const rate = item.kind === 'one_off' ? t.oneOff
        : item.kind === 'annual' ? t.annual
        : item.monthly !== null && item.months !== null ? t.monthsTimes(formatGrouped(item.monthly), item.months) : '';
      const amount = item.amount === null ? c.yellow(t.statusShort[item.status] ?? item.status) : formatGrouped(item.amount);
      const payers = item.payers
        .map((part) => `${labels.payer(part.payer)}${part.amount === null ? '' : ` ${formatGrouped(part.amount)}`}`)
        .join(labels.lang === 'zh' ? '；' : '; ');
      const label = labels.item(item.item) + (item.category === 'tax' ? c.dim(t.taxMark) : '');
      table.push([label, item.clause, rate, amount, payers]);
    }
    lines.push(table.toString().replace(/ +$/gm, ''));
    if (result.rights?.length) {
      lines.push(`  ${c.dim(`${t.rights}：`)}${result.rights.map((right) => `${labels.right(right.id)}（${right.clause}）`).join(labels.lang === 'zh' ? '；' : '; ')}`);
    }
    return `${lines.join('\n')}\n\n`;
  }

  function moneyTable(title: string, keyHead: string, rows: [string, Fen][], total: Fen | null): string {
    const table = new Table({ ...PLAIN(), head: [keyHead, t.yuan, ...(labels.lang === 'zh' ? [t.wan] : [])], colAligns: ['left', 'right', 'right'] });
    for (const [name, amount] of rows) table.push([name, formatGrouped(amount), ...(labels.lang === 'zh' ? [wanCell(amount)] : [])]);
    if (total !== null) table.push([c.bold(t.total), c.bold(formatGrouped(total)), ...(labels.lang === 'zh' ? [c.bold(wanCell(total))] : [])]);
    return `${title ? `${c.bold(title)}\n` : ''}${table.toString()}\n`;
  }

  function rejectedTable(rejected: readonly RejectedEntry[]): string {
    const table = new Table({ ...PLAIN(), head: [t.row, t.id, t.column, t.problem] });
    for (const entry of rejected) {
      for (const error of entry.errors) table.push([String(entry.row), entry.id ?? '', labels.column(error.column), error.message]);
    }
    return `${c.bold(c.red(t.rejectedTitle))}\n${table.toString()}\n`;
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

  return {
    begin: () => `${c.bold(info.policy.label[labels.lang])}\n${t.heading(info.policy.edition, info.year)}\n\n`,
    person: (entry) => (options.summary ? '' : personBlock(entry)),
    end(rejected, totals) {
      const parts: string[] = [];
      if (rejected.length) parts.push(rejectedTable(rejected));
      parts.push(`${c.bold(t.peopleComputed(totals.people))}    ${t.total} ${c.bold(moneyWithWan(totals.total, labels.lang))}\n`);
      parts.push(moneyTable(t.byPayerTitle, t.payer, orderPayers(totals.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.total));
      parts.push(moneyTable(t.byItemTitle, t.item, orderItems(totals.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.total));
      parts.push(moneyTable(t.byCountyTitle, t.county, orderCounties(totals.byCounty).map(([code, amount]) => [labels.county(code), amount]), totals.total));
      if (totals.tax.byItem.size > 0) {
        parts.push(moneyTable(t.taxTitle, t.item, orderItems(totals.tax.byItem, info.policy).map(([code, amount]) => [labels.item(code), amount]), totals.tax.total)
          + moneyTable('', t.payer, orderPayers(totals.tax.byPayer).map(([code, amount]) => [labels.payer(code), amount]), totals.tax.total)
          + `${c.dim(t.taxNote)}\n`);
      }
      parts.push(uncomputedTables(totals));
      return parts.join('\n');
    },
  };
}
