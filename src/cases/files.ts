// Which case files an edition runs: its own tests/ folder's, and those of every edition it
// inherits, a file of the same name nearer the edition overriding the inherited one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DATA_DIR, DataFileError, displayPath, validateData } from '../policy/data-dir.js';
import { editionChain } from '../policy/editions.js';
import { POLICIES_DIR } from '../policy/edition-index.js';
import { caseFileSchema, type CaseFile } from './schema.js';

export const CASES_DIR = 'tests';
const CASE_FILE = /\.(ya?ml|json)$/i;

export interface CaseFileRef {
  /** The edition folder the cases run against (its timeline prices them). */
  editionDir: string;
  path: string;
}

/** The case files of an edition folder, its ancestors' included unless it overrides them by name. */
export function editionCaseFiles(editionDir: string): CaseFileRef[] {
  const byName = new Map<string, string>();
  for (const dir of editionChain(resolve(editionDir), [POLICIES_DIR]).reverse()) {
    const tests = join(dir, CASES_DIR);
    if (!existsSync(tests)) continue;
    for (const name of readdirSync(tests).filter((entry) => CASE_FILE.test(entry)).sort()) byName.set(name.replace(CASE_FILE, ''), join(tests, name));
  }
  return [...byName.values()].map((path) => ({ editionDir: resolve(editionDir), path }));
}

/**
 * What `rencai test PATH` runs: PATH an edition folder, its tests/ folder or one case file; without
 * PATH, every edition under data/policies. Null when PATH is none of these.
 */
export function caseFilesOf(path: string | undefined): CaseFileRef[] | null {
  if (path === undefined) {
    if (!existsSync(POLICIES_DIR)) return [];
    return readdirSync(POLICIES_DIR).sort().map((name) => join(POLICIES_DIR, name))
      .filter((dir) => existsSync(join(dir, 'edition.json'))).flatMap(editionCaseFiles);
  }
  // "data/policies/…" as the README writes it also names the data folder in use, wherever rencai runs.
  let absolute = resolve(path);
  if (!existsSync(absolute) && /^data[\\/]/.test(path)) absolute = join(DATA_DIR, path.slice(5));
  if (!existsSync(absolute)) return null;
  if (statSync(absolute).isDirectory()) {
    if (existsSync(join(absolute, 'edition.json'))) return editionCaseFiles(absolute);
    if (basename(absolute) === CASES_DIR && existsSync(join(dirname(absolute), 'edition.json'))) return editionCaseFiles(dirname(absolute));
    return null;
  }
  // One file: it runs against the nearest folder above it with an edition.json.
  for (let dir = dirname(absolute); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'edition.json'))) return [{ editionDir: dir, path: absolute }];
  }
  return null;
}

export function readCaseFile(path: string): CaseFile {
  const shown = displayPath(path);
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    raw = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new DataFileError(shown, [error instanceof Error ? error.message : String(error)]);
  }
  return validateData(shown, raw, caseFileSchema);
}
