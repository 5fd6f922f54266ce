// The rules between the person's columns (README "列之间的规则"), written once: the roster reader
// rejects a row that breaks one (person-row.ts), and the questionnaire asks a column exactly when a
// rule requires it and offers it only where the rules allow it (questionnaire/questions.ts,
// relevance.ts), so a window and a batch cannot disagree about which facts a person must or may have.
// These are form logic (which finance pays needs the county; a share only splits a partial funding);
// what the policy's text grants or refuses is in data (claim-rules.json).
import type { ContractKey } from './columns.js';

/** A row's facts as codes: yes/no columns as "yes" when yes, a given cell as its text, an empty one absent. */
export type ColumnFacts = Partial<Record<ContractKey, string | undefined>>;

export interface CrossFieldRule {
  id: 'fiscal_share_only_partial' | 'fiscal_share_required' | 'county_for_payer' | 'county_for_fresh_graduate' | 'salary_at_township' | 'fresh_graduate_at_enterprise';
  column: ContractKey;
  /** required: the column must be given when `when` holds; only: it may be given (yes, for a yes/no column) only when `when` holds. */
  kind: 'required' | 'only';
  when(facts: ColumnFacts): boolean;
}

export const ENTERPRISES: readonly string[] = ['soe', 'private'];

const TOWNSHIP_OR_BELOW: readonly string[] = ['township', 'village'];
/** Which finance pays follows the employer's level and the place of work; a city employer at a city post needs no county. */
const countyPays = (facts: ColumnFacts) => facts.employer_level === 'county' || (facts.work_level !== undefined && facts.work_level !== 'city');

/** In the order the reader reports them. An unreadable column (undefined) breaks no rule: its own error is enough. */
export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  // A funding share splits a partially funded institution's cost; for any other employer it would be ignored.
  { id: 'fiscal_share_only_partial', column: 'fiscal_share', kind: 'only', when: (facts) => facts.employer_type === undefined || facts.employer_type === 'inst_partial' },
  { id: 'fiscal_share_required', column: 'fiscal_share', kind: 'required', when: (facts) => facts.employer_type === 'inst_partial' },
  { id: 'county_for_payer', column: 'county', kind: 'required', when: countyPays },
  // §16: the fresh graduate's rent is paid by the enterprise's county (said once: the payer rule's sentence covers both).
  { id: 'county_for_fresh_graduate', column: 'county', kind: 'required', when: (facts) => facts.fresh_graduate === 'yes' && !countyPays(facts) },
  // §17: the grassroots allowance is a share of the basic salary.
  { id: 'salary_at_township', column: 'base_salary', kind: 'required', when: (facts) => facts.work_level !== undefined && TOWNSHIP_OR_BELOW.includes(facts.work_level) },
  // §16: 应届毕业生 of the rental subsidy are those an enterprise employs.
  { id: 'fresh_graduate_at_enterprise', column: 'fresh_graduate', kind: 'only', when: (facts) => facts.employer_type === undefined || ENTERPRISES.includes(facts.employer_type) },
];

const given = (value: string | undefined) => value !== undefined && value !== '' && value !== 'no';

/** Whether some rule requires the column to be given, with these facts. */
export function isRequired(column: ContractKey, facts: ColumnFacts): boolean {
  return CROSS_FIELD_RULES.some((rule) => rule.column === column && rule.kind === 'required' && rule.when(facts));
}

/** Whether the rules let the column be given, with these facts. */
export function isAllowed(column: ContractKey, facts: ColumnFacts): boolean {
  return CROSS_FIELD_RULES.every((rule) => rule.column !== column || rule.kind !== 'only' || rule.when(facts));
}

/** The rules the facts break, in CROSS_FIELD_RULES order. */
export function brokenRules(facts: ColumnFacts): CrossFieldRule[] {
  return CROSS_FIELD_RULES.filter((rule) => {
    const present = given(facts[rule.column]);
    return rule.kind === 'required' ? !present && rule.when(facts) : present && !rule.when(facts);
  });
}
