// `rencai policy` for a person at a terminal: the description of src/policy/describe.ts as text.
// It prints what it is given; every figure comes from the policy data.
import type { Lang } from '../../i18n/lang.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import type { ItemDescription, PolicyDescription, ReadingDescription, TableHeading, ValueRow } from '../../i18n/policy-description.js';
import type { ClauseText } from '../../policy/text.js';
import type { CoveredSentence } from '../../policy/coverage.js';

const WORDS = {
  zh: {
    edition: '政策版本', issued: '印发', from: (date: string) => `${date} 起`, usedBy: '用于', choices: (id: string, name: string, names: readonly string[]) => `读法：${names.map((entry) => (entry === name ? `${entry}（现用）` : entry)).join('、')}；切换：--set readings.${id}.choice=…`, conditions: '共用条件（conditions.json）', columnRules: '列之间的规则（column-rules.json；花名册和问卷都按此检查）', share: '比例', years: (first: number, last: number) => `${first}—${last} 年度`, levels: { city: '市级财政', county: '县级财政' } as Record<string, string>, list: '、', yearEditions: '本年度适用的版本', effective: '生效', items: '项目', tiers: '人才层次', payers: '资金承担', readings: '解读（可在数据中修改）',
    colon: '：', kind: { monthly: '按月', one_off: '一次性', annual: '按年' } as Record<string, string>, payer: '支付方', who: '适用', clauseText: '条款原文', excerpt: '数据摘录',
    highest: '符合多档的取最高一档（就高不就低）', more: '查看某项详情和条款原文：rencai policy <项目代码>', none: '（无）',
    unit: { yuan: '元', yuan_per_month: '元/月', m2: '平方米', share_of_base_salary: '', months: '个月', years: '年', share: '', column: '' },
    intro: { direct: '直接引进', local: '市内培养', flexible: '柔性引进' } as Record<string, string>,
  },
  en: {
    edition: 'Policy edition', issued: 'issued', from: (date: string) => `from ${date}`, usedBy: 'used by', choices: (id: string, name: string, names: readonly string[]) => `readings: ${names.map((entry) => (entry === name ? `${entry} (in force)` : entry)).join(', ')}; switch with --set readings.${id}.choice=…`, conditions: 'Shared conditions (conditions.json)', columnRules: 'Rules between columns (column-rules.json; the roster and the questionnaire check them)', share: 'share', years: (first: number, last: number) => `budget years ${first}–${last}`, levels: { city: 'city finance', county: 'county finance' } as Record<string, string>, list: ', ', yearEditions: 'Editions this year', effective: 'effective', items: 'Items', tiers: 'Talent tiers', payers: 'Who pays', readings: 'Readings (changeable in the data)',
    colon: ': ', kind: { monthly: 'monthly', one_off: 'one-off', annual: 'yearly' } as Record<string, string>, payer: 'Payer', who: 'For', clauseText: 'Clause text', excerpt: 'Data excerpt',
    highest: 'a person meeting several lines gets the highest one', more: 'Details and clause text of an item: rencai policy <item> --lang en', none: '(none)',
    unit: { yuan: 'yuan', yuan_per_month: 'yuan/month', m2: 'm²', share_of_base_salary: '', months: 'months', years: 'years', share: '', column: '' },
    intro: {} as Record<string, string>,
  },
};

