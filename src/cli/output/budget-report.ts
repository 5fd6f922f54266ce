// The budget report: one self-contained, printable HTML page of a roll-up (roster, units, budget):
// the headline figures, a bar chart by payer, by county split by item, by item, years side by side,
// the §22 fund floor against each level's cost, what could not be computed, the rejected rows, and
// under every chart the table it is drawn from. Charts are hand-written SVG (src/io/svg-bars.ts):
// bars need a scale and rectangles, nothing a library would add. Every amount comes from the roll-up
// in fen; every printed figure is the exact amount (万元 beside it, never instead of it).
import type { RollupTotals } from '../../budget/rollup.js';
import { addFen, type Fen } from '../../base/money.js';
import type { Labels } from '../../i18n/labels.js';
import { messages } from '../../i18n/messages.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../i18n/number.js';
import { reportMessages } from '../../i18n/report-messages.js';
import { htmlPage, htmlTable, escapeHtml, type HtmlCell } from '../../io/html.js';
import { barChartSvg, type BarRow } from '../../io/svg-bars.js';
import type { Policy } from '../../policy/types.js';
import { orderCounties, orderItems, orderPayers } from './order.js';
import { COVERED_COLOR, FLOOR_COLOR, ITEM_COLORS, PAYER_COLOR, REPORT_CSS, SHORT_COLOR, YEAR_COLORS } from './budget-report-style.js';
import { rejectedSection, type ReportRejected } from './budget-report-rejected.js';

/** One budget year's roll-up. */
export interface ReportYear {
  year: number;
  totals: RollupTotals;
}

export interface BudgetReportInput extends ReportRejected {
  policy: Policy;
  labels: Labels;
  /** One roll-up per budget year, in year order; a single year is one entry. */
  years: readonly ReportYear[];
  /** The roll-up over all the years (a single year's own). */
  totals: RollupTotals;
  /** The date the page was made, YYYY-MM-DD. */
  date: string;
}


function sumCountyItems(years: readonly RollupTotals[]): Map<string, Map<string, Fen>> {
  const out = new Map<string, Map<string, Fen>>();
  for (const totals of years) {
    for (const [county, items] of totals.byCountyItem ?? []) {
      const into = out.get(county) ?? new Map<string, Fen>();
      for (const [item, fen] of items) into.set(item, addFen(into.get(item) ?? (0 as Fen), fen));
      out.set(county, into);
    }
  }
  return out;
}

