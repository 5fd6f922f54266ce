// Horizontal bar charts as inline SVG, drawn when the page is built: no script, no library, nothing
// fetched, so the picture is in the file and prints as it shows. A chart is rows; a row has a label
// and one or more bars (a year each, or floor and cost); a bar may be split into coloured segments.
// Lengths come from the integer amounts (fen); every printed figure is the caller's exact text.
// Each bar and segment carries its amount in data-fen, so a test can add up what is drawn.
import { escapeHtml } from './html.js';

export interface Segment {
  /** Amount in fen (drawn length). */
  fen: number;
  color: string;
  /** Shown on hover and read by screen readers: what the segment is and its exact amount. */
  title: string;
  /** The legend key the segment belongs to (an item code). */
  key?: string;
}

export interface Bar {
  fen: number;
  /** The exact amount as printed at the bar's end. */
  text: string;
  /** A bar's own name within its row ("2014", "下限"); empty for a row of one bar. */
  name?: string;
  color?: string;
  /** Draw as an outline (a floor, a bound) rather than filled. */
  outline?: boolean;
  /** Stacked parts; their fen sum to the bar's. */
  segments?: readonly Segment[];
}

export interface BarRow {
  label: string;
  /** Printed after the label in grey: a note such as "缺口 1,000.00". */
  note?: string;
  bars: readonly Bar[];
}

export interface LegendEntry {
  color: string;
  label: string;
}

export interface BarChart {
  /** Names the chart for tests and styles (data-chart). */
  id: string;
  /** Read by screen readers (aria-label). */
  title: string;
  rows: readonly BarRow[];
  legend?: readonly LegendEntry[];
  /** Width in CSS pixels; 680 fits A4 portrait inside 15 mm margins. */
  width?: number;
}

const FONT = 12;
const LABEL_LINE = 18;
const BAR = 14;
const BAR_GAP = 4;
const ROW_GAP = 8;
const LEGEND_LINE = 18;
const DEFAULT_COLOR = '#4e79a7';

/** A width estimate of text in pixels: CJK and full-width characters about 1em, the rest about 0.6em. */
export function textWidth(text: string, fontSize = FONT): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/u.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

const px = (value: number) => String(Math.round(value * 100) / 100); // not money: an SVG coordinate; labels print the exact fen

/** Bar length in pixels for an amount: proportional to the largest, never negative, a visible sliver at least. */
function length(fen: number, max: number, area: number): number {
  if (max <= 0 || fen <= 0) return 0;
  return Math.max(1, (fen / max) * area);
}

export function barChartSvg(chart: BarChart): string {
  const width = chart.width ?? 680;
  const bars = chart.rows.flatMap((row) => row.bars);
  const max = Math.max(0, ...bars.map((bar) => bar.fen));
  const nameWidth = Math.max(0, ...bars.map((bar) => (bar.name ? textWidth(bar.name) + 8 : 0)));
  const valueWidth = Math.max(0, ...bars.map((bar) => textWidth(bar.text))) + 8;
  const area = Math.max(40, width - nameWidth - valueWidth);
  const parts: string[] = [];
  let y = 0;
  for (const row of chart.rows) {
    y += LABEL_LINE;
    const note = row.note ? `<tspan class="note" dx="8">${escapeHtml(row.note)}</tspan>` : '';
    parts.push(`<text class="label" x="0" y="${px(y - 5)}">${escapeHtml(row.label)}${note}</text>`);
    for (const bar of row.bars) {
      parts.push(barSvg(bar, y, nameWidth, area, max));
      y += BAR + BAR_GAP;
    }
    y += ROW_GAP - BAR_GAP;
  }
  if (chart.legend?.length) y = legendSvg(chart.legend, y + 4, width, parts);
  const height = Math.max(1, Math.ceil(y));
  return (
    `<svg class="chart" data-chart="${escapeHtml(chart.id)}" role="img" aria-label="${escapeHtml(chart.title)}" ` +
    `xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${FONT}">\n` +
    `${parts.join('\n')}\n</svg>`
  );
}

function barSvg(bar: Bar, y: number, nameWidth: number, area: number, max: number): string {
  const color = bar.color ?? DEFAULT_COLOR;
  const full = length(bar.fen, max, area);
  let shapes = '';
  if (bar.segments?.length) {
    let x = nameWidth;
    for (const segment of bar.segments) {
      // Each segment's share of the whole bar, so that the slivers' minimum does not lengthen it.
      const w = bar.fen > 0 ? (segment.fen / bar.fen) * full : 0;
      shapes += `<rect data-fen="${segment.fen}"${segment.key ? ` data-key="${escapeHtml(segment.key)}"` : ''} x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${BAR}" fill="${escapeHtml(segment.color)}"><title>${escapeHtml(segment.title)}</title></rect>`;
      x += w;
    }
  } else if (bar.outline) {
    shapes = `<rect x="${px(nameWidth + 0.75)}" y="${px(y + 0.75)}" width="${px(Math.max(0, full - 1.5))}" height="${BAR - 1.5}" fill="none" stroke="${escapeHtml(color)}" stroke-width="1.5" stroke-dasharray="4 2"/>`;
  } else {
    shapes = `<rect x="${px(nameWidth)}" y="${px(y)}" width="${px(full)}" height="${BAR}" fill="${escapeHtml(color)}"/>`;
  }
  const name = bar.name ? `<text class="name" x="0" y="${px(y + BAR - 3)}">${escapeHtml(bar.name)}</text>` : '';
  // The amount just after the bar's end: the area leaves room for the longest.
  const value = `<text class="value" x="${px(nameWidth + full + 6)}" y="${px(y + BAR - 3)}">${escapeHtml(bar.text)}</text>`;
  return `<g class="bar" data-fen="${bar.fen}">${name}${shapes}${value}</g>`;
}

/** Swatches and labels, wrapped into lines across the width; returns the y below them. */
function legendSvg(legend: readonly LegendEntry[], top: number, width: number, parts: string[]): number {
  let x = 0;
  let y = top;
  const out: string[] = [];
  for (const entry of legend) {
    const w = 16 + textWidth(entry.label) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LEGEND_LINE;
    }
    out.push(`<rect x="${px(x)}" y="${px(y + 3)}" width="11" height="11" fill="${escapeHtml(entry.color)}"/><text x="${px(x + 16)}" y="${px(y + 13)}">${escapeHtml(entry.label)}</text>`);
    x += w;
  }
  parts.push(`<g class="legend">${out.join('')}</g>`);
  return y + LEGEND_LINE;
}
