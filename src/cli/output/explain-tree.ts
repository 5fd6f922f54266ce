// `rencai explain` output: the engine's explanation turned into one view (every sentence rendered
// in the chosen language, every node with its clause), printed as JSON or as a tree.
import { escapeControls } from '../../io/safe-text.js';
import type { Explanation } from '../../engine/explain.js';
import { formatFen, type Fen } from '../../base/money.js';
import { formatMonth } from '../../base/months.js';
import type { Person } from '../../engine/types.js';
import { renderExplainReason } from '../../i18n/explain.js';
import type { Labels } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { renderReading } from '../../i18n/reasons.js';
import type { Policy } from '../../policy/types.js';

export interface ExplainView {
  policy: string;
  year: number;
  scenario?: string;
  id: string;
  name: string | null;
  tier: { tier: string | null; label: string | null; clause: string; givenBy: string[]; meets: string[] };
  /** When the year spans editions: each with the months it is in force. */
  editions?: { edition: string; from: string; to: string }[];
  items: {
    item: string;
    label: string;
    clause: string;
    /** The edition that priced it, when the year spans editions. */
    edition?: string;
    applies: boolean;
    status: string | null;
    monthly: string | null;
    months: number | null;
    amount: string | null;
    checks: { met: boolean; key: string; params: Record<string, string | number>; text: string; clause: string }[];
    candidates: { line: string; monthly: string; chosen: boolean }[] | null;
    /** How the amount was worked out: the engine's reasons (months, rounding, payer split). */
    steps: string[];
    readings: { id: string; clause: string; text: string }[];
    payers: { payer: string; label: string; amount: string | null }[];
  }[];
  total: string;
}

const money = (amount: Fen | null) => (amount === null ? null : formatFen(amount));

export function explainView(explanation: Explanation, person: Person, policy: Policy, labels: Labels, scenario: string | null): ExplainView {
  const lang = labels.lang;
  const { tier, result } = explanation;
  const tierEntry = policy.tiers.find((entry) => entry.tier === tier.tier);
  return {
    policy: policy.edition,
    year: explanation.year,
    ...(scenario ? { scenario } : {}),
    ...(policy.segments ? { editions: policy.segments.map((segment) => ({ edition: segment.edition, from: formatMonth(segment.first), to: formatMonth(segment.last) })) } : {}),
    id: person.id,
    name: person.name,
    tier: {
      tier: tier.tier,
      label: tierEntry ? tierEntry.label[lang] : null,
      clause: policy.tierTable.clause,
      givenBy: tier.givenBy.map((reason) => renderExplainReason(reason, true, lang, policy)),
      meets: tier.meets,
    },
    items: explanation.items.map((entry) => {
      const item = entry.result;
      return {
        item: entry.item,
        label: labels.item(entry.item),
        clause: entry.clause,
        ...(entry.edition ? { edition: entry.edition } : {}),
        applies: entry.applies,
        status: item ? item.status : null,
        monthly: item ? money(item.monthly) : null,
        months: item ? item.months : null,
        amount: item ? money(item.amount) : null,
        checks: entry.checks.map((checkEntry) => ({
          met: checkEntry.met,
          key: checkEntry.reason.key,
          params: { ...(checkEntry.reason.params ?? {}) },
          text: renderExplainReason(checkEntry.reason, checkEntry.met, lang, policy),
          clause: checkEntry.clause,
        })),
        candidates: item?.candidates ? item.candidates.map((line) => ({ line: line.line, monthly: formatFen(line.monthly), chosen: line.chosen })) : null,
        steps: item ? item.reasons.map((reason) => labels.reason(reason)) : [],
        readings: item ? item.readings.map((id) => ({ id, clause: policy.readings.get(id)?.clause ?? '', text: renderReading(id, lang, policy) })) : [],
        payers: item ? item.payers.map((part) => ({ payer: part.payer, label: labels.payer(part.payer), amount: money(part.amount) })) : [],
      };
    }),
    total: formatFen(result.total),
  };
}