export function renderBudgetReport(input: BudgetReportInput): string {
  const { labels, policy, totals } = input;
  const r = reportMessages(labels.lang);
  const zh = labels.lang === 'zh';
  const present = new Map<string, true>();
  for (const { totals: year } of [{ totals }, ...input.years]) for (const item of year.byItem.keys()) present.set(item, true);
  const itemCodes = orderItems(present, policy).map(([item]) => item);
  const itemColor = (code: string) => ITEM_COLORS[Math.max(0, itemCodes.indexOf(code)) % ITEM_COLORS.length]!;
  /** "1,573,000.00（157.30万元）": exact, with 万元 beside it in Chinese from 10,000 yuan. */
  const money = (fen: Fen) => (zh && readsBetterInWan(fen) ? `${formatGrouped(fen)}（${r.wan(formatWan(fen))}）` : formatGrouped(fen));
  const amountCells = (fen: Fen, strong = false): HtmlCell[] => [
    { text: formatGrouped(fen), num: true, strong },
    ...(zh ? [{ text: readsBetterInWan(fen) ? formatWan(fen) : '', num: true, strong }] : []),
  ];
  const amountHead: HtmlCell[] = [{ text: r.head.amount, num: true }, ...(zh ? [{ text: r.head.wan, num: true }] : [])];
  const first = input.years[0]?.year ?? 0;
  const last = input.years[input.years.length - 1]?.year ?? first;
  const years = r.years(first, last);

  // Over a range of years the sum may come without the county split: it is then the years' split added.
  const byCountyItem = totals.byCountyItem ?? sumCountyItems(input.years.map((year) => year.totals));

  const sections: string[] = [];
  sections.push(headSection());
  sections.push(section('by-county', r.byCounty, countyChart() + `<p class="muted">${escapeHtml(r.byCountyNote)}</p>` + countyTable()));
  sections.push(section('by-item', r.byItem, itemChart() + itemTable() + taxPart()));
  if (input.years.length > 1) sections.push(section('by-year', r.byYear, yearChart() + yearTable()));
  const fund = fundPart();
  if (fund) sections.push(section('fund', r.fund(policy.fund?.clause ?? '§22'), fund));
  sections.push(section('uncomputed', r.uncomputedTitle, uncomputedPart()));
  // Rejected rows follow the items without an amount on their page: both say what the totals leave out.
  sections.push(section('rejected', input.declined === undefined ? r.rejectedOnlyTitle : r.rejectedTitle, rejectedSection(input, r), false));

  return htmlPage({ lang: zh ? 'zh-CN' : 'en', title: r.title(years), css: REPORT_CSS, body: sections.join('\n') });

  function section(id: string, title: string, body: string, page = true): string {
    return `<section id="${escapeHtml(id)}"${page ? ' class="page"' : ''}>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
  }

  function headSection(): string {
    const head =
      `<h1>${escapeHtml(r.title(years))}</h1>\n` +
      `<p class="subtitle">${escapeHtml(policy.label[labels.lang])}</p>\n` +
      `<p class="meta">${escapeHtml(r.meta(policy.edition, input.date))} · ${escapeHtml(r.counted(totals.people, totals.units))}</p>\n` +
      `<p class="muted small">${escapeHtml(r.unitNote)}</p>\n`;
    return `<section id="summary">\n${head}<h2>${escapeHtml(r.headline)}</h2>\n${figures()}\n</section>\n` +
      section('by-payer', r.byPayer, payerChart() + payerTable(), false);
  }

  /** A headline figure; the line under it in parts that do not break inside ("单位自定 2"). */
  function figure(label: string, value: string, sub: readonly string[] = [], kind = ''): string {
    const under = sub.filter((part) => part !== '').map((part) => `<span>${escapeHtml(part)}</span>`).join(' · ');
    return `<div class="figure${kind ? ` ${kind}` : ''}"><div class="k">${escapeHtml(label)}</div><div class="v">${escapeHtml(value)}</div>` +
      `${under ? `<div class="s">${under}</div>` : ''}</div>`;
  }

  function figures(): string {
    const { bounds, uncomputed } = totals;
    const statuses = new Map<string, number>();
    for (const counts of uncomputed.byItem.values()) for (const [status, count] of Object.entries(counts)) statuses.set(status, (statuses.get(status) ?? 0) + (count ?? 0));
    const statusLine = [...statuses].map(([status, count]) => `${r.statusShort[status] ?? status} ${count}`);
    const unit = ` ${r.yuan}`;
    const boundsValue = bounds.ranged === 0 ? r.noRanges : r.boundsValue(formatGrouped(bounds.low), bounds.high === null ? null : formatGrouped(bounds.high)) + unit;
    const cards = [
      figure(r.cashTotal, formatGrouped(totals.total) + unit, [zh && readsBetterInWan(totals.total) ? r.wan(formatWan(totals.total)) : ''], 'main'),
      figure(r.taxTotal, formatGrouped(totals.tax.total) + unit, [zh && readsBetterInWan(totals.tax.total) ? r.wan(formatWan(totals.tax.total)) : '']),
      figure(r.uncomputed, r.uncomputedCount(uncomputed.count), statusLine),
      figure(r.bounds, boundsValue),
      figure(r.rejected, r.rows(input.rejectedCount ?? input.rejected.length), [], (input.rejectedCount ?? input.rejected.length) ? 'warn' : ''),
      ...(input.declined !== undefined ? [figure(r.declined, r.claims(input.declined))] : []),
    ];
    return `<div class="figures">${cards.join('')}</div>`;
  }

  function payerChart(): string {
    const rows: BarRow[] = orderPayers(totals.byPayer).map(([code, fen]) => ({ label: labels.payer(code), bars: [{ fen, text: money(fen), color: PAYER_COLOR }] }));
    return barChartSvg({ id: 'by-payer', title: r.byPayerChart, rows });
  }

  function payerTable(): string {
    const rows = orderPayers(totals.byPayer).map(([code, fen]) => [labels.payer(code), ...amountCells(fen)]);
    return htmlTable([r.head.payer, ...amountHead], [...rows, [{ text: r.head.total, strong: true }, ...amountCells(totals.total, true)]]);
  }

  function countyItems(county: string): [string, Fen][] {
    return orderItems(byCountyItem.get(county) ?? new Map<string, Fen>(), policy).filter(([, fen]) => fen !== 0);
  }

  function countyChart(): string {
    const legend = new Set<string>();
    const rows: BarRow[] = orderCounties(totals.byCounty).map(([county, fen]) => {
      const segments = countyItems(county).map(([item, part]) => {
        legend.add(item);
        return { fen: part, color: itemColor(item), key: item, title: `${labels.item(item)}${r.colon}${money(part)}` };
      });
      return { label: labels.county(county), bars: [{ fen, text: money(fen), segments }] };
    });
    const entries = orderItems([...legend].map((item) => [item, item] as [string, string]), policy).map(([item]) => ({ color: itemColor(item), label: labels.item(item) }));
    return barChartSvg({ id: 'by-county', title: r.byCountyChart, rows, legend: entries });
  }

  function countyTable(): string {
    const rows: (string | HtmlCell)[][] = [];
    for (const [county, fen] of orderCounties(totals.byCounty)) {
      const items = countyItems(county);
      // The county named once, on its first line; its subtotal closes its lines.
      items.forEach(([item, part], index) => rows.push([index === 0 ? { text: labels.county(county), strong: true } : '', labels.item(item), ...amountCells(part)]));
      rows.push([items.length ? '' : { text: labels.county(county), strong: true }, { text: r.head.subtotal, strong: true }, ...amountCells(fen, true)]);
    }
    rows.push([{ text: r.head.total, strong: true }, '', ...amountCells(totals.total, true)]);
    return htmlTable([r.head.county, r.head.item, ...amountHead], rows);
  }

  function itemChart(): string {
    const rows: BarRow[] = orderItems(totals.byItem, policy).map(([item, fen]) => ({ label: labels.item(item), bars: [{ fen, text: money(fen), color: itemColor(item) }] }));
    return barChartSvg({ id: 'by-item', title: r.byItemChart, rows });
  }

  function itemTable(): string {
    const range = (item: string) => totals.bounds.byItem.get(item);
    const high = (fen: Fen | null | undefined) => (fen === undefined ? '' : fen === null ? r.unbounded : formatGrouped(fen));
    const rows = orderItems(totals.byItem, policy).map(([item, fen]) => [
      labels.item(item), ...amountCells(fen),
      { text: range(item) ? formatGrouped(range(item)!.low) : '', num: true }, { text: high(range(item)?.high), num: true },
    ]);
    // Ranged items with no amount in the total still have bounds: a row with an empty amount.
    for (const [item, bounds] of orderItems(totals.bounds.byItem, policy)) {
      if (!totals.byItem.has(item)) rows.push([labels.item(item), { text: '', num: true }, ...(zh ? [{ text: '', num: true }] : []), { text: formatGrouped(bounds.low), num: true }, { text: high(bounds.high), num: true }]);
    }
    const ranged = totals.bounds.ranged > 0;
    rows.push([{ text: r.head.total, strong: true }, ...amountCells(totals.total, true),
      { text: ranged ? formatGrouped(totals.bounds.low) : '', num: true, strong: true }, { text: ranged ? high(totals.bounds.high) : '', num: true, strong: true }]);
    return htmlTable([r.head.item, ...amountHead, { text: r.head.low, num: true }, { text: r.head.high, num: true }], rows);
  }

  function taxPart(): string {
    if (totals.tax.byItem.size === 0 && totals.tax.total === 0) return '';
    const total = [{ text: r.head.total, strong: true }, ...amountCells(totals.tax.total, true)];
    return `<h3>${escapeHtml(r.tax)}</h3>\n<p class="muted">${escapeHtml(r.taxNote)}</p>\n` +
      htmlTable([r.head.item, ...amountHead], [...orderItems(totals.tax.byItem, policy).map(([item, fen]) => [labels.item(item), ...amountCells(fen)]), total]) +
      htmlTable([r.head.payer, ...amountHead], [...orderPayers(totals.tax.byPayer).map(([payer, fen]) => [labels.payer(payer), ...amountCells(fen)]), total]);
  }

  function yearPayers(): string[] {
    const payers = new Map<string, true>();
    for (const { totals: year } of input.years) for (const payer of year.byPayer.keys()) payers.set(payer, true);
    return orderPayers(payers).map(([payer]) => payer);
  }

  function yearChart(): string {
    const rows: BarRow[] = yearPayers().map((payer) => ({
      label: labels.payer(payer),
      bars: input.years.map(({ year, totals: t }, index) => {
        const fen = t.byPayer.get(payer) ?? (0 as Fen);
        return { fen, text: money(fen), name: String(year), color: YEAR_COLORS[index % YEAR_COLORS.length] };
      }),
    }));
    return barChartSvg({ id: 'by-year', title: r.byYearChart, rows, legend: input.years.map(({ year }, index) => ({ color: YEAR_COLORS[index % YEAR_COLORS.length]!, label: String(year) })) });
  }

  function yearTable(): string {
    const cell = (fen: Fen, strong = false): HtmlCell => ({ text: formatGrouped(fen), num: true, strong });
    const rows = yearPayers().map((payer) => {
      const amounts = input.years.map(({ totals: t }) => t.byPayer.get(payer) ?? (0 as Fen));
      return [labels.payer(payer), ...amounts.map((fen) => cell(fen)), cell(amounts.reduce(addFen, 0 as Fen), true)];
    });
    const all = input.years.map(({ totals: t }) => t.total);
    rows.push([{ text: r.head.total, strong: true }, ...all.map((fen) => cell(fen, true)), cell(all.reduce(addFen, 0 as Fen), true)]);
    return htmlTable([r.head.payer, ...input.years.map(({ year }) => ({ text: String(year), num: true })), { text: r.head.total, num: true }], rows);
  }

  function fundPart(): string {
    const parts: string[] = [];
    for (const { year, totals: t } of input.years) {
      const { fund } = t;
      if (!fund) continue;
      const heading = input.years.length > 1 ? `<h3>${escapeHtml(r.years(year, year))}</h3>\n` : '';
      if (!fund.applies) {
        parts.push(`${heading}<p>${escapeHtml(r.fundNotApplies(year, fund.firstYear, fund.lastYear))}</p>`);
        continue;
      }
      const levels = orderPayers(fund.levels.map((level) => [level.payer, level] as [string, typeof level]));
      const rows: BarRow[] = levels.map(([payer, level]) => ({
        label: labels.payer(payer),
        note: level.covered ? r.covered : r.short(formatGrouped(level.shortBy)),
        bars: [
          { fen: level.floor, text: money(level.floor), name: r.floor, outline: true, color: FLOOR_COLOR },
          { fen: level.cost, text: money(level.cost), name: r.cost, color: level.covered ? COVERED_COLOR : SHORT_COLOR },
        ],
      }));
      const table = htmlTable(
        [r.head.payer, { text: r.head.revenue, num: true }, { text: r.head.floor, num: true }, { text: r.head.cost, num: true }, r.head.result],
        levels.map(([payer, level]) => [
          labels.payer(payer), { text: formatGrouped(level.revenue), num: true }, { text: formatGrouped(level.floor), num: true },
          { text: formatGrouped(level.cost), num: true }, { text: level.covered ? r.covered : r.short(formatGrouped(level.shortBy)), strong: !level.covered },
        ]),
      );
      parts.push(`${heading}<p class="muted">${escapeHtml(r.fundNote(fund.share, fund.firstYear, fund.lastYear))}</p>\n` +
        barChartSvg({ id: input.years.length > 1 ? `fund-${year}` : 'fund', title: r.fundChart, rows }) + table);
    }
    return parts.join('\n');
  }

  function uncomputedPart(): string {
    const status = messages(labels.lang).table.status;
    const rows: (string | HtmlCell)[][] = [];
    for (const [item, counts] of orderItems(totals.uncomputed.byItem, policy)) {
      for (const [code, count] of Object.entries(counts)) rows.push([labels.item(item), status[code] ?? code, { text: String(count ?? 0), num: true }]);
    }
    const table = rows.length
      ? htmlTable([r.head.item, r.head.status, { text: r.head.count, num: true }], [...rows, [{ text: r.head.total, strong: true }, '', { text: String(totals.uncomputed.count), num: true, strong: true }]])
      : `<p>${escapeHtml(messages(labels.lang).table.allComputed)}</p>`;
    const note = rows.length ? `<p class="muted">${escapeHtml(messages(labels.lang).table.uncomputedNote)}</p>` : '';
    const { bounds } = totals;
    const boundsPart = bounds.ranged === 0 ? '' : `<h3>${escapeHtml(r.boundsTitle)}</h3>\n<p>${escapeHtml(r.bounds)}${r.colon}${escapeHtml(r.boundsValue(formatGrouped(bounds.low), bounds.high === null ? null : formatGrouped(bounds.high)))} ${escapeHtml(r.yuan)}</p>\n<p class="muted">${escapeHtml(r.boundsNote)}</p>`;
    return table + note + boundsPart;
  }
}
