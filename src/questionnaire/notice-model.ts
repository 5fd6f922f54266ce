// The notice (告知单) a window officer hands a person: what the person gets, in plain words; what the
// employer gets for hiring them, apart; the non-money rights; what is still undecided and what settles
// it; where and how to apply (data/service.json); a line to sign. It holds no roster or command-line
// word and computes nothing: every amount is the engine's, only worded and grouped in thousands.
import { join } from 'node:path';
import { z } from 'zod';
import type { Fen } from '../base/money.js';
import type { ItemResult, PersonResult } from '../engine/types.js';
import { createLabels, type Labels } from '../i18n/labels.js';
import { formatGrouped } from '../i18n/number.js';
import type { Lang } from '../i18n/lang.js';
import { DATA_DIR, readDataFile } from '../policy/data-dir.js';
import type { Policy } from '../policy/types.js';
import { noticeMessages, type NoticeMessages } from './notice-messages.js';

const label = z.object({ zh: z.string(), en: z.string() });
/** data/service.json (data/schemas/service.schema.json is made from it). */
export const serviceSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  office: label,
  clause: z.string().optional(),
  address: z.string(),
  telephone: z.string(),
  hours: z.string(),
  documents: z.array(label),
});

export interface NoticeEntry {
  headline: string;
  details: string[];
}

export interface Notice {
  title: string;
  /** Name, date, tier: one line each. */
  heading: string[];
  sections: { heading: string; intro?: string; entries: NoticeEntry[]; note?: string }[];
  /** Where to apply: label → value; an empty value is a blank to fill in by hand. */
  service: { heading: string; rows: { label: string; value: string }[]; documents: string[]; documentsLabel: string; bring: string };
  signature: string[];
  footer: string;
}

export interface NoticeInput {
  result: PersonResult;
  year: number;
  policy: Policy;
  lang: Lang;
  /** The day the notice is printed, "2014-05-06". */
  printedOn: string;
}

/** "§16" → "第 16 条" (zh) / "article 16" (en); other clause texts as they are. */
function clauseWords(clause: string, m: NoticeMessages): string {
  const number = /^§(\d+)$/.exec(clause)?.[1];
  return number === undefined ? clause : m.clause(number);
}

function payerWords(item: ItemResult, labels: Labels, m: NoticeMessages): string | null {
  const parts = item.payers.filter((part) => part.payer !== 'tax_forgone');
  if (parts.length === 0) return null;
  if (parts.length === 1) return m.paidBy(labels.payer(parts[0]!.payer));
  return m.paidBySplit(parts.map((part) => m.payerShare(labels.payer(part.payer), part.amount === null ? null : formatGrouped(part.amount))));
}

function amountWords(item: ItemResult, m: NoticeMessages): string {
  if (item.amount === null) return m.undecidedSeeBelow;
  const amount = formatGrouped(item.amount);
  if (item.category === 'tax') return m.taxAmount(amount);
  if (item.kind === 'monthly' && item.monthly !== null && item.months !== null) return m.monthly(formatGrouped(item.monthly), item.months, amount);
  if (item.kind === 'one_off') return m.oneOff(amount);
  return m.yearly(amount);
}

function itemEntry(item: ItemResult, labels: Labels, m: NoticeMessages, extra: string[] = []): NoticeEntry {
  const details = [payerWords(item, labels, m), m.basis(clauseWords(item.clause, m)), ...extra].filter((line): line is string => line !== null);
  return { headline: m.item(labels.item(item.item), amountWords(item, m)), details };
}

/** What settles an amount the engine could not give, in words a citizen understands. */
function undecidedEntry(item: ItemResult, result: PersonResult, policy: Policy, labels: Labels, m: NoticeMessages): NoticeEntry {
  const name = labels.item(item.item);
  const data = policy.items.find((entry) => entry.item === item.item);
  const area = result.tier === null || data?.form !== 'monthly_by_tier_rate' ? undefined : data.areaM2ByTier[result.tier]?.text;
  let text: string;
  if (item.status === 'rate_missing') text = m.rentPending(name, area ?? null);
  else if (item.status === 'employer_set') text = m.employerSets(name);
  else if (item.status === 'range' && item.range) text = m.rangePending(name, formatGrouped(item.range.low), item.range.high === null ? null : formatGrouped(item.range.high));
  else text = m.amountPending(name);
  return { headline: text, details: [m.basis(clauseWords(item.clause, m))] };
}

export function buildNotice(input: NoticeInput): Notice {
  const { result, year, policy, lang } = input;
  const m = noticeMessages(lang);
  const labels = createLabels(policy, lang);
  const forEmployer = policy.employerItems;
  const mine = result.items.filter((item) => !forEmployer.has(item.item));
  const employers = result.items.filter((item) => forEmployer.has(item.item));
  const tierLabel = result.tier === null ? null : policy.tiers.find((entry) => entry.tier === result.tier)?.label[lang] ?? null;

  const sections: Notice['sections'] = [];
  const cash = mine.filter((item) => item.amount !== null && item.category !== 'tax').reduce((sum, item) => sum + (item.amount ?? 0), 0) as Fen;
  sections.push({
    heading: m.yoursHeading(year),
    entries: mine.length === 0 ? [{ headline: m.nothingYours, details: [] }] : mine.map((item) => itemEntry(item, labels, m)),
    ...(mine.length === 0 ? {} : { note: m.yoursTotal(formatGrouped(cash)) }),
  });
  if (employers.length > 0) {
    sections.push({
      heading: m.employerHeading,
      intro: m.employerNote,
      entries: employers.map((item) => itemEntry(item, labels, m, [forEmployer.get(item.item)![lang]])),
    });
  }
  const rights = (result.rights ?? []).map((right) => ({ right, definition: policy.rights.find((entry) => entry.id === right.id) }));
  if (rights.length > 0) {
    sections.push({
      heading: m.rightsHeading,
      entries: rights.map(({ right, definition }) => ({
        headline: definition?.label[lang] ?? right.id,
        details: [...(definition ? [definition.description[lang]] : []), m.basis(clauseWords(right.clause, m))],
      })),
    });
  }
  const undecided = result.items.filter((item) => item.amount === null);
  if (undecided.length > 0) sections.push({ heading: m.undecidedHeading, entries: undecided.map((item) => undecidedEntry(item, result, policy, labels, m)) });

  const service = readDataFile(join(DATA_DIR, 'service.json'), serviceSchema);
  const office = service.clause ? m.withBasis(service.office[lang], clauseWords(service.clause, m)) : service.office[lang];
  return {
    title: m.title(year),
    heading: [m.name(result.name), m.date(input.printedOn), m.tier(result.tier, tierLabel)],
    sections,
    service: {
      heading: m.serviceHeading,
      rows: [
        { label: m.office, value: office },
        { label: m.address, value: service.address },
        { label: m.telephone, value: service.telephone },
        { label: m.hours, value: service.hours },
      ],
      documentsLabel: m.documents,
      documents: service.documents.map((document) => document[lang]),
      bring: m.bring,
    },
    signature: [m.officer, m.stamp, m.signedOn],
    footer: m.footer(policy.label[lang]),
  };
}
