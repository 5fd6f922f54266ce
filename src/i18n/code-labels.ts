// A roster code's name in the chosen language: Chinese from data/codes.json (the policy's own
// words), English from data/labels-en.json.
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, readDataFile } from '../policy/data-dir.js';
import { loadVocabulary, type CodeField } from '../policy/vocabulary.js';
import type { Lang } from './reasons.js';

const englishSchema = z.object({
  $comment: z.string().optional(),
  codes: z.record(z.string(), z.record(z.string(), z.string().min(1))),
});

let english: z.infer<typeof englishSchema> | undefined;

export function codeLabel(field: CodeField, code: string, lang: Lang): string {
  if (lang === 'zh') return loadVocabulary().labelOf(field, code);
  english ??= readDataFile(join(DATA_DIR, 'labels-en.json'), englishSchema);
  return english.codes[field]?.[code] ?? code;
}
