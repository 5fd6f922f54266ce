// The budget report (--output *.html, --format html) end to end: the page parses as HTML, holds no
// script and fetches nothing, every chart's drawn and labelled amounts agree with the JSON roll-up
// of the same run to the fen, and text from a roster cannot become markup.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, fen, rencai, requireBuild, sumYuan } from './helpers.js';
import { charts, elements, htmlText, labelledFen, parseReport, type Element } from './report-helpers.js';

beforeAll(requireBuild);

const UNITS = 'data/examples/units.csv';
const dir = mkdtempSync(join(tmpdir(), 'rencai-report-'));
const env = { SOURCE_DATE_EPOCH: '1417392000' }; // 2014-12-01

interface RollupJson {
  byPayer: Record<string, string>; byItem: Record<string, string>; byCounty: Record<string, string>; total: string;
  tax: { total: string }; uncomputed: { count: number };
  bounds: { low: string; high: string | null };
  fund?: { levels: { payer: string; floor: string; cost: string; covered: boolean; shortBy: string }[] };
}

function budget(args: string[], name: string): { html: string; rollup: RollupJson; status: number | null; stderr: string } {
  const file = join(dir, name);
  const run = rencai(['budget', ...args, '--output', file], { env });
  const json = rencai(['budget', ...args, '--format', 'json'], { env });
  return { html: readFileSync(file, 'utf8'), rollup: (JSON.parse(json.stdout) as { rollup: RollupJson }).rollup, status: run.status, stderr: run.stderr };
}

const sorted = (values: Iterable<number>) => [...values].sort((a, b) => a - b);
const fenOf = (element: Element) => Number(element.attrs['data-fen']);

