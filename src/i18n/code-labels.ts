// A roster code's or column's name in the chosen language: Chinese from data/codes.json (the policy's
// own words); English from data/labels-en.json for codes, from the column table for columns.
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, readDataFile } from '../policy/data-dir.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import { PERSON_COLUMNS } from '../policy/columns.js';
import type { Lang } from './lang.js';

/** data/labels-en.json (data/schemas/labels-en.schema.json is made from it). */
export const englishSchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  codes: z.record(z.string(), z.record(z.string(), z.string().min(1))),
});

const ENGLISH_COLUMNS: ReadonlyMap<string, string> = new Map(PERSON_COLUMNS.map((column) => [column.key, column.en]));

let english: z.infer<typeof englishSchema> | undefined;

function englishLabels(): z.infer<typeof englishSchema> {
  english ??= readDataFile(join(DATA_DIR, 'labels-en.json'), englishSchema);
  return english;
}

export function codeLabel(field: CodeField, code: string, lang: Lang): string {
  if (lang === 'zh') return loadVocabulary().labelOf(field, code);
  return englishLabels().codes[field]?.[code] ?? code;
}

/** A roster column's name: its Chinese header, or its English name (the key when none is given). */
export function columnLabel(key: string, lang: Lang): string {
  if (lang === 'zh') return loadVocabulary().columns.find((column) => column.key === key)?.zh ?? key;
  return ENGLISH_COLUMNS.get(key) ?? key;
}
