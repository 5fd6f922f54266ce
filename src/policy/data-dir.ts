import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

/** data/ beside src/ and dist/ alike (both are one level below the package root). */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class DataFileError extends Error {
  constructor(readonly file: string, readonly details: string[]) {
    super(`数据文件 ${file} 有误：\n${details.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'DataFileError';
  }
}

/** Reads a JSON data file and validates it, naming the file and each bad field on failure. */
export function readDataFile<T>(path: string, schema: z.ZodType<T>): T {
  const shown = path.startsWith(DATA_DIR) ? join('data', path.slice(DATA_DIR.length)) : path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataFileError(shown, [error instanceof Error ? error.message : String(error)]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new DataFileError(
      shown,
      parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(根)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
