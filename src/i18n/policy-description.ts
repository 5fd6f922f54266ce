// A policy edition described for people: each item's amounts (by tier, by allowance line, by
// month), payer rule, readings and the text of its clause. Pure: the policy and its text in,
// plain data out; the CLI prints it as a table or JSON. Items are read by shape (amountByTier,
// lines, …) so an item added to the data is described without a change here.
import { formatFen, type ExactDecimal, type Fen } from '../base/money.js';
import type { Lang } from './lang.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { ClauseText, PolicyText } from '../policy/text.js';
import type { ItemBase, PayerRule, Policy } from '../policy/types.js';

export type ValueUnit = 'yuan' | 'yuan_per_month' | 'm2' | 'share_of_base_salary' | 'months' | 'years' | 'share' | 'column';

export interface ValueRow {
  /** Tier letter, allowance line id, or the field's name. */
  key: string;
  label: string;
  value: string;
  unit: ValueUnit;
  reading?: string;
}

export interface ReadingDescription {
  id: string;
  clause: string;
  text: string;
}

export interface ItemDescription {
  item: string;
  label: string;
  clause: string;
  kind: ItemBase['kind'];
  category: 'cash' | 'tax';
  effective: string;
  /** The item's own excerpt of the clause, from its data file. */
  excerpt: string;
  values: ValueRow[];
  /** `candidates` for the allowance: every line met is a candidate, the highest is paid. */
  choose: 'single' | 'highest';
  introModes: string[];
  payer: { rule: string; text: string };
  readings: ReadingDescription[];
  clauseText: ClauseText[];
}

export interface PolicyDescription {
  edition: string;
  label: string;
  effective: string;
  /** False when the edition ships no policy.zh.txt. */
  hasText: boolean;
  items: ItemDescription[];
  tiers: { tier: string; label: string }[];
  payers: { employerType: string; label: string; rule: string; text: string }[];
  readings: ReadingDescription[];
}

const PAYER_TEXT: Record<Lang, Record<string, (detail: string) => string>> = {
  zh: {
    by_employer_type: () => '按单位性质：党政机关、全额拨款事业单位由同级财政全额承担；差额拨款事业单位按财政拨款比例分担；其余由用人单位承担',
    county_of_employer: () => '由企业所在县（特区、区）财政承担',
    fixed: (payer) => `由${payer}承担`,
    same_level_all: (payer) => `同级财政全额承担（${payer}）`,
    same_level_share: (payer) => `同级财政按拨款比例承担（${payer}），其余由用人单位承担`,
    employer: () => '按各自开支渠道，由用人单位承担',
  },
  en: {
    by_employer_type: () => 'by employer type: organs and fully funded institutions are paid by same-level finance; partially funded institutions share by their funding share; all others by the employer',
    county_of_employer: () => 'the finance of the county where the enterprise is',
    fixed: (payer) => `paid by ${payer}`,
    same_level_all: (payer) => `same-level finance in full (${payer})`,
    same_level_share: (payer) => `same-level finance by its funding share (${payer}), the employer the rest`,
    employer: () => 'through its own channels: the employer',
  },
};

function describeReading(policy: Policy, id: string, lang: Lang): ReadingDescription {
  const reading = policy.readings.get(id);
  return { id, clause: reading?.clause ?? '', text: reading ? reading[lang] : id };
}

/** Every reading id an item's data names, wherever it sits (payer.reading, lines[].reading, whoReading …). */
function readingIdsOf(value: unknown, policy: Policy, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const entry of value) readingIdsOf(entry, policy, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      if ((key === 'reading' || key.endsWith('Reading')) && typeof entry === 'string' && policy.readings.has(entry)) found.add(entry);
      else readingIdsOf(entry, policy, found);
    }
  }
  return found;
}

function payerText(rule: PayerRule, lang: Lang, payerLabel: (code: string) => string): { rule: string; text: string } {
  const texts = PAYER_TEXT[lang];
  const render = texts[rule.rule] ?? (() => rule.rule);
  return { rule: rule.rule, text: render(rule.rule === 'fixed' ? payerLabel(rule.payer) : '') };
}

type AnyItem = ItemBase & Record<string, unknown>;

