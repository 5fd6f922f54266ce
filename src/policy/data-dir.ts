import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { z } from 'zod';

/**
 * data/ beside src/ and dist/ alike (both are one level below the package root). RENCAI_DATA_DIR
 * points at another copy of data/ (for example one with a later policy edition dropped in).
 */
export const DATA_DIR = dataDirFrom(process.env.RENCAI_DATA_DIR);

function dataDirFrom(override: string | undefined): string {
  if (!override) return fileURLToPath(new URL('../../data/', import.meta.url));
  const absolute = resolve(override);
  return absolute.endsWith(sep) ? absolute : absolute + sep;
}

/** A detail as one line: a line break or other control character in it (JSON.parse quotes the file) is shown escaped. */
function oneLine(detail: string): string {
  return detail.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export class DataFileError extends Error {
  readonly details: string[];
  constructor(readonly file: string, details: string[]) {
    const lines = details.map(oneLine);
    super(`数据文件 ${file} 有误：\n${lines.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'DataFileError';
    this.details = lines;
  }
}

/** A data file's path as a person reads it: relative to data/ when it is in there. */
export function displayPath(path: string): string {
  return path.startsWith(DATA_DIR) ? join('data', path.slice(DATA_DIR.length)) : path;
}

/**
 * Reads a JSON data file and validates it, naming the file and each bad field on failure.
 * `transform` changes the raw JSON before validation (a what-if scenario's overlay).
 */
export function readDataFile<T>(path: string, schema: z.ZodType<T>, transform?: (raw: unknown) => unknown): T {
  const shown = displayPath(path);
  let raw: unknown;
  try {
    // A byte order mark (Notepad writes one) is not part of the JSON.
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataFileError(shown, [error instanceof Error ? error.message : String(error)]);
  }
  return validateData(shown, raw, schema, transform);
}

/** Validates raw JSON already read (an inherited edition's file after its merge patches); `shown` names it in errors. */
export function validateData<T>(shown: string, raw: unknown, schema: z.ZodType<T>, transform?: (raw: unknown) => unknown): T {
  if (transform) raw = transform(raw);
  // Each data file is checked once a run: zod's compiled fast path (a generated function per object
  // schema) costs more to build than it saves on one parse (bench/PROFILE.md, issue #18 fifth round).
  const parsed = schema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    throw new DataFileError(
      shown,
      parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(根)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
