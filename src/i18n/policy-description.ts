// A policy edition described for people: each item's amounts (by tier, by allowance line, by
// month), payer rule, readings and the text of its clause. Pure: the policy and its text in,
// plain data out; the CLI prints it as a table or JSON. Each kind of item says how it is described
// (DESCRIBERS), so an item added to the data is described by its kind without a change here.
import { formatFen, type ExactDecimal, type Fen } from '../base/money.js';
import type { Lang } from './lang.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { ClauseText, PolicyText } from '../policy/text.js';
import type { AllowanceLine, ItemBase, PayerRule, Policy } from '../policy/types.js';
import { describeColumnRule, type ColumnRuleDescription } from './column-rule-description.js';

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
  /** Where the data names the reading: what a change of it reaches. */
  usedBy: string[];
  /** A reading between alternatives: the one in force and all their names. */
  choice?: { name: string; names: string[] };
}

/** A table of the edition that is not an item (tiers.json, payers.json, fund.json): its title, clause and date. */
export interface TableHeading {
  label: string;
  clause: string;
  effective: string;
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
  issued: string;
  tierTable: TableHeading;
  payerTable: TableHeading & { excerpt: string };
  /** The named conditions of conditions.json. */
  conditions: { name: string; label: string; clause: string; reading: ReadingDescription | null }[];
  /** The rules between roster columns the text sets (column-rules.json): what a row must or may give. */
  columnRules: ColumnRuleDescription[];
  /** §22 (fund.json); null when the edition has none. */
  fund: ({ label: string; clause: string; share: string; firstYear: number; lastYear: number; levels: string[]; reading: ReadingDescription | null; excerpt: string }) | null;
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
  const described: ReadingDescription = { id, clause: reading?.clause ?? '', text: reading ? reading[lang] : id, usedBy: [...(policy.readingUses.get(id) ?? [])] };
  if (reading?.choice) described.choice = { name: reading.choice.name, names: [...reading.choice.names] };
  return described;
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

/** Every item of an edition, whatever its kind. */
type KindItem = Policy['items'][number] | Policy['grants'][number] | Policy['annual'][number] | Policy['unitItems'][number];

/** The value rows' makers a kind composes its description of. */
class Rows {
  readonly rows: ValueRow[] = [];
  constructor(private readonly policy: Policy, private readonly lang: Lang) {}
  private word(zh: string, en: string): string {
    return this.lang === 'zh' ? zh : en;
  }
  private byTier<T>(record: Readonly<Partial<Record<string, T>>>, unit: ValueUnit, show: (value: T) => string): this {
    for (const entry of this.policy.tiers) {
      const value = record[entry.tier];
      if (value !== undefined) this.rows.push({ key: entry.tier, label: entry.label[this.lang], value: show(value), unit });
    }
    return this;
  }
  amountByTier(record: Readonly<Partial<Record<string, Fen>>>): this {
    return this.byTier(record, 'yuan', formatFen);
  }
  areaByTier(record: Readonly<Partial<Record<string, ExactDecimal>>>): this {
    return this.byTier(record, 'm2', (area) => area.text);
  }
  lines(lines: readonly AllowanceLine[]): this {
    for (const line of lines) {
      this.rows.push({ key: line.id, label: line.label[this.lang], value: formatFen(line.monthly), unit: 'yuan_per_month', ...(line.reading ? { reading: line.reading } : {}) });
    }
    return this;
  }
  monthly(fen: Fen): this {
    this.rows.push({ key: 'monthly', label: this.word('每月标准', 'Monthly amount'), value: formatFen(fen), unit: 'yuan_per_month' });
    return this;
  }
  maxMonths(months: number | null): this {
    if (months !== null) this.rows.push({ key: 'maxMonths', label: this.word('最长发放月数', 'At most'), value: String(months), unit: 'months' });
    return this;
  }
  amount(fen: Fen | null): this {
    if (fen !== null) this.rows.push({ key: 'amount', label: this.word('标准', 'Amount'), value: formatFen(fen), unit: 'yuan' });
    return this;
  }
  range(range: { low: Fen; high: Fen | null } | null): this {
    if (range === null) return this;
    this.rows.push({ key: 'range.low', label: this.word('下限', 'From'), value: formatFen(range.low), unit: 'yuan' });
    if (range.high !== null) this.rows.push({ key: 'range.high', label: this.word('上限', 'To'), value: formatFen(range.high), unit: 'yuan' });
    return this;
  }
  perYear(fen: Fen | null, maxYears: number | null): this {
    if (fen !== null) this.rows.push({ key: 'amountPerYear', label: this.word('每年', 'Per year'), value: formatFen(fen), unit: 'yuan' });
    if (maxYears !== null) this.rows.push({ key: 'maxYears', label: this.word('最长年数', 'At most (years)'), value: String(maxYears), unit: 'years' });
    return this;
  }
  matchShare(share: ExactDecimal | null): this {
    if (share !== null) this.rows.push({ key: 'matchShare', label: this.word('配套比例', 'Matching share'), value: share.text, unit: 'share' });
    return this;
  }
  /** The range a claimed base must fall in (a unit's provincial grant), apart from the item's own range. */
  claimRange(range: { low: Fen; high: Fen } | null): this {
    if (range === null) return this;
    this.rows.push({ key: 'claimRange.low', label: this.word('填报金额下限', 'Claimed amount from'), value: formatFen(range.low), unit: 'yuan' });
    this.rows.push({ key: 'claimRange.high', label: this.word('填报金额上限', 'Claimed amount to'), value: formatFen(range.high), unit: 'yuan' });
    return this;
  }
  claim(column: string | null): this {
    if (column !== null) this.rows.push({ key: 'claim', label: this.word('金额由花名册填报', 'Amount supplied on the roster'), value: column, unit: 'column' });
    return this;
  }
  shareOfBaseSalary(share: ExactDecimal): this {
    this.rows.push({ key: 'shareOfBaseSalary', label: this.word('本人基本工资的比例', 'Share of own basic salary'), value: share.text, unit: 'share_of_base_salary' });
    return this;
  }
}

interface KindDescriber<I> {
  values(item: I, rows: Rows): Rows;
  /** Whether the person gets every line met or the highest (the allowance table). */
  choose: ItemDescription['choose'];
  introModes(item: I): readonly string[] | null;
}

/**
 * How `rencai policy` describes each kind of item: one entry per kind, so a new kind cannot be
 * added without saying how it is described (the type requires every form), and no kind is read by
 * which fields it happens to have.
 */
const DESCRIBERS: { [F in KindItem['form']]: KindDescriber<Extract<KindItem, { form: F }>> } = {
  one_off_by_tier: { choose: 'single', values: (item, rows) => rows.amountByTier(item.amountByTier), introModes: (item) => item.introModes },
  monthly_by_tier_rate: { choose: 'single', values: (item, rows) => rows.areaByTier(item.areaM2ByTier), introModes: (item) => item.introModes },
  monthly_fixed: { choose: 'single', values: (item, rows) => rows.monthly(item.monthly).maxMonths(item.maxMonths), introModes: (item) => item.introModes },
  monthly_highest_line: { choose: 'highest', values: (item, rows) => rows.lines(item.lines), introModes: (item) => item.introModes },
  monthly_share: { choose: 'single', values: (item, rows) => rows.shareOfBaseSalary(item.shareOfBaseSalary), introModes: () => null },
  one_off_grant: {
    choose: 'single',
    values: (item, rows) => rows.amount(item.amount).range(item.range).matchShare(item.matchShare).claim(item.claim),
    introModes: (item) => item.introModes,
  },
  annual: { choose: 'single', values: (item, rows) => rows.perYear(item.amountPerYear, item.maxYears).claim(item.claim), introModes: () => null },
  unit: {
    choose: 'single',
    values: (item, rows) => rows.amount(item.amount).range(item.range).matchShare(item.matchShare).claim(item.claim).claimRange(item.claimRange),
    introModes: () => null,
  },
};

function describerOf<I extends KindItem>(item: I): KindDescriber<I> {
  return DESCRIBERS[item.form] as unknown as KindDescriber<I>;
}

export function describeItem(item: KindItem, policy: Policy, text: PolicyText | null, lang: Lang): ItemDescription {
  const vocabulary = loadVocabulary();
  const describer = describerOf(item);
  return {
    item: item.item,
    label: item.label[lang],
    clause: item.clause,
    kind: item.kind,
    category: item.category ?? 'cash',
    effective: item.effective,
    excerpt: item.text,
    values: describer.values(item, new Rows(policy, lang)).rows,
    choose: describer.choose,
    introModes: [...(describer.introModes(item) ?? [])],
    payer: payerText(item.payer, lang, (code) => (lang === 'zh' ? vocabulary.payerLabel(code) : code)),
    readings: [...readingIdsOf(item, policy)].map((id) => describeReading(policy, id, lang)),
    clauseText: text ? text.clauses(item.clause) : [],
  };
}

/** Every item of the edition: the person items, one-off grants, yearly (tax) items, organisation items. */
export function itemsOf(policy: Policy): KindItem[] {
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
    issued: policy.issued,
    tierTable: { label: policy.tierTable.label[lang], clause: policy.tierTable.clause, effective: policy.tierTable.effective },
    payerTable: { label: policy.payers.label[lang], clause: policy.payers.clause, effective: policy.payers.effective, excerpt: policy.payers.text },
    conditions: policy.conditions.map((entry) => ({ name: entry.name, label: entry.label[lang], clause: entry.clause, reading: entry.reading === null ? null : describeReading(policy, entry.reading, lang) })),
    columnRules: policy.columnRules.map((rule) => describeColumnRule(rule, lang)),
    fund: policy.fund && {
      label: policy.fund.label[lang], clause: policy.fund.clause, share: policy.fund.share.text,
      firstYear: policy.fund.firstYear, lastYear: policy.fund.lastYear, levels: [...policy.fund.levels],
      reading: policy.fund.reading === null ? null : describeReading(policy, policy.fund.reading, lang), excerpt: policy.fund.text,
    },
  };
}
