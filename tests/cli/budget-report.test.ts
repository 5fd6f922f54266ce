// The budget report's renderer on roll-ups built here: markup in a county or item name stays text,
// years side by side add up to each year's roll-up, and the charts are drawn from the fen.
import { describe, expect, it } from 'vitest';
import { Rollup, type ComputedResult } from '../../src/budget/rollup.js';
import { renderBudgetReport, type ReportYear } from '../../src/cli/output/budget-report.js';
import { createBudgetHtmlFormatter, reportDate } from '../../src/cli/output/budget-html.js';
import { addFen } from '../../src/base/money.js';
import type { ItemResult } from '../../src/engine/types.js';
import { createLabels, type Labels } from '../../src/i18n/labels.js';
import { policy } from '../engine/helpers.js';
import { fen, fenMap } from '../fen.js';
import { charts, elements, htmlText, labelledFen, parseReport } from '../e2e/report-helpers.js';

function item(code: string, parts: Record<string, number>): ItemResult {
  const payers = Object.entries(parts).map(([payer, amount]) => ({ payer, amount: fen(amount) }));
  const amount = payers.reduce((sum, part) => addFen(sum, part.amount), fen(0));
  return { item: code, clause: '§17', kind: 'monthly', status: 'computed', monthly: null, months: null, amount, payers, reasons: [], readings: [] };
}

function result(items: ItemResult[]): ComputedResult {
  return { items, total: items.reduce((sum, entry) => addFen(sum, entry.amount ?? fen(0)), fen(0)) };
}

function render(years: ReportYear[], labels: Labels = createLabels(policy, 'zh'), totals = years[0]!.totals): string {
  return renderBudgetReport({ policy, labels, years, totals, rejected: [], column: (key) => key, command: 'rencai budget', date: '2014-12-01' });
}

const fenOf = (element: { attrs: Record<string, string> }) => Number(element.attrs['data-fen']);

