// One person's result as a document for the window: every entitlement with amount, months, clause
// and payer; the allowance lines considered and which won; non-money rights; near misses; readings
// applied; and the facts given. Rendered as plain text (terminal, .txt 告知单) or Markdown (.md).
// It prints what the engine computed and never computes an amount itself.
import { formatFen, type Fen } from '../base/money.js';
import type { ItemResult, Person, PersonResult } from '../engine/types.js';
import { createLabels, type Labels } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { renderReading } from '../i18n/reasons.js';
import type { Policy } from '../policy/types.js';
import type { ContractKey } from '../roster/columns.js';
import { formatMonth } from '../base/months.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { codeLabel } from '../i18n/code-labels.js';
import { questionLabel } from './answer-text.js';
import type { Answers } from './relevance.js';
import { checkMessages } from './messages.js';
import { nearMisses } from './near-misses.js';
import { oneLine } from '../io/safe-text.js';

export type ReportStyle = 'text' | 'markdown';

interface Section {
  heading: string;
  /** Each entry: a headline and its indented detail lines. */
  entries: { headline: string; details: string[] }[];
}

export interface Report {
  title: string;
  lines: string[];
  sections: Section[];
  footer: string | null;
}

export interface ReportInput {
  person: Person;
  result: PersonResult;
  year: number;
  policy: Policy;
  lang: Lang;
  /** The facts as given (answers object), listed at the end of a notice. */
  answers?: Answers;
  /** The print date for a notice's footer ("2014-05-06"); none on the terminal. */
  printedOn?: string;
}

function itemHeadline(item: ItemResult, labels: Labels, lang: Lang): string {
  const m = checkMessages(lang);
  const money = (fen: Fen | null) => (fen === null ? null : formatFen(fen));
  let amount: string;
  if (item.status === 'rate_missing') amount = m.rateMissing;
  else if (item.status === 'employer_set') amount = m.employerSet;
  else if (item.kind === 'one_off') {
    const range = item.range ? m.rangeText(formatFen(item.range.low), money(item.range.high)) : null;
    amount = item.amount === null ? m.oneOffUndecided(range) : m.oneOff(formatFen(item.amount));
  } else if (item.kind === 'annual') amount = m.annual(money(item.amount));
  else amount = m.monthly(money(item.monthly), item.months, money(item.amount));
  const headline = m.labelled(m.withClause(labels.item(item.item), item.clause), amount);
  // Revenue forgone is no outlay: said on the item itself, not only in a total further down.
  return item.category === 'tax' ? m.withClause(headline, m.taxNote) : headline;
}

function itemDetails(item: ItemResult, labels: Labels, policy: Policy, lang: Lang): string[] {
  const m = checkMessages(lang);
  const details: string[] = [];
  const payers = item.payers.map((part) => m.payerAmount(labels.payer(part.payer), part.amount === null ? null : formatFen(part.amount)));
  if (payers.length > 0) details.push(m.labelled(m.payers, payers.join(lang === 'zh' ? '；' : '; ')));
  if (item.candidates && item.candidates.length > 0) {
    details.push(m.candidates);
    for (const candidate of item.candidates) {
      const label = policy.lineLabels.get(candidate.line)?.[lang] ?? candidate.line;
      details.push(`  ${candidate.chosen ? '✓' : '·'} ${m.labelled(label, formatFen(candidate.monthly))}${candidate.chosen ? ` ${m.chosenMark}` : ''}`);
    }
  }
  for (const reason of item.reasons) details.push(labels.reason(reason));
  return details;
}

/** Claim columns whose codes come from another field's vocabulary. */
const CODE_FIELD_OF: Partial<Record<ContractKey, CodeField>> = { project_level: 'employer_level', project_county: 'county', new_honors: 'honors', sci_award: 'sci_award' };

/** A validated fact of the person (or of its claims), as printed on the notice. */
function factText(key: ContractKey, person: Person, answers: Answers, lang: Lang): string {
  const m = checkMessages(lang);
  const value: unknown = key in person ? person[key as keyof Person] : (person.claims as Record<string, unknown> | undefined)?.[key];
  if (value === null || value === undefined) {
    // A column the roster checks but the person does not keep (科技进步奖级别): as given.
    const given = answers[key];
    const field = CODE_FIELD_OF[key] ?? (key as CodeField);
    const code = typeof given === 'string' ? loadVocabulary().lookup(field, given) : null;
    return code === null ? '—' : codeLabel(field, code, lang);
  }
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (Array.isArray(value)) return value.map((code) => codeLabel('honors', String(code), lang)).join(lang === 'zh' ? '、' : '; ') || m.none;
  if (key === 'start' || key === 'end' || key === 'grant_month') return formatMonth(value as number);
  if (key === 'base_salary') return formatFen(value as Fen);
  if (typeof value === 'object' && value !== null && 'amount' in value) {
    const amount = (value as { amount: Fen | null }).amount;
    return amount === null ? m.amountUndecided : m.yuan(formatFen(amount));
  }
  if (typeof value === 'object' && value !== null && 'text' in value) return String((value as { text: string }).text);
  if (key === 'id' || key === 'name' || typeof value === 'number') return String(value);
  return codeLabel(CODE_FIELD_OF[key] ?? (key as CodeField), String(value), lang);
}

