// The rules between the person's columns (README "列之间的规则"), one list: the roster reader
// rejects a row that breaks one (person-row.ts), and the questionnaire asks a column exactly when a
// rule requires it and offers it only where the rules allow it (questionnaire/questions.ts,
// relevance.ts, situations.ts), so a window and a batch cannot disagree about which facts a person
// must or may have. The form's own rules are here (which finance pays needs a county; a share only
// splits a partial funding; an amount needs the column it is the amount of); the rules the policy's
// text sets are data (column-rules.json), applied here by their kind.
import type { ColumnRuleData } from '../policy/types.js';
import { PERSON_COLUMNS } from '../policy/columns.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { columnZh, type ContractKey } from './columns.js';
import type { RosterMessages } from './messages.js';
import { label } from './cell-parsers.js';

/** A row's facts as codes: yes/no columns as "yes" when yes, a given cell as its text, an empty one absent. */
export type ColumnFacts = Partial<Record<ContractKey, string | undefined>>;

export interface CrossFieldRule {
  id: string;
  column: ContractKey;
  /** required: the column must be given when `when` holds; only: it may be given (yes, for a yes/no column) only when `when` holds. */
  kind: 'required' | 'only';
  /** A rule of the grant and tax columns: checked once they are read, and reported after their cells' errors. */
  claims: boolean;
  when(facts: ColumnFacts): boolean;
  /** What a clerk reads; `cells` are the row's cells as written (for a code the row did not spell as its code). */
  message(facts: ColumnFacts, cells: ColumnFacts, m: RosterMessages): string;
  /** The rule as README's column tables print it in the column's 取值 cell (zh), so the tables cannot forget a rule. */
  readme: string;
}

const vocabulary = loadVocabulary();
const name = (key: ContractKey, m: RosterMessages) => m.columnName(key, columnZh(key));
/**
 * A code as the messages' language names it (the Chinese label, the code in English, as the lists of allowed
 * codes do), or the cell as the clerk wrote it when the code is unknown.
 */
const labelOf = (field: CodeField, code: string | undefined, cell: string | undefined, m: RosterMessages) =>
  m.lang === 'en' && known(code) ? code! : label(field, code, cell ?? '');
const known = (value: string | undefined) => value !== undefined && value !== '';
const given = (value: string | undefined) => known(value) && value !== 'no';

/** Which finance pays follows the employer's level and the place of work; a city employer at a city post needs no county. */
const countyPays = (facts: ColumnFacts) => facts.employer_level === 'county' || (facts.work_level !== undefined && facts.work_level !== 'city');

const CLAIM_COLUMNS: ReadonlySet<string> = new Set(PERSON_COLUMNS.filter((column) => column.claim).map((column) => column.key));

const form = (rule: Omit<CrossFieldRule, 'claims'>, claims = false): CrossFieldRule => ({ ...rule, claims });

const PERSON_RULES: readonly CrossFieldRule[] = [
  // A funding share splits a partially funded institution's cost; for any other employer it would be ignored.
  form({
    id: 'fiscal_share_only_partial', column: 'fiscal_share', kind: 'only', when: (facts) => facts.employer_type === undefined || facts.employer_type === 'inst_partial',
    message: (facts, cells, m) => m.fiscalShareRefused(labelOf('employer_type', facts.employer_type, cells.employer_type, m)),
    readme: '其他单位不填',
  }),
  form({
    id: 'fiscal_share_required', column: 'fiscal_share', kind: 'required', when: (facts) => facts.employer_type === 'inst_partial',
    message: (facts, cells, m) => m.fiscalShareRequired(labelOf('employer_type', facts.employer_type, cells.employer_type, m)),
    readme: '差额拨款事业单位必填',
  }),
  form({
    id: 'county_for_payer', column: 'county', kind: 'required', when: countyPays,
    message: (facts, cells, m) => m.countyRequired(labelOf('employer_level', facts.employer_level, cells.employer_level || '—', m), labelOf('work_level', facts.work_level, cells.work_level || '—', m)),
    readme: '县级单位或在县级、乡镇、村工作的必填',
  }),
  // §16: the fresh graduate's rent is paid by the enterprise's county (said once: the payer rule's sentence covers both).
  form({
    id: 'county_for_fresh_graduate', column: 'county', kind: 'required', when: (facts) => facts.fresh_graduate === 'yes' && !countyPays(facts),
    message: (_facts, _cells, m) => m.freshGraduateCounty(),
    readme: `“${columnZh('fresh_graduate')}”为“是”的必填`,
  }),
];

