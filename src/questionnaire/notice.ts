// The printable 告知单 a person takes home, in the format its file name asks for: a self-contained web
// page for .html/.htm (src/io/html.ts: inline CSS, A4 print stylesheet, no script, nothing fetched,
// every value escaped), Markdown for .md/.markdown, plain text otherwise — the same content in each.
// Written whole or not at all (the output sink's temporary name, renamed when done).
import { extname } from 'node:path';
import { fileSink } from '../io/sink.js';
import { escapeHtml, htmlPage } from '../io/html.js';
import { oneLine } from '../io/safe-text.js';
import type { Lang } from '../i18n/lang.js';
import type { Notice } from './notice-model.js';

export type NoticeStyle = 'html' | 'markdown' | 'text';

export function noticeStyle(path: string): NoticeStyle {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  return extension === '.md' || extension === '.markdown' ? 'markdown' : 'text';
}

/** Markdown special characters in running text, escaped so a value cannot become markup. */
function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/([\\`*_[\]<>#|~!])/g, '\\$1');
}

/** A colon, a list separator and a line to write on, in the language's own punctuation. */
const separators = (lang: Lang) =>
  lang === 'zh' ? { colon: '：', list: '；', line: '＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿' } : { colon: ': ', list: '; ', line: '________________________________' };

/** A signature line that ends in its label's colon is followed by a blank to sign or stamp on. */
const signsHere = (line: string) => line.endsWith('：') || line.endsWith(':');

const NOTICE_CSS = `
.heading p{margin:0}
ol.entries{padding-left:6mm;margin:1mm 0}
ol.entries li{margin:0 0 2mm}
.headline{font-weight:bold}
.details{margin:0;padding-left:0;list-style:none}
.details li{margin:0}
.note{margin:1mm 0 0}
table.service th{width:30mm;background:#f3f3f3}
.blank{display:inline-block;min-width:80mm;border-bottom:1px solid #333;height:1.2em}
.signature{margin-top:10mm;display:flex;flex-wrap:wrap;gap:6mm 14mm}
.signature p{margin:0;min-width:70mm}
.signature .blank{min-width:45mm}
.footer{margin-top:8mm;font-size:9pt}
@media print{a{color:inherit;text-decoration:none}}
`;

function renderHtml(notice: Notice, lang: Lang): string {
  const e = escapeHtml;
  const body: string[] = [`<h1>${e(notice.title)}</h1>`, '<div class="heading">', ...notice.heading.map((line) => `<p>${e(line)}</p>`), '</div>'];
  notice.sections.forEach((section, index) => {
    body.push('<section>', `<h2>${index + 1}. ${e(section.heading)}</h2>`, ...(section.intro ? [`<p class="note">${e(section.intro)}</p>`] : []), '<ol class="entries">');
    for (const entry of section.entries) {
      const details = entry.details.length ? `<ul class="details">${entry.details.map((detail) => `<li>${e(detail)}</li>`).join('')}</ul>` : '';
      body.push(`<li><span class="headline">${e(entry.headline)}</span>${details}</li>`);
    }
    body.push('</ol>', ...(section.note ? [`<p class="note">${e(section.note)}</p>`] : []), '</section>');
  });
  const { service } = notice;
  const cell = (value: string) => (value === '' ? '<span class="blank"></span>' : e(value));
  const documents = service.documents.length ? service.documents.map((document) => e(document)).join('<br>') : '<span class="blank"></span><br><span class="blank"></span>';
  body.push(
    '<section>', `<h2>${notice.sections.length + 1}. ${e(service.heading)}</h2>`, '<table class="service">',
    ...service.rows.map((row) => `<tr><th>${e(row.label)}</th><td>${cell(row.value)}</td></tr>`),
    `<tr><th>${e(service.documentsLabel)}</th><td>${documents}</td></tr>`, '</table>', `<p>${e(service.bring)}</p>`, '</section>',
    '<div class="signature">', ...notice.signature.map((line) => `<p>${e(line)}${signsHere(line) ? '<span class="blank"></span>' : ''}</p>`), '</div>',
    `<p class="footer muted">${e(notice.footer)}</p>`,
  );
  return htmlPage({ lang: lang === 'zh' ? 'zh-CN' : 'en', title: notice.title, css: NOTICE_CSS, body: body.join('\n') });
}

function renderMarkdown(notice: Notice, lang: Lang): string {
  const e = escapeMarkdown;
  const { colon, list } = separators(lang);
  const BLANK = e(separators(lang).line);
  const out: string[] = [`# ${e(notice.title)}`, '', ...notice.heading.map((line) => `${e(line)}  `)];
  notice.sections.forEach((section, index) => {
    out.push('', `## ${index + 1}. ${e(section.heading)}`, '', ...(section.intro ? [e(section.intro), ''] : []));
    section.entries.forEach((entry, number) => {
      out.push(`${number + 1}. **${e(entry.headline)}**`);
      for (const detail of entry.details) out.push(`   - ${e(detail)}`);
    });
    if (section.note) out.push('', e(section.note));
  });
  const { service } = notice;
  out.push('', `## ${notice.sections.length + 1}. ${e(service.heading)}`, '');
  for (const row of service.rows) out.push(`- ${e(row.label)}${colon}${row.value === '' ? BLANK : e(row.value)}`);
  out.push(`- ${e(service.documentsLabel)}${colon}${service.documents.length ? service.documents.map(e).join(list) : BLANK}`, '', e(service.bring), '');
  for (const line of notice.signature) out.push(`${e(line)}${signsHere(line) ? BLANK : ''}  `);
  out.push('', '---', '', e(notice.footer));
  return `${out.join('\n')}\n`;
}

function renderText(notice: Notice, lang: Lang): string {
  const t = oneLine;
  const { colon, list, line: BLANK } = separators(lang);
  const out: string[] = [t(notice.title), '', ...notice.heading.map(t)];
  notice.sections.forEach((section, index) => {
    out.push('', `${index + 1}. ${t(section.heading)}`, ...(section.intro ? [`  ${t(section.intro)}`] : []));
    section.entries.forEach((entry, number) => {
      out.push(`  (${number + 1}) ${t(entry.headline)}`);
      for (const detail of entry.details) out.push(`      ${t(detail)}`);
    });
    if (section.note) out.push(`  ${t(section.note)}`);
  });
  const { service } = notice;
  out.push('', `${notice.sections.length + 1}. ${t(service.heading)}`);
  for (const row of service.rows) out.push(`  ${t(row.label)}${colon}${row.value === '' ? BLANK : t(row.value)}`);
  out.push(`  ${t(service.documentsLabel)}${colon}${service.documents.length ? service.documents.map(t).join(list) : BLANK}`, `  ${t(service.bring)}`, '');
  for (const line of notice.signature) out.push(`${t(line)}${signsHere(line) ? BLANK : ''}`);
  out.push('', t(notice.footer));
  return `${out.join('\n')}\n`;
}

export function renderNotice(notice: Notice, style: NoticeStyle, lang: Lang): string {
  if (style === 'html') return renderHtml(notice, lang);
  return style === 'markdown' ? renderMarkdown(notice, lang) : renderText(notice, lang);
}

export async function writeNotice(path: string, notice: Notice, lang: Lang, describe: (path: string, reason: string) => string): Promise<void> {
  const sink = await fileSink(path, describe);
  try {
    await sink.write(renderNotice(notice, noticeStyle(path), lang));
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