export function buildReport(input: ReportInput): Report {
  const { person, result, year, policy, lang } = input;
  const m = checkMessages(lang);
  const labels = createLabels(policy, lang);
  const tierLabel = result.tier === null ? null : policy.tiers.find((entry) => entry.tier === result.tier)?.label[lang] ?? null;
  const sections: Section[] = [];

  const items = result.items.map((item) => ({ headline: itemHeadline(item, labels, lang), details: itemDetails(item, labels, policy, lang) }));
  const uncomputed = result.items.some((item) => item.amount === null);
  sections.push({
    heading: m.entitlements,
    entries: [
      ...(items.length === 0 ? [{ headline: m.noEntitlements, details: [] }] : items),
      { headline: m.total(formatFen(result.total)), details: uncomputed ? [m.uncomputedNote] : [] },
      ...(result.taxTotal === undefined ? [] : [{ headline: m.taxTotal(formatFen(result.taxTotal)), details: [] }]),
    ],
  });

  const rights = (result.rights ?? []).map((right) => ({ right, definition: policy.rights.find((entry) => entry.id === right.id) }));
  if (rights.length > 0) {
    sections.push({
      heading: m.rights,
      entries: rights.map(({ right, definition }) => ({
        headline: m.withClause(definition?.label[lang] ?? right.id, right.clause),
        details: definition ? [definition.description[lang]] : [],
      })),
    });
  }

  const declined = result.declined ?? [];
  if (declined.length > 0) {
    sections.push({
      heading: m.declined,
      entries: declined.map((claim) => ({
        headline: m.withClause(labels.item(claim.item), claim.clause),
        details: claim.reasons.map((reason) => labels.reason(reason)),
      })),
    });
  }

  const misses = nearMisses(person, result, year, policy, lang);
  if (misses.length > 0) sections.push({ heading: m.nearMisses, entries: misses.map((miss) => ({ headline: miss.text, details: [] })) });

  const readingIds = [...new Set([...result.items.flatMap((item) => item.readings), ...declined.flatMap((claim) => claim.readings), ...rights.flatMap(({ definition }) => (definition?.reading ? [definition.reading] : []))])];
  if (readingIds.length > 0) {
    sections.push({ heading: m.readings, entries: readingIds.map((id) => ({ headline: renderReading(id, lang, policy), details: [] })) });
  }

  if (input.answers) {
    const keys = Object.keys(input.answers) as ContractKey[];
    sections.push({
      heading: m.facts,
      entries: keys.map((key) => ({ headline: m.labelled(questionLabel(key, lang), factText(key, person, input.answers ?? {}, lang)), details: [] })),
    });
  }

  return {
    title: m.noticeTitle(policy.label[lang], year),
    lines: [m.basis(policy.label[lang], policy.edition), m.person(result.name, result.id), m.tier(result.tier, tierLabel)],
    sections: sections.map((section, index) => ({ ...section, heading: `${m.sectionNumber(index)}${section.heading}` })),
    footer: input.printedOn ? m.footer(input.printedOn, policy.label[lang]) : null,
  };
}

/** Markdown special characters in running text, escaped so a name cannot become markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The report with every piece made one inert line (src/io/safe-text.ts): a value with a line break
 * cannot start a line of its own (a heading, a list item, an ordered list) and no control character
 * reaches a terminal or a printed notice.
 */
function safeReport(report: Report): Report {
  const keepIndent = (text: string) => {
    const indent = /^ */.exec(text)?.[0] ?? '';
    return indent + oneLine(text.slice(indent.length));
  };
  return {
    title: oneLine(report.title),
    lines: report.lines.map(oneLine),
    sections: report.sections.map((section) => ({
      heading: oneLine(section.heading),
      entries: section.entries.map((entry) => ({ headline: oneLine(entry.headline), details: entry.details.map(keepIndent) })),
    })),
    footer: report.footer === null ? null : oneLine(report.footer),
  };
}

export function renderReport(unsafe: Report, style: ReportStyle): string {
  const report = safeReport(unsafe);
  const out: string[] = [];
  if (style === 'markdown') {
    const e = escapeMarkdown;
    out.push(`# ${e(report.title)}`, '');
    for (const line of report.lines) out.push(`${e(line)}  `);
    for (const section of report.sections) {
      out.push('', `## ${e(section.heading)}`, '');
      for (const entry of section.entries) {
        out.push(`- ${e(entry.headline)}`);
        for (const detail of entry.details) out.push(`${detail.startsWith('  ') ? '    ' : '  '}- ${e(detail.trim())}`);
      }
    }
    if (report.footer) out.push('', '---', '', e(report.footer));
  } else {
    out.push(report.title, '='.repeat(Math.min(60, report.title.length * 2)));
    out.push(...report.lines);
    for (const section of report.sections) {
      out.push('', section.heading);
      for (const entry of section.entries) {
        out.push(`  ${entry.headline}`);
        for (const detail of entry.details) out.push(`      ${detail}`);
      }
    }
    if (report.footer) out.push('', report.footer);
  }
  return `${out.join('\n')}\n`;
}