const WORDS = {
  zh: {
    year: (year: number) => `${year} 年度`, edition: '政策版本', scenario: '假设情景', tier: '人才层次', noTier: '无人才层次',
    alsoMeets: '同时符合', conditions: '条件', computation: '计算', readings: '所依据的解读', payers: '支付方',
    notApplied: '不享受', noAmount: '不计金额', total: '合计', yuan: '元', monthly: (m: string, n: number) => `每月 ${m} 元 × ${n} 个月`,
    met: '✓', unmet: '✗',
  },
  en: {
    year: (year: number) => `budget year ${year}`, edition: 'policy', scenario: 'scenario', tier: 'Talent tier', noTier: 'No talent tier',
    alsoMeets: 'also meets', conditions: 'Conditions', computation: 'Computation', readings: 'Readings applied', payers: 'Payers',
    notApplied: 'not due', noAmount: 'no amount', total: 'Total', yuan: 'yuan', monthly: (m: string, n: number) => `${m} a month × ${n} months`,
    met: '✓', unmet: '✗',
  },
};

/** Grouped yuan from a two-decimal string the view already holds. */
function grouped(text: string): string {
  const [whole = '', cents = '00'] = text.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

interface Node {
  text: string;
  children?: Node[];
}

function drawTree(nodes: readonly Node[], prefix = ''): string[] {
  return nodes.flatMap((node, index) => {
    const last = index === nodes.length - 1;
    const lines = [`${prefix}${last ? '└─ ' : '├─ '}${node.text}`];
    if (node.children?.length) lines.push(...drawTree(node.children, `${prefix}${last ? '   ' : '│  '}`));
    return lines;
  });
}

export function renderExplainTree(view: ExplainView, lang: Lang): string {
  const w = WORDS[lang];
  const head = [escapeControls(view.id), escapeControls(view.name ?? ''), w.year(view.year), view.editions ? `${w.edition} ${view.editions.map((entry) => (lang === 'zh' ? `${entry.edition}（${entry.from}～${entry.to}）` : `${entry.edition} (${entry.from} to ${entry.to})`)).join(lang === 'zh' ? '、' : ', ')}` : `${w.edition} ${view.policy}`, view.scenario ? `${w.scenario}${lang === 'zh' ? '：' : ': '}${view.scenario}` : '']
    .filter((part) => part !== '').join('  ');
  const tierNode: Node = view.tier.tier
    ? {
      text: `${w.tier} ${view.tier.tier}${lang === 'zh' ? `（${view.tier.label ?? ''}）` : ` (${view.tier.label ?? ''})`}  ${view.tier.clause}`,
      children: [
        ...view.tier.givenBy.map((text) => ({ text })),
        ...(view.tier.meets.length > 1 ? [{ text: `${w.alsoMeets} ${view.tier.meets.filter((tier) => tier !== view.tier.tier).join(lang === 'zh' ? '、' : ', ')}` }] : []),
      ],
    }
    : { text: `${w.noTier}  ${view.tier.clause}` };
  const itemNodes: Node[] = view.items.map((item) => {
    const amount = !item.applies ? w.notApplied : item.amount === null ? w.noAmount : `${grouped(item.amount)} ${w.yuan}`;
    const rate = item.monthly !== null && item.months !== null ? `  ${w.monthly(grouped(item.monthly), item.months)}` : '';
    const children: Node[] = [{
      text: w.conditions,
      children: item.checks.map((check) => ({ text: `${check.met ? w.met : w.unmet} ${check.text}  ${check.clause}${check.key === 'check_line' && item.candidates?.find((line) => line.line === check.params.line)?.chosen ? (lang === 'zh' ? '  ← 取此档' : '  ← chosen') : ''}` })),
    }];
    if (item.steps.length) children.push({ text: `${w.computation}  ${item.clause}`, children: item.steps.map((text) => ({ text })) });
    if (item.payers.length) children.push({ text: w.payers, children: item.payers.map((part) => ({ text: `${part.label}${part.amount === null ? '' : `  ${grouped(part.amount)} ${w.yuan}`}` })) });
    if (item.readings.length) children.push({ text: w.readings, children: item.readings.map((reading) => ({ text: reading.text })) });
    const edition = item.edition ? `  [${item.edition}]` : '';
    return { text: `${item.label}  ${item.clause}${edition}  ${amount}${rate}`, children };
  });
  const lines = [head, ...drawTree([tierNode, ...itemNodes, { text: `${w.total} ${grouped(view.total)} ${w.yuan}` }])];
  return `${lines.join('\n')}\n`;
}
