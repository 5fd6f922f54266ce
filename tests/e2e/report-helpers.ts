// Reads a report page the way a browser would (parse5, the HTML standard's parser) into a small
// tree the report tests can walk: elements with their attributes, and the text inside them.
import { parse } from 'parse5';

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
}

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function convert(node: Parse5Node): Element | string | null {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName.startsWith('#') && node.nodeName !== '#document') return null;
  const attrs: Record<string, string> = {};
  for (const attr of node.attrs ?? []) attrs[attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name] = attr.value;
  const children = (node.childNodes ?? []).map(convert).filter((child): child is Element | string => child !== null);
  return { tag: node.tagName ?? node.nodeName, attrs, children };
}

/** The document, and every parse error the standard's parser reports. */
export function parseReport(html: string): { root: Element; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at line ${error.startLine}`) }) as unknown as Parse5Node;
  return { root: convert(document) as Element, errors };
}

/** Every element under root (root included) with the tag, or every element. */
export function elements(root: Element, tag?: string): Element[] {
  const found: Element[] = [];
  const walk = (element: Element) => {
    if (tag === undefined || element.tag === tag) found.push(element);
    for (const child of element.children) if (typeof child !== 'string') walk(child);
  };
  walk(root);
  return found;
}

/** The text of an element, as its characters (entities decoded). */
export function htmlText(element: Element): string {
  return element.children.map((child) => (typeof child === 'string' ? child : htmlText(child))).join('');
}

/** The bars (g.bar) of the chart data-chart=id. */
export function charts(root: Element, id: string): Element[] {
  const svg = elements(root, 'svg').filter((element) => element.attrs['data-chart'] === id);
  if (svg.length !== 1) throw new Error(`expected one chart ${id}, found ${svg.length}`);
  return elements(svg[0]!, 'g').filter((element) => element.attrs.class === 'bar');
}

/** A bar's printed amount ("1,573,000.00（157.30万元）") → fen, from the exact part. */
export function labelledFen(bar: Element): number {
  const value = elements(bar, 'text').find((element) => element.attrs.class === 'value');
  const match = value ? /^([\d,]+)\.(\d{2})/.exec(htmlText(value)) : null;
  if (!match) throw new Error(`bar without an amount: ${value ? htmlText(value) : ''}`);
  return Number(match[1]!.replace(/,/g, '')) * 100 + Number(match[2]);
}
