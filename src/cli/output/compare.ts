// `rencai compare` output: baseline, scenario and difference by payer, item and county, as a
// table, JSON or CSV. Every amount comes from the comparison roll-up; nothing is computed here
// beyond ordering and formatting.
import type { FormatName } from './formats.js';
import Table from 'cli-table3';
import type { Comparison } from '../../budget/compare.js';
import { formatFen, type Fen } from '../../base/money.js';
import type { Labels } from '../../i18n/labels.js';
import { formatGrouped } from '../../i18n/number.js';
import type { Scenario } from '../../policy/scenario.js';
import type { Policy } from '../../policy/types.js';
import { csvLine } from '../../io/csv-line.js';
import { orderCounties, orderItems, orderPayers } from './order.js';

export interface CompareInfo {
  policy: Policy;
  year: number;
  scenario: Scenario;
  labels: Labels;
  rejected: number;
}

type Dimension = 'byPayer' | 'byItem' | 'byCounty';
const DIMENSIONS: readonly Dimension[] = ['byPayer', 'byItem', 'byCounty'];

interface Row {
  key: string;
  label: string;
  baseline: Fen;
  whatIf: Fen;
  difference: Fen;
}

function rowsOf(dimension: Dimension, comparison: Comparison, info: CompareInfo): Row[] {
  const difference = comparison.difference[dimension];
  const ordered = dimension === 'byPayer' ? orderPayers(difference) : dimension === 'byItem' ? orderItems(difference, info.policy) : orderCounties(difference);
  const label = dimension === 'byPayer' ? info.labels.payer : dimension === 'byItem' ? info.labels.item : info.labels.county;
  return ordered.map(([key, change]) => ({
    key,
    label: label(key),
    baseline: comparison.baseline[dimension].get(key) ?? (0 as Fen),
    whatIf: comparison.scenario[dimension].get(key) ?? (0 as Fen),
    difference: change,
  }));
}

const signed = (amount: Fen, format: (fen: Fen) => string) => (amount > 0 ? `+${format(amount)}` : format(amount));

const WORDS = {
  zh: {
    title: (year: number, edition: string) => `${year} 年度  政策版本 ${edition}  基准与假设情景比较`,
    scenario: '假设情景', sets: '修改', people: (n: number, changed: number) => `共 ${n} 人，其中 ${changed} 人金额有变化`,
    byPayer: '按支付方', byItem: '按项目', byCounty: '按县区', key: '', baseline: '基准（元）', whatIf: '情景（元）', difference: '差额（元）', total: '合计',
    uncomputed: (base: number, whatIf: number) => `无法计算的项目（不计入合计）：基准 ${base} 项，情景 ${whatIf} 项`,
  },
  en: {
    title: (year: number, edition: string) => `Budget year ${year}  policy ${edition}  baseline against scenario`,
    scenario: 'Scenario', sets: 'Changes', people: (n: number, changed: number) => `${n} people, ${changed} of them with a different amount`,
    byPayer: 'By payer', byItem: 'By item', byCounty: 'By county', key: '', baseline: 'Baseline (yuan)', whatIf: 'Scenario (yuan)', difference: 'Difference (yuan)', total: 'Total',
    uncomputed: (base: number, whatIf: number) => `Items not computed (outside the totals): baseline ${base}, scenario ${whatIf}`,
  },
};

export function renderCompareTable(comparison: Comparison, info: CompareInfo): string {
  const w = WORDS[info.labels.lang];
  const out = [w.title(info.year, info.policy.edition), `${w.scenario}${info.labels.lang === 'zh' ? '：' : ': '}${info.scenario.name}${info.scenario.description ? `  ${info.scenario.description}` : ''}`];
  for (const set of info.scenario.sets) out.push(`  ${w.sets}${info.labels.lang === 'zh' ? '：' : ': '}${set.key} = ${JSON.stringify(set.value)}`);
  out.push(w.people(comparison.people, comparison.peopleChanged), '');
  for (const dimension of DIMENSIONS) {
    const table = new Table({ style: { head: [], border: [] }, head: [w[dimension], w.baseline, w.whatIf, w.difference], colAligns: ['left', 'right', 'right', 'right'] });
    for (const row of rowsOf(dimension, comparison, info)) table.push([row.label, formatGrouped(row.baseline), formatGrouped(row.whatIf), signed(row.difference, formatGrouped)]);
    table.push([w.total, formatGrouped(comparison.baseline.total), formatGrouped(comparison.scenario.total), signed(comparison.difference.total, formatGrouped)]);
    out.push(table.toString(), '');
  }
  out.push(w.uncomputed(comparison.baseline.uncomputed.count, comparison.scenario.uncomputed.count));
  return `${out.join('\n')}\n`;
}

