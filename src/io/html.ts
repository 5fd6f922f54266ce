// The pieces every self-contained HTML page of rencai shares (the window's notice, the budget report):
// escaping, and one page shell with inline CSS and an A4 print stylesheet. No script, nothing fetched,
// so a page opens offline on any office computer and prints as it shows.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for an element's content or an attribute value: markup in a value can never become markup. */
export function escapeHtml(value: string): string {
  // Control characters other than tab and line feed would reach the printed page as boxes or vanish.
  return value
    .replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface HtmlPage {
  /** The document's language: 'zh-CN' or 'en'. */
  lang: string;
  title: string;
  /** Page-specific CSS, added after the shared rules. */
  css?: string;
  /** The body's markup, already escaped where it holds values. */
  body: string;
}

const BASE_CSS = `
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","SimSun",sans-serif;
  color:#111;margin:0 auto;max-width:190mm;padding:12mm 10mm;line-height:1.5;font-size:11pt}
h1{font-size:18pt;margin:0 0 4mm}
h2{font-size:13pt;margin:6mm 0 2mm;border-bottom:1px solid #999;padding-bottom:1mm}
table{border-collapse:collapse;width:100%;margin:2mm 0}
th,td{border:1px solid #999;padding:1mm 2mm;vertical-align:top;text-align:left}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#555}
section{break-inside:avoid-page}
@page{size:A4;margin:15mm}
@media print{body{max-width:none;padding:0}section.page{break-before:page}}
`;

/** One whole document: doctype, charset, inline CSS, the body. */
export function htmlPage(page: HtmlPage): string {
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(page.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(page.title)}</title>\n<style>${BASE_CSS}${page.css ?? ''}</style>\n</head>\n` +
    `<body>\n${page.body}\n</body>\n</html>\n`
  );
}

/** A table cell: text (escaped here), right-aligned as a number, or bold (a total, a subtotal). */
export interface HtmlCell {
  text: string;
  num?: boolean;
  strong?: boolean;
}

const cellOf = (cell: string | HtmlCell): HtmlCell => (typeof cell === 'string' ? { text: cell } : cell);

function cellHtml(tag: 'th' | 'td', cell: string | HtmlCell): string {
  const { text, num, strong } = cellOf(cell);
  const classes = [num ? 'num' : '', strong ? 'strong' : ''].filter(Boolean).join(' ');
  return `<${tag}${classes ? ` class="${classes}"` : ''}>${escapeHtml(text)}</${tag}>`;
}

/** A table with a head row and body rows; every cell's text is escaped. */
export function htmlTable(head: readonly (string | HtmlCell)[], rows: readonly (readonly (string | HtmlCell)[])[], caption?: string): string {
  return (
    `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}\n` +
    `<thead><tr>${head.map((cell) => cellHtml('th', cell)).join('')}</tr></thead>\n<tbody>\n` +
    rows.map((row) => `<tr>${row.map((cell) => cellHtml('td', cell)).join('')}</tr>`).join('\n') +
    '\n</tbody></table>'
  );
}