const CLAIM_RULES: readonly CrossFieldRule[] = [
  form({
    id: 'insurance_needs_sme_graduate', column: 'first_year_insurance', kind: 'only', when: (facts) => given(facts.sme_graduate),
    message: (_facts, _cells, m) => m.needsColumn(name('first_year_insurance', m), name('sme_graduate', m)),
    readme: `须同时填“${columnZh('sme_graduate')}”`,
  }, true),
  form({
    id: 'settlement_needs_programme', column: 'settlement_amount', kind: 'only', when: (facts) => given(facts.grassroots_program),
    message: (_facts, _cells, m) => m.needsColumn(name('settlement_amount', m), name('grassroots_program', m)),
    readme: `须同时填“${columnZh('grassroots_program')}”`,
  }, true),
  // §14: the settlement grant is paid by the county where the recruit serves (a reading).
  form({
    id: 'county_for_programme', column: 'county', kind: 'required', when: (facts) => given(facts.grassroots_program),
    message: (_facts, _cells, m) => m.needsCountyFor(name('grassroots_program', m)),
    readme: `填了“${columnZh('grassroots_program')}”的必填`,
  }, true),
  // §11: a county-registered project is paid by that county's finance.
  form({
    id: 'county_for_county_project', column: 'project_county', kind: 'required', when: (facts) => facts.project_level === 'county' && !known(facts.county),
    message: (_facts, _cells, m) => m.needsCountyFor(name('project_level', m)),
    readme: `“${columnZh('project_level')}”为“${vocabulary.labelOf('employer_level', 'county')}”而未填“${columnZh('county')}”的必填`,
  }, true),
  form({
    id: 'project_county_needs_level', column: 'project_county', kind: 'only', when: (facts) => given(facts.project_level),
    message: (_facts, _cells, m) => m.needsColumn(name('project_county', m), name('project_level', m)),
    readme: `须同时填“${columnZh('project_level')}”`,
  }, true),
];

/** A rule of the text (column-rules.json), applied by its kind: a row whose deciding column is empty or unreadable breaks none. */
function fromData(rule: ColumnRuleData): CrossFieldRule {
  const column = rule.column as ContractKey;
  const deciding = rule.whenColumn as ContractKey;
  return {
    id: rule.id, column, kind: rule.kind, claims: CLAIM_COLUMNS.has(column),
    when: (facts) => {
      const value = facts[deciding];
      return known(value) ? rule.whenIn.includes(value!) : rule.kind === 'only';
    },
    message: (facts, cells, m) => m.columnRule(rule.message)
      .replaceAll('{column}', name(column, m))
      .replaceAll('{value}', labelOf(rule.whenColumn, facts[deciding], cells[deciding], m))
      .replaceAll('{allowed}', rule.whenIn.map((code) => m.codeWithLabel(vocabulary.labelOf(rule.whenColumn, code), code)).join(m.listSeparator)),
    readme: readmeOf(rule),
  };
}

/** A rule of the text in README's words: "工作地层级为乡镇、村的必填", "单位性质须为国有企业或民营企业". */
function readmeOf(rule: ColumnRuleData): string {
  const when = columnZh(rule.whenColumn as ContractKey);
  const labels = rule.whenIn.map((code) => vocabulary.labelOf(rule.whenColumn, code));
  return rule.kind === 'required' ? `${when}为${labels.join('、')}的必填` : `${when}须为${labels.join('或')}`;
}

/** The rules a roster is read and a person asked by: the form's, and the edition's (policy.columnRules). */
export type ColumnRules = readonly CrossFieldRule[];

/**
 * In the order the reader reports them: the person's columns' form rules, the text's rules, then the
 * form rules of the grant and tax columns. An unreadable column (undefined) breaks no rule: its own error is enough.
 */
export function crossFieldRules(columnRules: readonly ColumnRuleData[]): ColumnRules {
  let rules = compiled.get(columnRules);
  if (rules === undefined) {
    rules = [...PERSON_RULES, ...columnRules.map(fromData), ...CLAIM_RULES];
    compiled.set(columnRules, rules);
  }
  return rules;
}
// The questionnaire asks for the rules at every probe; an edition's are compiled once.
const compiled = new WeakMap<readonly ColumnRuleData[], ColumnRules>();

/** Whether some rule requires the column to be given, with these facts (`claims` false: the person's rules only). */
export function isRequired(rules: ColumnRules, column: ContractKey, facts: ColumnFacts, claims = true): boolean {
  return rules.some((rule) => (claims || !rule.claims) && rule.column === column && rule.kind === 'required' && rule.when(facts));
}

/** Whether the rules let the column be given, with these facts. */
export function isAllowed(rules: ColumnRules, column: ContractKey, facts: ColumnFacts): boolean {
  return rules.every((rule) => rule.column !== column || rule.kind !== 'only' || rule.when(facts));
}

function breaks(rule: CrossFieldRule, facts: ColumnFacts): boolean {
  const present = given(facts[rule.column]);
  return rule.kind === 'required' ? !present && rule.when(facts) : present && !rule.when(facts);
}

/** Whether the facts break a rule of the group: the reader's in-place path asks it of every row, so it builds no list. */
export function breaksAny(rules: ColumnRules, facts: ColumnFacts, claims: boolean): boolean {
  for (const rule of rules) if (rule.claims === claims && breaks(rule, facts)) return true;
  return false;
}

/** The rules of one group (the person's columns, or the grant and tax columns') the facts break, in the rules' order. */
export function brokenRules(rules: ColumnRules, facts: ColumnFacts, claims: boolean): CrossFieldRule[] {
  return rules.filter((rule) => rule.claims === claims && breaks(rule, facts));
}