/** "1200000.00" → "1,200,000.00": grouping the text, so no amount is ever re-parsed. */
function money(text: string): string {
  const [whole = '', cents] = text.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${cents === undefined ? '' : `.${cents}`}`;
}

function valueText(row: ValueRow, lang: Lang): string {
  const unit = WORDS[lang].unit[row.unit];
  const value = row.unit === 'yuan' || row.unit === 'yuan_per_month' ? money(row.value) : row.value;
  return unit ? `${value} ${unit}` : value;
}

function readingTag(reading: ReadingDescription, lang: Lang): string {
  return `[${lang === 'zh' ? '解读' : 'reading'} ${reading.id} ${lang === 'zh' ? reading.clause : reading.clause.replaceAll('、', ', ')}]`;
}

function readingLine(reading: ReadingDescription, lang: Lang): string {
  return `  ${readingTag(reading, lang)} ${reading.text}`;
}

/** "人才层次（§16、§17，2013-08-02 起）：" */
function tableHeading(heading: TableHeading, lang: Lang): string {
  const w = WORDS[lang];
  return lang === 'zh' ? `${heading.label}（${heading.clause}，${w.from(heading.effective)}）：` : `${heading.label} (${heading.clause.replaceAll('、', ', ')}, ${w.from(heading.effective)}):`;
}

export function renderClauseTexts(texts: readonly ClauseText[], lang: Lang): string {
  const lines: string[] = [];
  const note = whatIfMessages(lang).clauseTextNote;
  if (note && texts.length) lines.push(`  (${note})`);
  for (const text of texts) {
    lines.push(`  ${text.clause}`);
    lines.push(text.text === null ? `    ${whatIfMessages(lang).noArticle(text.clause)}` : text.text.split('\n').map((line) => `    ${line}`).join('\n'));
  }
  return lines.join('\n');
}

const COVERAGE = {
  zh: { heading: '逐句：给予资金、税收优惠或权利的句子，rencai 怎么算（coverage.json）', gives: { money: '资金', tax: '税收', right: '权利' }, notComputed: '不计算', encodes: '编码',
    by: { items: '项目', units: '单位项目', rights: '权利', claimRules: '申报规则', columnRules: '列规则', readings: '解读', tiers: '人才层次', lines: '津贴档次', data: '数据' }, list: '、', none: '本条没有逐句的记录' },
  en: { heading: 'Sentence by sentence: each that gives money, a tax benefit or a right, and how rencai computes it (coverage.json)', gives: { money: 'money', tax: 'tax', right: 'right' }, notComputed: 'not computed', encodes: 'encoded by',
    by: { items: 'items', units: 'unit items', rights: 'rights', claimRules: 'claim rules', columnRules: 'column rules', readings: 'readings', tiers: 'tiers', lines: 'allowance lines', data: 'data' }, list: ', ', none: 'no sentence-by-sentence record for this clause' },
} as const;

/** Each sentence of a clause that gives something: the quote, then how it is encoded or why not. */
export function renderCoverage(sentences: readonly CoveredSentence[], lang: Lang): string {
  const w = COVERAGE[lang];
  if (sentences.length === 0) return `  ${w.none}\n`;
  const lines = [`  ${w.heading}`];
  for (const sentence of sentences) {
    lines.push(`  · [${w.gives[sentence.gives]}] ${sentence.text}`);
    if (sentence.notComputed) {
      lines.push(`      ${w.notComputed}${lang === 'zh' ? '：' : ': '}${sentence.notComputed[lang]}`);
      continue;
    }
    if (sentence.how) lines.push(`      → ${sentence.how[lang]}`);
    const by = Object.entries(sentence.encodedBy ?? {}).filter((entry): entry is [keyof typeof w.by, string[]] => Array.isArray(entry[1]));
    if (by.length) lines.push(`      ${w.encodes}${lang === 'zh' ? '：' : ': '}${by.map(([kind, ids]) => `${w.by[kind]} ${ids.join(w.list)}`).join(lang === 'zh' ? '；' : '; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderItem(item: ItemDescription, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`${item.label}  ${item.item}  ${item.clause}  ${w.kind[item.kind]}  ${w.effective} ${item.effective}`];
  if (item.introModes.length) lines.push(`  ${w.who}${w.colon}${item.introModes.map((mode) => w.intro[mode] ?? mode).join(lang === 'zh' ? '、' : ', ')}`);
  const width = Math.max(...item.values.map((row) => row.key.length), 0);
  for (const row of item.values) {
    lines.push(`  ${row.key.padEnd(width)}  ${valueText(row, lang).padStart(20)}  ${row.label}${row.reading ? `  [${row.reading}]` : ''}`);
  }
  if (item.choose === 'highest') lines.push(`  ${w.highest}`);
  lines.push(`  ${w.payer}${w.colon}${item.payer.text}`);
  for (const reading of item.readings) lines.push(readingLine(reading, lang));
  lines.push(`  ${w.excerpt}${w.colon}${item.excerpt}`);
  if (item.clauseText.length) {
    lines.push((`  ${w.clauseText}${w.colon}`).trimEnd());
    lines.push(renderClauseTexts(item.clauseText, lang).split('\n').map((line) => `  ${line}`).join('\n'));
  }
  return `${lines.join('\n')}\n`;
}

/** The overview: items with their headline amounts, tiers, payers, readings. */
export function renderOverview(description: PolicyDescription, lang: Lang, editions: readonly { edition: string; from: string; to: string }[] = []): string {
  const w = WORDS[lang];
  const out = [`${description.label}`, `${w.edition} ${description.edition}  ${w.issued} ${description.issued}  ${w.effective} ${description.effective}`];
  if (editions.length > 0) out.push(`${w.yearEditions}${w.colon}${editions.map((entry) => (lang === 'zh' ? `${entry.edition}（${entry.from}～${entry.to}）` : `${entry.edition} (${entry.from} to ${entry.to})`)).join(lang === 'zh' ? '、' : ', ')}`);
  out.push('', (`${w.items}${w.colon}`).trimEnd());
  for (const item of description.items) {
    out.push(`  ${item.item.padEnd(24)} ${item.clause.padEnd(5)} ${(w.kind[item.kind] ?? item.kind).padEnd(lang === 'zh' ? 4 : 8)} ${item.label}`);
    for (const row of item.values) out.push(`      ${row.key.padEnd(32)} ${valueText(row, lang).padStart(20)}  ${row.label}`);
  }
  out.push('', renderTiers(description, lang), renderPayers(description, lang), renderConditions(description, lang), renderColumnRules(description, lang), ...(description.fund ? [renderFund(description, lang)] : []), renderReadings(description, lang), w.more);
  return `${out.join('\n')}\n`;
}

export function renderTiers(description: PolicyDescription, lang: Lang): string {
  return [tableHeading(description.tierTable, lang), ...description.tiers.map((tier) => `  ${tier.tier}  ${tier.label}`), ''].join('\n');
}

export function renderPayers(description: PolicyDescription, lang: Lang): string {
  const w = WORDS[lang];
  return [tableHeading(description.payerTable, lang), ...description.payers.map((payer) => `  ${payer.label.padEnd(lang === 'zh' ? 12 : 14)} ${payer.text}`),
    `  ${w.excerpt}${w.colon}${description.payerTable.excerpt}`, ''].join('\n');
}

export function renderConditions(description: PolicyDescription, lang: Lang): string {
  const w = WORDS[lang];
  const width = Math.max(...description.conditions.map((entry) => entry.name.length), 0);
  const lines = description.conditions.map((entry) => `  ${entry.name.padEnd(width)}  ${entry.clause.padEnd(6)} ${entry.label}${entry.reading ? `  ${readingTag(entry.reading, lang)}` : ''}`);
  return [(`${w.conditions}${w.colon}`).trimEnd(), ...(lines.length ? lines : [`  ${w.none}`]), ''].join('\n');
}

/** What a row must or may give, by the text's rules between columns, each with the sentence it comes from. */
export function renderColumnRules(description: PolicyDescription, lang: Lang): string {
  const w = WORDS[lang];
  const lines = description.columnRules.flatMap((rule) => [`  ${rule.id}  ${rule.clause}  ${rule.rule}`, `      ${w.excerpt}${w.colon}${rule.excerpt}`]);
  return [(`${w.columnRules}${w.colon}`).trimEnd(), ...(lines.length ? lines : [`  ${w.none}`]), ''].join('\n');
}

/** §22: the fund's floor, its years and levels, its reading and excerpt. */
export function renderFund(description: PolicyDescription, lang: Lang): string {
  const w = WORDS[lang];
  const fund = description.fund;
  if (!fund) return `  ${w.none}\n`;
  const lines = [`${fund.label}  ${fund.clause}${w.colon}`.trimEnd(),
    `  ${w.share} ${fund.share}  ${w.years(fund.firstYear, fund.lastYear)}  ${fund.levels.map((level) => w.levels[level] ?? level).join(w.list)}`];
  if (fund.reading) lines.push(readingLine(fund.reading, lang));
  lines.push(`  ${w.excerpt}${w.colon}${fund.excerpt}`, '');
  return lines.join('\n');
}

export function renderReadings(description: PolicyDescription, lang: Lang): string {
  const w = WORDS[lang];
  const lines = description.readings.flatMap((reading) => [
    readingLine(reading, lang),
    ...(reading.choice ? [`      ${w.choices(reading.id, reading.choice.name, reading.choice.names)}`] : []),
    ...(reading.usedBy.length ? [`      ${w.usedBy}${w.colon}${reading.usedBy.join(w.list)}`] : []),
  ]);
  return [(`${w.readings}${w.colon}`).trimEnd(), ...lines, ''].join('\n');
}
