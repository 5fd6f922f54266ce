// The 汇总 sheet of the .xlsx output: the policy, the people and rejected rows counted, the total,
// then by payer, item and county (over a range the years side by side, then the range's total), tax
// expenditures and the items without an amount. Every amount is a value added up in integer fen.
import type { Fen } from '../../base/money.js';
import type { RollupTotals, StatusCounts } from '../../budget/rollup.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import type { RunInfo } from './types.js';
import { moneyCell, NO_MONEY, type CellValue } from './xlsx-sheet.js';

interface RollupRow {
  values: readonly CellValue[];
  /** The columns (0-based) that hold yuan and get the money format. */
  moneyAt: ReadonlySet<number>;
  bold: boolean;
}

/** The sheet's header cells, column widths and rows, in order. */
export interface RollupSheet {
  headers: string[];
  widths: number[];
  rows: RollupRow[];
}

/** `text`: the words of the sheet that are the workbook's own (its row labels). */
export function rollupSheet(info: RunInfo, totals: RollupTotals, rejectedCount: number, text: { people: string; rejectedRows: string }): RollupSheet {
  const lang = info.labels.lang;
  const t = messages(lang).table;
  const byYear = totals.byYear;
  const b = budgetMessages(lang).table;
  const yearList = byYear ? [...byYear.keys()] : [];
  const title = byYear ? b.yearsHeading(yearList[0]!, yearList[yearList.length - 1]!, info.policy.edition) : t.heading(info.policy.edition, info.year);
  const out: RollupRow[] = [];
  const put = (values: readonly CellValue[], moneyAt: ReadonlySet<number> = NO_MONEY, bold = false): void => {
    out.push({ values, moneyAt, bold });
  };
  const second = new Set([1]);
  const addMoney = (label: string, amount: Fen, bold = false) => put([label, moneyCell(amount)], second, bold);
  const blank = () => put([]);
  const heading = (title: string, head: readonly string[]) => {
    blank();
    put([title], NO_MONEY, true);
    put(head, NO_MONEY, true);
  };
  const moneyRows = (rows: [string, Fen][], total: Fen) => {
    for (const [label, amount] of rows) addMoney(label, amount);
    addMoney(t.total, total, true);
  };
  const countRows = (rows: [string, StatusCounts][], label: (code: string) => string) => {
    for (const [code, counts] of rows) {
      for (const [status, count] of Object.entries(counts)) put([label(code), count ?? 0, t.status[status] ?? status]);
    }
  };
  put([info.policy.label[lang]]);
  put([text.people, totals.people]);
  put([text.rejectedRows, rejectedCount]);
  addMoney(t.total, totals.total, true);

  // Over a range the years stand side by side, then the range's total, as in the table; each cell
  // is that year's own roll-up, so a year's column is its single-year workbook's.
  const yearsMoney = new Set(yearList.map((_, index) => index + 1).concat(yearList.length + 1));
  const yearsHead = byYear ? [...yearList.map((year) => b.yearColumn(year)), b.rangeTotal(yearList[0]!, yearList[yearList.length - 1]!)] : [t.yuan];
  const section = (sectionTitle: string, keyHead: string, rows: [string, string][], pick: (own: RollupTotals) => ReadonlyMap<string, Fen>, total: (own: RollupTotals) => Fen) => {
    heading(sectionTitle, [keyHead, ...yearsHead]);
    if (!byYear) return moneyRows(rows.map(([code, name]) => [name, pick(totals).get(code) ?? (0 as Fen)]), total(totals));
    const cells = (code: string) => [...[...byYear.values()].map((own) => pick(own).get(code) ?? (0 as Fen)), pick(totals).get(code) ?? (0 as Fen)];
    for (const [code, name] of rows) put([name, ...cells(code).map(moneyCell)], yearsMoney);
    put([t.total, ...[...byYear.values(), totals].map((own) => moneyCell(total(own)))], yearsMoney, true);
  };
  const cash = (own: RollupTotals) => own.total;
  const tax = (own: RollupTotals) => own.tax.total;
  section(t.byPayerTitle, t.payer, orderPayers(totals.byPayer).map(([code]) => [code, info.labels.payer(code)]), (own) => own.byPayer, cash);
  section(t.byItemTitle, t.item, orderItems(totals.byItem, info.policy).map(([code]) => [code, info.labels.item(code)]), (own) => own.byItem, cash);
  section(t.byCountyTitle, t.county, orderCounties(totals.byCounty).map(([code]) => [code, info.labels.county(code)]), (own) => own.byCounty, cash);
  if (totals.tax.byItem.size > 0) {
    section(t.taxTitle, t.item, orderItems(totals.tax.byItem, info.policy).map(([code]) => [code, info.labels.item(code)]), (own) => own.tax.byItem, tax);
    section(t.taxTitle, t.payer, orderPayers(totals.tax.byPayer).map(([code]) => [code, info.labels.payer(code)]), (own) => own.tax.byPayer, tax);
    put([t.taxNote]);
  }
  if (totals.uncomputed.count === 0) {
    blank();
    put([`${t.uncomputedTitle}：${t.allComputed}`]);
  } else {
    heading(t.uncomputedTitle, [t.item, t.count, t.problem]);
    countRows(orderItems(totals.uncomputed.byItem, info.policy), (code) => info.labels.item(code));
    heading(t.uncomputedTitle, [t.payer, t.count, t.problem]);
    countRows(orderPayers(totals.uncomputed.byPayer), (code) => info.labels.payer(code));
    put([t.uncomputedNote]);
  }
  return { headers: [title, '', ''], widths: [30, 18, ...yearList.map(() => 18), 36], rows: out };
}