describe('the budget report renderer', () => {
  it('keeps markup in a county or item name as text: no element is made of it', () => {
    const rollup = new Rollup({ byCountyItem: true });
    // 1,000.00 × 12 = 12,000.00 from Zhongshan.
    rollup.add({ id: 'P1', county: 'zhongshan' }, result([item('talent_allowance', { 'county:zhongshan': 1_200_000 })]));
    const plain = createLabels(policy, 'zh');
    const hostile: Labels = {
      ...plain,
      item: () => '<script>alert("item")</script>',
      county: () => '<img src=x onerror=alert(1)>&amp;',
      payer: () => '"><svg onload=alert(1)>',
    };
    const page = parseReport(render([{ year: 2014, totals: rollup.totals() }], hostile));
    expect(page.errors).toEqual([]);
    expect(elements(page.root, 'script')).toEqual([]);
    expect(elements(page.root, 'img')).toEqual([]);
    for (const svg of elements(page.root, 'svg')) expect(svg.attrs.onload).toBeUndefined();
    const text = htmlText(page.root);
    expect(text).toContain('<script>alert("item")</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>&amp;');
  });

  it('with a year range, sets the years side by side per payer: each year\'s bars sum to that year\'s total', () => {
    const years: ReportYear[] = [];
    const all = new Rollup({ byCountyItem: true });
    // 2014: city 10,000.00 + Zhongshan 12,000.00; 2015: city 30,000.00; 2016: employer 500.50.
    const yearItems: Record<number, ItemResult[]> = {
      2014: [item('talent_allowance', { city: 1_000_000, 'county:zhongshan': 1_200_000 })],
      2015: [item('housing_purchase', { city: 3_000_000 })],
      2016: [item('talent_allowance', { employer: 50_050 })],
    };
    for (const [year, items] of Object.entries(yearItems)) {
      const rollup = new Rollup({ byCountyItem: true });
      rollup.add({ id: 'P1', county: 'zhongshan' }, result(items));
      all.add({ id: 'P1', county: 'zhongshan' }, result(items));
      years.push({ year: Number(year), totals: rollup.totals() });
    }
    const page = parseReport(render(years, createLabels(policy, 'zh'), all.totals()));
    expect(htmlText(elements(page.root, 'h1')[0]!)).toBe('人才政策预算报告（2014—2016 年度）');
    const bars = charts(page.root, 'by-year');
    // Three payers (city, Zhongshan, employer) × three years, years in order within each payer.
    expect(bars.map(fenOf)).toEqual([1_000_000, 3_000_000, 0, 1_200_000, 0, 0, 0, 0, 50_050]);
    for (const bar of bars) expect(labelledFen(bar)).toBe(fenOf(bar));
    // 22,000.00 + 30,000.00 + 500.50 = 52,500.50, the total over the years.
    expect(bars.map(fenOf).reduce((a, b) => a + b, 0)).toBe(5_250_050);
    expect(charts(page.root, 'by-payer').map(fenOf).reduce((a, b) => a + b, 0)).toBe(5_250_050);
  });

  it('draws bar lengths in proportion to the fen, the largest across the width', () => {
    const rollup = new Rollup({ byCountyItem: true });
    // City 30,000.00 and Zhongshan 10,000.00: the Zhongshan bar is a third of the city's.
    rollup.add({ id: 'P1', county: 'zhongshan' }, result([item('talent_allowance', { city: 3_000_000, 'county:zhongshan': 1_000_000 })]));
    const page = parseReport(render([{ year: 2014, totals: rollup.totals() }]));
    const widths = charts(page.root, 'by-payer').map((bar) => Number(elements(bar, 'rect')[0]!.attrs.width));
    expect(widths[1]! * 3).toBeCloseTo(widths[0]!, 1);
  });

  it('dates the page today, or on SOURCE_DATE_EPOCH\'s day for a reproducible file', () => {
    expect(reportDate({ SOURCE_DATE_EPOCH: '1417392000' })).toBe('2014-12-01');
    expect(reportDate({}, new Date(2015, 0, 9))).toBe('2015-01-09');
  });

  it('the formatter takes a range of years as the multi-year runs hand it (years, byYear): the years chart, and the sum\'s county split from the years\'', () => {
    const labels = createLabels(policy, 'zh');
    const formatter = createBudgetHtmlFormatter({ policy, year: 2014, labels, passthrough: [] }, { command: 'rencai budget', column: (key) => key, date: '2014-12-01' });
    const byYear = [2014, 2015].map((year) => {
      const rollup = new Rollup({ byCountyItem: true });
      // Each year: Liuzhi allowance 1,000.00 × 12 = 12,000.00, in 2015 also a 180,000.00 purchase.
      rollup.add({ id: 'P1', county: 'liuzhi' }, result([
        item('talent_allowance', { 'county:liuzhi': 1_200_000 }),
        ...(year === 2015 ? [item('housing_purchase', { city: 18_000_000 })] : []),
      ]));
      return rollup.totals();
    });
    // The sum over the range as a multi-year run gives it: without the county split.
    const sum = { ...byYear[1]!, total: fen(20_400_000), byCountyItem: undefined, byPayer: fenMap([['county:liuzhi', 2_400_000], ['city', 18_000_000]]), byCounty: fenMap([['liuzhi', 20_400_000]]) };
    const page = parseReport(formatter.end([], sum, { years: [2014, 2015], byYear }));
    expect(htmlText(elements(page.root, 'h1')[0]!)).toBe('人才政策预算报告（2014—2015 年度）');
    expect(charts(page.root, 'by-year').map(fenOf)).toEqual([0, 18_000_000, 1_200_000, 1_200_000]);
    const [liuzhi] = charts(page.root, 'by-county');
    // 12,000.00 + 12,000.00 allowance and the 180,000.00 purchase, summing to the county's 204,000.00.
    expect(elements(liuzhi!, 'rect').filter((rect) => rect.attrs['data-key']).map((rect) => [rect.attrs['data-key'], fenOf(rect)])).toEqual([
      ['housing_purchase', 18_000_000], ['talent_allowance', 2_400_000],
    ]);
  });

  it('shows the declined claims beside the rejected rows: none declined says 0, three declined says 3 (#14)', () => {
    const labels = createLabels(policy, 'zh');
    const formatter = createBudgetHtmlFormatter({ policy, year: 2014, labels, passthrough: [] }, { command: 'rencai roster', column: (key) => key, date: '2014-12-01' });
    const rollup = new Rollup({ byCountyItem: true });
    rollup.add({ id: 'P1', county: null }, result([item('talent_allowance', { city: 600_000 })]));
    const rejected = [{ row: 7, id: 'P006', errors: [{ column: 'education', message: '学历“硕博”不是可用的代码' }] }];
    const without = htmlText(parseReport(formatter.end(rejected, rollup.totals())).root);
    expect(without).toContain('被拒绝的行：1 行');
    expect(without).toContain('被拒绝的行：1 行；未予支持的申请：0 项');
    const withDeclined = htmlText(parseReport(formatter.end(rejected, { ...rollup.totals(), declined: 3 } as ReturnType<Rollup['totals']>)).root);
    expect(withDeclined).toContain('被拒绝的行：1 行；未予支持的申请：3 项');
    expect(withDeclined).toContain('学历“硕博”不是可用的代码');
  });
});
