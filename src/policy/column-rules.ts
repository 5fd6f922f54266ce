// column-rules.json → the rules between roster columns that the policy's text sets (issue #14). Part of the
// loaded edition like every other data file, so --set and --scenario reach them (columnRules.<id>.…); the
// commands hand the edition's rules to the roster reader and the questionnaire. The form's own rules stay
// in roster/cross-field.ts.
import type { z } from 'zod';
import { DataFileError } from './data-dir.js';
import type * as schemas from './schemas.js';
import type { ColumnRuleData } from './types.js';
import { loadVocabulary, type CodeField } from './vocabulary.js';

export type { ColumnRuleData } from './types.js';

const PLACEHOLDERS = new Set(['column', 'value', 'allowed']);

/** The rules, checked against the roster's columns and codes; `shown` names the file in a data error. */
export function compileColumnRules(data: z.infer<typeof schemas.columnRulesSchema>, shown: string): ColumnRuleData[] {
  const vocabulary = loadVocabulary();
  const keys = new Set(vocabulary.columns.map((column) => column.key));
  const problems: string[] = [];
  data.rules.forEach((rule, index) => {
    const where = `rules.${index} (${rule.id})`;
    if (!keys.has(rule.column)) problems.push(`${where}.column: "${rule.column}" is not a roster column`);
    let codes: readonly string[] = [];
    try {
      codes = vocabulary.codesOf(rule.when.column as CodeField);
    } catch {
      problems.push(`${where}.when.column: "${rule.when.column}" is not a column with codes`);
    }
    for (const code of rule.when.in) if (codes.length > 0 && !codes.includes(code)) problems.push(`${where}.when.in: "${code}" is not a code of ${rule.when.column}`);
    for (const text of [rule.message.zh, rule.message.en]) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (!PLACEHOLDERS.has(name!)) problems.push(`${where}.message: {${name}} is not one of {column}, {value}, {allowed}`);
    }
  });
  if (problems.length > 0) throw new DataFileError(shown, problems);
  return data.rules.map((rule) => ({
    id: rule.id, clause: rule.clause, column: rule.column, kind: rule.kind,
    whenColumn: rule.when.column as CodeField, whenIn: rule.when.in, text: rule.text, message: rule.message,
  }));
}
