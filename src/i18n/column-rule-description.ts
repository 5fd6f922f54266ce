// A rule between roster columns (column-rules.json) as `rencai policy` says it: which column a row must or
// may give, when, and the sentence of the text it comes from.
import type { Lang } from './lang.js';
import { loadVocabulary } from '../policy/vocabulary.js';
import type { ColumnRuleData } from '../policy/types.js';

export interface ColumnRuleDescription {
  id: string;
  clause: string;
  rule: string;
  excerpt: string;
}

const COLUMN_RULE_TEXT: Record<Lang, Record<ColumnRuleData['kind'], (column: string, when: string, codes: string) => string>> = {
  zh: {
    required: (column, when, codes) => `${when}为${codes}时，必须填写“${column}”`,
    only: (column, when, codes) => `“${column}”只在${when}为${codes}时可以填写`,
  },
  en: {
    required: (column, when, codes) => `${column} is required when ${when} is ${codes}`,
    only: (column, when, codes) => `${column} may be given only when ${when} is ${codes}`,
  },
};

/** The rule as a sentence in the reader's language, with the policy's sentence it comes from. */
export function describeColumnRule(rule: ColumnRuleData, lang: Lang): ColumnRuleDescription {
  const vocabulary = loadVocabulary();
  const header = (key: string) => (lang === 'zh' ? (vocabulary.columns.find((column) => column.key === key)?.zh ?? key) : key);
  const codes = rule.whenIn.map((code) => (lang === 'zh' ? `“${vocabulary.labelOf(rule.whenColumn, code)}”` : code)).join(lang === 'zh' ? '或' : ' or ');
  return { id: rule.id, clause: rule.clause, rule: COLUMN_RULE_TEXT[lang][rule.kind](header(rule.column), lang === 'zh' ? `“${header(rule.whenColumn)}”` : rule.whenColumn, codes), excerpt: rule.text };
}