function valuesOf(item: AnyItem, policy: Policy, lang: Lang): ValueRow[] {
  const tierLabel = (tier: string) => policy.tiers.find((entry) => entry.tier === tier)?.label[lang] ?? tier;
  const rows: ValueRow[] = [];
  const byTier = (record: unknown, unit: ValueUnit, show: (value: never) => string) => {
    for (const entry of policy.tiers) {
      const value = (record as Record<string, unknown>)[entry.tier];
      if (value !== undefined) rows.push({ key: entry.tier, label: tierLabel(entry.tier), value: show(value as never), unit });
    }
  };
  if (item.amountByTier) byTier(item.amountByTier, 'yuan', (fen: Fen) => formatFen(fen));
  if (item.areaM2ByTier) byTier(item.areaM2ByTier, 'm2', (area: ExactDecimal) => area.text);
  if (Array.isArray(item.lines)) {
    for (const line of item.lines as { id: string; label: { zh: string; en: string }; monthly: Fen; reading?: string }[]) {
      rows.push({ key: line.id, label: line.label[lang], value: formatFen(line.monthly), unit: 'yuan_per_month', ...(line.reading ? { reading: line.reading } : {}) });
    }
  }
  if (typeof item.monthly === 'number') rows.push({ key: 'monthly', label: lang === 'zh' ? '每月标准' : 'Monthly amount', value: formatFen(item.monthly), unit: 'yuan_per_month' });
  if (typeof item.maxMonths === 'number') rows.push({ key: 'maxMonths', label: lang === 'zh' ? '最长发放月数' : 'At most', value: String(item.maxMonths), unit: 'months' });
  const range = item.range as { low: Fen; high: Fen | null } | null | undefined;
  if (typeof item.amount === 'number') rows.push({ key: 'amount', label: lang === 'zh' ? '标准' : 'Amount', value: formatFen(item.amount), unit: 'yuan' });
  if (range) {
    rows.push({ key: 'range.low', label: lang === 'zh' ? '下限' : 'From', value: formatFen(range.low), unit: 'yuan' });
    if (range.high !== null) rows.push({ key: 'range.high', label: lang === 'zh' ? '上限' : 'To', value: formatFen(range.high), unit: 'yuan' });
  }
  if (typeof item.amountPerYear === 'number') rows.push({ key: 'amountPerYear', label: lang === 'zh' ? '每年' : 'Per year', value: formatFen(item.amountPerYear), unit: 'yuan' });
  if (typeof item.maxYears === 'number') rows.push({ key: 'maxYears', label: lang === 'zh' ? '最长年数' : 'At most (years)', value: String(item.maxYears), unit: 'years' });
  const match = item.matchShare as ExactDecimal | null | undefined;
  if (match) rows.push({ key: 'matchShare', label: lang === 'zh' ? '配套比例' : 'Matching share', value: match.text, unit: 'share' });
  if (typeof item.claim === 'string') rows.push({ key: 'claim', label: lang === 'zh' ? '金额由花名册填报' : 'Amount supplied on the roster', value: item.claim, unit: 'column' });
  const share = item.shareOfBaseSalary as ExactDecimal | undefined;
  if (share) rows.push({ key: 'shareOfBaseSalary', label: lang === 'zh' ? '本人基本工资的比例' : 'Share of own basic salary', value: share.text, unit: 'share_of_base_salary' });
  return rows;
}

export function describeItem(item: ItemBase, policy: Policy, text: PolicyText | null, lang: Lang): ItemDescription {
  const vocabulary = loadVocabulary();
  const data = item as AnyItem;
  return {
    item: item.item,
    label: item.label[lang],
    clause: item.clause,
    kind: item.kind,
    category: item.category ?? 'cash',
    effective: item.effective,
    excerpt: item.text,
    values: valuesOf(data, policy, lang),
    choose: item.form === 'monthly_highest_line' ? 'highest' : 'single',
    introModes: Array.isArray(data.introModes) ? [...(data.introModes as string[])] : [],
    payer: payerText(item.payer, lang, (code) => (lang === 'zh' ? vocabulary.payerLabel(code) : code)),
    readings: [...readingIdsOf(data, policy)].map((id) => describeReading(policy, id, lang)),
    clauseText: text ? text.clauses(item.clause) : [],
  };
}

/** Every item of the edition: the person items, one-off grants, yearly (tax) items, organisation items. */
export function itemsOf(policy: Policy): ItemBase[] {
  return [...policy.items, ...policy.grants, ...policy.annual, ...policy.unitItems];
}

export function describePolicy(policy: Policy, text: PolicyText | null, lang: Lang): PolicyDescription {
  const vocabulary = loadVocabulary();
  const texts = PAYER_TEXT[lang];
  return {
    edition: policy.edition,
    label: policy.label[lang],
    effective: policy.effective,
    hasText: text !== null,
    items: itemsOf(policy).map((item) => describeItem(item, policy, text, lang)),
    tiers: policy.tiers.map((entry) => ({ tier: entry.tier, label: entry.label[lang] })),
    payers: Object.entries(policy.payers.byEmployerType).map(([type, rule]) => {
      const finance = lang === 'zh' ? '同级财政' : 'same-level finance';
      const render = rule.rule === 'employer' ? texts.employer : rule.share === 'all' ? texts.same_level_all : texts.same_level_share;
      return {
        employerType: type,
        label: lang === 'zh' ? vocabulary.labelOf('employer_type', type) : type,
        rule: rule.rule === 'employer' ? 'employer' : `same_level_finance:${rule.share}`,
        text: (render ?? (() => rule.rule))(finance),
      };
    }),
    readings: [...policy.readings.keys()].map((id) => describeReading(policy, id, lang)),
  };
}
