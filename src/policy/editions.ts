// Editions over time: an edition folder may inherit another (`"inherits"` in its edition.json) and
// hold only the files it changes, each applied as a JSON merge patch (RFC 7386) on the inherited
// file; and the timeline says which edition is in force in each month of a budget year.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, displayPath } from './data-dir.js';

const EDITION_FILE = 'edition.json';

/** RFC 7386: objects merge key by key, null removes a key, anything else (arrays included) replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataFileError(displayPath(path), [error instanceof Error ? error.message : String(error)]);
  }
}

/**
 * The folders of an edition and of every edition it inherits, the edition's own first. A parent is
 * looked for beside the edition's folder (an office's new edition next to a copy of data/policies),
 * then in the bundled policies folder.
 */
export function editionChain(dir: string, policiesDirs: readonly string[]): string[] {
  const chain: string[] = [];
  let current: string | null = dir;
  while (current !== null) {
    if (chain.includes(current)) throw new DataFileError(displayPath(join(current, EDITION_FILE)), [`inherits: 版本继承形成循环（${chain.map((entry) => entry.split(/[\\/]/).pop()).join(' → ')}）`]);
    chain.push(current);
    const raw = readJson(join(current, EDITION_FILE));
    const parent = isPlainObject(raw) && typeof raw.inherits === 'string' ? raw.inherits : null;
    if (parent === null) break;
    const found: string | undefined = [join(current, '..'), ...policiesDirs].map((base) => join(base, parent)).find((candidate) => existsSync(join(candidate, EDITION_FILE)));
    if (!found) throw new DataFileError(displayPath(join(current, EDITION_FILE)), [`inherits: 找不到被继承的政策版本 "${parent}"`]);
    current = found;
  }
  return chain;
}

/**
 * A data file of an edition as raw JSON: the eldest ancestor's file with each descendant's file of
 * the same name merged over it, in order. Undefined when no edition of the chain has the file.
 */
export function readInherited(chain: readonly string[], file: string): unknown {
  let raw: unknown;
  let found = false;
  for (let index = chain.length - 1; index >= 0; index--) {
    const path = join(chain[index]!, file);
    if (!existsSync(path)) continue;
    const own = readJson(path);
    raw = found ? mergePatch(raw, own) : own;
    found = true;
  }
  if (found && file === EDITION_FILE && isPlainObject(raw)) {
    // An edition inherits its parent's files, not its parent's parent: only its own "inherits" counts.
    const own = readJson(join(chain[0]!, EDITION_FILE));
    raw = { ...raw };
    if (isPlainObject(own) && typeof own.inherits === 'string') (raw as Record<string, unknown>).inherits = own.inherits;
    else delete (raw as Record<string, unknown>).inherits;
  }
  return found ? raw : undefined;
}

/** The folder of the edition that holds `file` nearest to the edition itself (for a file read whole, like the policy text). */
export function inheritedPath(chain: readonly string[], file: string): string | null {
  for (const dir of chain) if (existsSync(join(dir, file))) return join(dir, file);
  return null;
}

/** The edition folders of a policies directory, each with its edition.json read through its chain. */
export function editionFolders(policiesDir: string): { edition: string; dir: string }[] {
  if (!existsSync(policiesDir)) return [];
  return readdirSync(policiesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(policiesDir, entry.name, EDITION_FILE)))
    .map((entry) => ({ edition: entry.name, dir: join(policiesDir, entry.name) }));
}

/** A stretch of a budget year's months under one edition (months as year × 12 + month − 1, both inclusive). */
export interface EditionSpan {
  edition: string;
  first: number;
  last: number;
}

/**
 * Which edition is in force in each month of the year: the latest whose effective month is not
 * after it; before the first edition, the first (its items count from their own effective dates).
 * Consecutive months under one edition form one span.
 */
export function editionsOfYear<T extends { edition: string; effective: string }>(editions: readonly T[], year: number): EditionSpan[] {
  const sorted = [...editions].sort((a, b) => a.effective.localeCompare(b.effective));
  if (sorted.length === 0) return [];
  const spans: EditionSpan[] = [];
  for (let month = year * 12; month < year * 12 + 12; month++) {
    let inForce = sorted[0]!;
    for (const edition of sorted) if (monthOf(edition.effective) <= month) inForce = edition;
    const last = spans[spans.length - 1];
    if (last && last.edition === inForce.edition) last.last = month;
    else spans.push({ edition: inForce.edition, first: month, last: month });
  }
  return spans;
}

function monthOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