export function compareJson(comparison: Comparison, info: CompareInfo): Record<string, unknown> {
  const side = (pick: (row: Row) => Fen, total: Fen) => ({
    ...Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, Object.fromEntries(rowsOf(dimension, comparison, info).map((row) => [row.key, formatFen(pick(row))]))])),
    total: formatFen(total),
  });
  return {
    policy: info.policy.edition,
    year: info.year,
    scenario: { name: info.scenario.name, description: info.scenario.description ?? null, sets: info.scenario.sets.map((set) => ({ key: set.key, value: set.value })) },
    people: comparison.people,
    peopleChanged: comparison.peopleChanged,
    rejected: info.rejected,
    baseline: side((row) => row.baseline, comparison.baseline.total),
    whatIf: side((row) => row.whatIf, comparison.scenario.total),
    difference: side((row) => row.difference, comparison.difference.total),
    uncomputed: { baseline: comparison.baseline.uncomputed.count, whatIf: comparison.scenario.uncomputed.count },
  };
}

export const COMPARE_CSV_COLUMNS = ['dimension', 'key', 'label', 'baseline', 'scenario', 'difference'] as const;

/** One row per dimension and key, then one total row; `bom` for files Excel opens. */
export function compareCsv(comparison: Comparison, info: CompareInfo, bom: boolean): string {
  let text = (bom ? '\uFEFF' : '') + csvLine([...COMPARE_CSV_COLUMNS]);
  for (const dimension of DIMENSIONS) {
    for (const row of rowsOf(dimension, comparison, info)) {
      text += csvLine([dimension, row.key, row.label, formatFen(row.baseline), formatFen(row.whatIf), formatFen(row.difference)]);
    }
  }
  text += csvLine(['total', 'total', WORDS[info.labels.lang].total, formatFen(comparison.baseline.total), formatFen(comparison.scenario.total), formatFen(comparison.difference.total)]);
  return text;
}

/**
 * A comparison over a range of years (--year 2014-2016, #17): each year's comparison as a single
 * year prints it, one after the other (table: sections; CSV: a year column; JSON: "years" and "byYear").
 */
export function compareYears(years: readonly { year: number; comparison: Comparison }[], info: CompareInfo, format: FormatName, bom: boolean): string {
  if (format === 'table') return years.map(({ year, comparison }) => renderCompareTable(comparison, { ...info, year })).join('\n');
  if (format === 'json') {
    const byYear = Object.fromEntries(years.map(({ year, comparison }) => {
      const { policy: _policy, scenario: _scenario, ...own } = compareJson(comparison, { ...info, year });
      return [String(year), own];
    }));
    const head = compareJson(years[0]!.comparison, info);
    return `${JSON.stringify({ policy: head.policy, year: info.year, years: years.map(({ year }) => year), scenario: head.scenario, rejected: info.rejected, byYear }, null, 2)}\n`;
  }
  let text = '';
  for (const [index, { year, comparison }] of years.entries()) {
    const lines = compareCsv(comparison, { ...info, year }, bom && index === 0).split('\r\n').filter((line) => line !== '');
    // The header once, with the year column; every other line gains its year.
    text += lines.map((line, row) => (row === 0 ? (index === 0 ? `${line},year` : null) : `${line},${year}`)).filter((line) => line !== null).map((line) => `${line}\r\n`).join('');
  }
  return text;
}
