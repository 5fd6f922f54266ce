// The blank roster of `rencai template`: the header of every roster column and one example row (the
// column table's `example` cells, policy/columns.ts), in Chinese labels or in English keys and codes,
// UTF-8 with a BOM so that Excel and WPS open it with the Chinese intact.
import { csvLine } from '../io/csv-line.js';
import type { Lang } from '../i18n/lang.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { PERSON_COLUMNS } from '../policy/columns.js';
import { EXAMPLE_ROW_IDS } from './example-row.js';

/** Columns whose cells are codes, and the code list each comes from (the column table's). */
const CODE_FIELDS: Readonly<Record<string, CodeField>> = Object.fromEntries(
  PERSON_COLUMNS.flatMap((column): [string, CodeField][] => {
    if ('field' in column) return [[column.key, column.field]];
    return column.kind === 'yes_no' ? [[column.key, 'yes_no']] : [];
  }),
);

const EXAMPLE: Readonly<Record<string, string>> = Object.fromEntries(
  PERSON_COLUMNS.flatMap((column) => ('example' in column ? [[column.key, column.example]] : [])),
);

export function templateText(headerLang: Lang): string {
  const vocabulary = loadVocabulary();
  const header = vocabulary.columns.map((column) => (headerLang === 'zh' ? column.zh : column.key));
  const cells = vocabulary.columns.map((column) => {
    // The id marks the row as the example, so the reader refuses it until it is deleted.
    const value = column.key === 'id' ? EXAMPLE_ROW_IDS[headerLang] : EXAMPLE[column.key] ?? '';
    const field = CODE_FIELDS[column.key];
    return headerLang === 'zh' && field && value !== '' ? vocabulary.labelOf(field, value) : value;
  });
  return `\uFEFF${csvLine(header)}${csvLine(cells)}`;
}