describe('rencai budget --output 预算报告.html over the example rosters of people and units (2014)', () => {
  const args = ['--people', EXAMPLE, '--units', UNITS, '--year', '2014'];
  const { html, rollup, status, stderr } = budget(args, '预算报告.html');
  const page = parseReport(html);

  it('writes the page and says on stderr what the terminal run says', () => {
    expect(status).toBe(0);
    expect(stderr).toContain('已计算 12 人、7 个单位，无被拒绝的行');
  });

  it('is well-formed HTML: parse5 reports no parse error', () => {
    expect(page.errors).toEqual([]);
    expect(elements(page.root, 'html')[0]?.attrs.lang).toBe('zh-CN');
  });

  it('holds no script and no external reference: no <script>, <link>, <iframe>, <img>, no src, href, on* or url(', () => {
    for (const tag of ['script', 'link', 'iframe', 'object', 'embed', 'img', 'image', 'use', 'base', 'form']) expect(elements(page.root, tag)).toEqual([]);
    for (const element of elements(page.root)) {
      for (const name of Object.keys(element.attrs)) {
        expect(name === 'src' || name === 'href' || name === 'xlink:href' || name.startsWith('on'), `${element.tag} ${name}`).toBe(false);
      }
      // The SVG namespace is a name, not an address that is fetched.
      for (const [name, value] of Object.entries(element.attrs)) if (name !== 'xmlns') expect(value).not.toMatch(/https?:|\/\//);
    }
    expect(html).not.toMatch(/url\(|@import/);
  });

  it('titles the page with the year, the edition and the date', () => {
    expect(htmlText(elements(page.root, 'h1')[0]!)).toBe('人才政策预算报告（2014 年度）');
    expect(htmlText(page.root)).toContain('政策版本 lps-2013 · 编制日期 2014-12-01');
  });

  it('headline figures: the cash total, tax expenditures, items not computed and the bounds, as in the JSON', () => {
    const text = htmlText(page.root);
    const grouped = groupYuan;
    expect(text).toContain(`现金支出合计${grouped(rollup.total)} 元`);
    expect(text).toContain(`税收支出（另列）${grouped(rollup.tax.total)} 元`);
    expect(text).toContain(`无法计算（不计入合计）${rollup.uncomputed.count} 项`);
    expect(text).toContain(`${grouped(rollup.bounds.low)} — ${rollup.bounds.high === null ? '无上限' : grouped(rollup.bounds.high)} 元`);
  });

  it('the payer chart draws one bar per payer of the roll-up, each labelled with its exact amount, summing to the total', () => {
    const bars = charts(page.root, 'by-payer');
    expect(bars.map(fenOf).reduce((a, b) => a + b, 0)).toBe(fen(rollup.total));
    expect(sorted(bars.map(fenOf))).toEqual(sorted(Object.values(rollup.byPayer).map(fen)));
    for (const bar of bars) expect(labelledFen(bar)).toBe(fenOf(bar));
  });

  it('the item chart agrees with the roll-up by item', () => {
    const bars = charts(page.root, 'by-item');
    expect(sorted(bars.map(fenOf))).toEqual(sorted(Object.values(rollup.byItem).map(fen)));
    expect(bars.map(labelledFen).reduce((a, b) => a + b, 0)).toBe(fen(rollup.total));
  });

  it('the county chart: a bar per county as in the roll-up, its segments by item summing to the bar, each item over counties to the item', () => {
    const bars = charts(page.root, 'by-county');
    expect(sorted(bars.map(fenOf))).toEqual(sorted(Object.values(rollup.byCounty).map(fen)));
    const byItem = new Map<string, number>();
    for (const bar of bars) {
      expect(labelledFen(bar)).toBe(fenOf(bar));
      const segments = elements(bar, 'rect').filter((rect) => rect.attrs['data-key'] !== undefined);
      expect(segments.map(fenOf).reduce((a, b) => a + b, 0)).toBe(fenOf(bar));
      for (const segment of segments) byItem.set(segment.attrs['data-key']!, (byItem.get(segment.attrs['data-key']!) ?? 0) + fenOf(segment));
    }
    expect(Object.fromEntries(byItem)).toEqual(Object.fromEntries(Object.entries(rollup.byItem).map(([item, yuan]) => [item, fen(yuan)])));
  });

  it('the table behind the payer chart prints every amount exactly, with its total', () => {
    const section = elements(page.root, 'section').find((element) => element.attrs.id === 'by-payer')!;
    const cells = elements(section, 'td').filter((cell) => cell.attrs.class?.includes('num')).map(htmlText);
    for (const yuan of Object.values(rollup.byPayer)) expect(cells).toContain(groupYuan(yuan));
    expect(cells).toContain(groupYuan(rollup.total));
  });

  it('starts the county, item and not-computed sections on a new page when printed, A4', () => {
    expect(html).toContain('@page{size:A4');
    const pages = elements(page.root, 'section').filter((element) => element.attrs.class === 'page').map((element) => element.attrs.id);
    expect(pages).toEqual(['by-county', 'by-item', 'uncomputed']);
  });
});

describe('the report with --revenue: the §22 floor set against each level', () => {
  const args = ['--people', EXAMPLE, '--units', UNITS, '--year', '2014', '--revenue', 'city=60000000,zhongshan=10000000'];
  const { html, rollup } = budget(args, 'fund.html');
  const page = parseReport(html);

  it('draws the floor and the cost of each level as the JSON fund check has them, and names the shortfall', () => {
    const bars = charts(page.root, 'fund');
    const levels = rollup.fund!.levels;
    // Two bars per level: floor, then cost. city 60,000,000 × 3% = 1,800,000.00; zhongshan 10,000,000 × 3% = 300,000.00.
    expect(bars.map(fenOf)).toEqual(levels.flatMap((level) => [fen(level.floor), fen(level.cost)]));
    expect(levels.map((level) => level.floor)).toEqual(['1800000.00', '300000.00']);
    for (const bar of bars) expect(labelledFen(bar)).toBe(fenOf(bar));
    const text = htmlText(page.root);
    for (const level of levels) expect(text).toContain(level.covered ? '已达到下限' : `缺口 ${groupYuan(level.shortBy)} 元`);
  });
});

describe('text from a roster cannot become markup in the report', () => {
  const roster = join(dir, 'markup.csv');
  const header = readFileSync(EXAMPLE, 'utf8').split('\n')[0]!;
  const columns = header.split(',').length;
  const cells = Array.from({ length: columns }, () => '');
  // A row with markup in its id and in a county cell: rejected, and its id and the cell are quoted on the page.
  cells[0] = '<img src=x onerror=alert(1)>';
  cells[header.split(',').indexOf('所在县区')] = '<script>alert(1)</script>';
  writeFileSync(roster, `${header}\n${readFileSync(EXAMPLE, 'utf8').split('\n')[1]}\n${cells.join(',')}\n`);
  const file = join(dir, 'markup.html');
  const run = rencai(['roster', roster, '--year', '2014', '--output', file], { env });
  const html = readFileSync(file, 'utf8');
  const page = parseReport(html);

  it('lists the rejected row with the markup as text: no element is made of it', () => {
    expect(run.status).toBe(1);
    expect(page.errors).toEqual([]);
    expect(elements(page.root, 'script')).toEqual([]);
    expect(elements(page.root, 'img')).toEqual([]);
    const text = htmlText(page.root);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('被拒绝的行：1 行');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('roster and units write the same report', () => {
  // The runs are made while the suite is collected, as in the other end-to-end tests: not against a test's timeout.
  const rosterFile = join(dir, 'roster.html');
  const rosterRun = rencai(['roster', EXAMPLE, '--year', '2014', '--output', rosterFile], { env });
  const rosterJson = JSON.parse(rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json']).stdout) as { rollup: RollupJson };
  const unitsRun = rencai(['units', UNITS, '--year', '2014', '--format', 'html', '--lang', 'en'], { env });
  const unitsJson = JSON.parse(rencai(['units', UNITS, '--year', '2014', '--format', 'json']).stdout) as { rollup: RollupJson };
  const detail = rencai(['budget', '--people', EXAMPLE, '--year', '2014', '--format', 'html', '--detail']);

  it('rencai roster --output x.html: the payer chart sums to the roster JSON total', () => {
    expect(rosterRun.status).toBe(0);
    const page = parseReport(readFileSync(rosterFile, 'utf8'));
    expect(charts(page.root, 'by-payer').map(fenOf).reduce((a, b) => a + b, 0)).toBe(fen(rosterJson.rollup.total));
  });

  it('rencai units --format html --lang en to stdout: English throughout, amounts as the JSON', () => {
    expect(unitsRun.status).toBe(0);
    const page = parseReport(unitsRun.stdout);
    expect(page.errors).toEqual([]);
    expect(htmlText(elements(page.root, 'h1')[0]!)).toBe('Talent policy budget report (budget year 2014)');
    expect(htmlText(elements(page.root, 'body')[0]!)).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u);
    expect(charts(page.root, 'by-item').map(fenOf).reduce((a, b) => a + b, 0)).toBe(sumYuan(Object.values(unitsJson.rollup.byItem)));
  });

  it('refuses --detail with the HTML report (exit 2): the page is the roll-up', () => {
    expect(detail.status).toBe(2);
    expect(detail.stderr).toContain('--detail');
  });
});

/** "1234567.89" → "1,234,567.89". */
function groupYuan(yuan: string): string {
  const [whole = '', cents = ''] = yuan.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
