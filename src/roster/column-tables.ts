// README's column tables (核心列, 申报列, 单位花名册的列), rendered from what the reader itself reads: the
// column table (policy/columns.ts: kinds, code lists, `readme` notes), data/codes.json (headers, aliases,
// code labels) and the rules between columns (cross-field.ts, the edition's column-rules.json), so the
// tables cannot say what the reader does not do. `npm run docs:columns` writes them between README's
// markers; tests/roster/column-tables.test.ts fails when README's differ.
import { PERSON_COLUMNS, UNIT_COLUMNS, type ColumnSpec } from '../policy/columns.js';
import type { ColumnRuleData } from '../policy/types.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import { crossFieldRules, type CrossFieldRule } from './cross-field.js';

export type ColumnTableName = 'core' | 'claims' | 'units';

/** The marker lines README's table sits between. */
export function tableMarkers(name: ColumnTableName): { begin: string; end: string } {
  return { begin: `<!-- columns:${name} (npm run docs:columns) -->`, end: `<!-- /columns:${name} -->` };
}

/** What the column table can say itself of a column's values. */
function kindWords(column: ColumnSpec): string {
  const vocabulary = loadVocabulary();
  if (column.kind === 'code' && column.field) return vocabulary.codesOf(column.field).map((code) => vocabulary.labelOf(column.field!, code)).join('、');
  if (column.kind === 'yes_no') return '是/否';
  if (column.kind === 'amount_claim') return '金额或“是”';
  return '';
}

// "必填 when" before "only when": a column's duty reads first.
const byKind = (a: CrossFieldRule, b: CrossFieldRule) => (a.kind === b.kind ? 0 : a.kind === 'required' ? -1 : 1);

function valuesCell(column: ColumnSpec, rules: readonly CrossFieldRule[]): string {
  const own = kindWords(column) + (column.readme ?? '');
  const ruled = rules.filter((rule) => rule.column === column.key).sort(byKind).map((rule) => rule.readme);
  return [own, ...ruled].filter((text) => text !== '').join('；');
}

const row = (cells: readonly string[]) => `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;

function table(columns: readonly ColumnSpec[], headers: readonly { key: string; zh: string; aliases: string[] }[], rules: readonly CrossFieldRule[]): string {
  const lines = [row(['键', '中文表头', '别名', '取值']), '|---|---|---|---|'];
  for (const column of columns) {
    const header = headers.find((entry) => entry.key === column.key);
    lines.push(row([column.key, header?.zh ?? '', header?.aliases.join('、') ?? '', valuesCell(column, rules)]));
  }
  return lines.join('\n');
}

/** The three tables as Markdown, with the edition's rules between columns (its column-rules.json). */
export function columnTables(columnRules: readonly ColumnRuleData[]): Record<ColumnTableName, string> {
  const vocabulary = loadVocabulary();
  const rules = crossFieldRules(columnRules);
  return {
    core: table(PERSON_COLUMNS.filter((column) => !column.claim), vocabulary.columns, rules),
    claims: table(PERSON_COLUMNS.filter((column) => column.claim), vocabulary.columns, rules),
    units: table(UNIT_COLUMNS, vocabulary.unitColumns, []),
  };
}

/** README with each table between its markers replaced by the rendered one; throws if a marker is missing. */
export function withColumnTables(readme: string, tables: Record<ColumnTableName, string>): string {
  let text = readme;
  for (const [name, rendered] of Object.entries(tables) as [ColumnTableName, string][]) {
    const { begin, end } = tableMarkers(name);
    const from = text.indexOf(begin);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md: no "${begin}" … "${end}" around the ${name} table`);
    text = `${text.slice(0, from + begin.length)}\n${rendered}\n${text.slice(to)}`;
  }
  return text;
}
