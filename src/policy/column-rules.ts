// column-rules.json → the rules between roster columns that the policy's text sets (issue #14). The
// roster reader checks rows before a budget year picks an edition, so the rules are the latest
// bundled edition's (read through its chain); the form's own rules stay in roster/cross-field.ts.
import { join } from 'node:path';
import { DataFileError, displayPath, validateData } from './data-dir.js';
import { editionChain, readInherited } from './editions.js';
import { editionsFor, POLICIES_DIR } from './edition-index.js';
import * as schemas from './schemas.js';
import { loadVocabulary, type CodeField } from './vocabulary.js';

export interface ColumnRuleData {
  id: string;
  clause: string;
  column: string;
  kind: 'required' | 'only';
  /** The column whose code decides, and the codes under which the rule allows or requires `column`. */
  whenColumn: CodeField;
  whenIn: readonly string[];
  text: string;
  message: { zh: string; en: string };
}

const PLACEHOLDERS = new Set(['column', 'value', 'allowed']);
let cached: readonly ColumnRuleData[] | undefined;

/** The rules, checked against the roster's columns and codes; none when no edition has the file. */
export function loadColumnRules(): readonly ColumnRuleData[] {
  if (cached) return cached;
  const editions = editionsFor(undefined);
  const latest = editions[editions.length - 1];
  if (!latest) return (cached = []);
  const raw = readInherited(editionChain(latest.dir, [POLICIES_DIR]), 'column-rules.json');
  if (raw === undefined) return (cached = []);
  const shown = displayPath(join(latest.dir, 'column-rules.json'));
  const data = validateData(shown, raw, schemas.columnRulesSchema);
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
  cached = data.rules.map((rule) => ({
    id: rule.id, clause: rule.clause, column: rule.column, kind: rule.kind,
    whenColumn: rule.when.column as CodeField, whenIn: rule.when.in, text: rule.text, message: rule.message,
  }));
  return cached;
}
