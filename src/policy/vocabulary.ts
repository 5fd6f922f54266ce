// The roster vocabulary (data/codes.json): column keys and headers, codes and their Chinese labels.
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, readDataFile } from './data-dir.js';

const labelled = z.object({ code: z.string().min(1), labels: z.array(z.string().min(1)).min(1) });

const columnsSchema = z.array(z.object({ key: z.string().min(1), zh: z.string().min(1), aliases: z.array(z.string()) })).min(1);

/** data/codes.json (data/schemas/codes.schema.json is made from it). */
export const vocabularySchema = z.object({
  $schema: z.string().optional(),
  $comment: z.string().optional(),
  columns: columnsSchema,
  unitColumns: columnsSchema,
  codes: z.record(z.string(), z.array(labelled).min(1)),
  payers: z.array(labelled).min(1),
});

export type CodeField = 'honors' | 'education' | 'degree' | 'title' | 'skill' | 'intro_mode' | 'employer_type'
  | 'employer_level' | 'county' | 'work_level' | 'yes_no' | 'grassroots_program' | 'sci_award' | 'unit_type';

export interface Vocabulary {
  columns: { key: string; zh: string; aliases: string[] }[];
  /** Columns of a roster of units (§11, §18 organisation-level items). */
  unitColumns: { key: string; zh: string; aliases: string[] }[];
  /** Codes of a field in their documented order (that order is the one `atLeast` compares by). */
  codesOf(field: CodeField): readonly string[];
  /** The Chinese label printed for a code. */
  labelOf(field: CodeField, code: string): string;
  /** A cell's code: the code itself or any of its labels, ignoring case and surrounding space; null if unknown. */
  lookup(field: CodeField, cell: string): string | null;
  payerLabel(payer: string): string;
}

/** Folds the forms a clerk may type for the same thing: case, full-width quotes, inner spaces. */
export function normaliseLabel(text: string): string {
  return text.trim().toLowerCase().replace(/[“”"「」]/g, '"').replace(/\s+/g, '');
}

let cached: Vocabulary | undefined;

export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const data = readDataFile(join(DATA_DIR, 'codes.json'), vocabularySchema);
  const lookups = new Map<string, Map<string, string>>();
  for (const [field, entries] of Object.entries(data.codes)) {
    const map = new Map<string, string>();
    for (const entry of entries) {
      map.set(normaliseLabel(entry.code), entry.code);
      for (const label of entry.labels) map.set(normaliseLabel(label), entry.code);
    }
    lookups.set(field, map);
  }
  const entriesOf = (field: string) => {
    const entries = data.codes[field];
    if (!entries) throw new Error(`data/codes.json has no codes for ${field}`);
    return entries;
  };
  const payerLabels = new Map(data.payers.map((payer) => [payer.code, payer.labels[0] ?? payer.code]));
  cached = {
    columns: data.columns,
    unitColumns: data.unitColumns,
    codesOf: (field) => entriesOf(field).map((entry) => entry.code),
    labelOf: (field, code) => entriesOf(field).find((entry) => entry.code === code)?.labels[0] ?? code,
    lookup: (field, cell) => lookups.get(field)?.get(normaliseLabel(cell)) ?? null,
    payerLabel: (payer) => payerLabels.get(payer) ?? payer,
  };
  return cached;
}
