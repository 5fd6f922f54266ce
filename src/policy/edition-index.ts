// Which editions exist and when each is in force: the bundled edition folders (or an office's edition
// folder and the editions it inherits), read through their chains, put on the timeline of a budget year.
import { basename, join, resolve } from 'node:path';
import { DATA_DIR, DataFileError, displayPath, validateData } from './data-dir.js';
import { editionChain, editionFolders, editionsOfYear, readInherited, type EditionSpan } from './editions.js';
import * as schemas from './schemas.js';

export const POLICIES_DIR = join(DATA_DIR, 'policies');

export interface EditionFolder {
  edition: string;
  effective: string;
  label: { zh: string; en: string };
  dir: string;
}

/** edition.json of an edition folder, read through its chain and validated; its `edition` must be the folder's name. */
function readEditionFolder(dir: string): EditionFolder {
  const chain = editionChain(dir, [POLICIES_DIR]);
  const shown = displayPath(join(dir, 'edition.json'));
  const data = validateData(shown, readInherited(chain, 'edition.json'), schemas.editionSchema);
  const folder = basename(dir);
  if (data.edition !== folder) throw new DataFileError(shown, [`edition: "${data.edition}" should be the folder's name "${folder}"`]);
  return { edition: data.edition, effective: data.effective, label: data.label, dir };
}

function bundledEditions(): EditionFolder[] {
  return editionFolders(POLICIES_DIR).map((entry) => readEditionFolder(entry.dir)).sort((a, b) => a.effective.localeCompare(b.effective));
}

export function listEditions(): { edition: string; effective: string; label: { zh: string; en: string } }[] {
  return bundledEditions().map(({ edition, effective, label }) => ({ edition, effective, label }));
}

/** The latest edition in force at some time during the year; before the first edition, the first. */
export function editionForYear(year: number): string {
  const spans = editionsOfYear(bundledEditions(), year);
  const chosen = spans[spans.length - 1];
  if (!chosen) throw new DataFileError('data/policies', ['no policy edition found']);
  return chosen.edition;
}

/** The editions a budget year uses, each with the months it is in force (`rencai policy --year`). */
export function timelineOfYear(year: number, editionDir?: string): (EditionSpan & { effective: string; label: { zh: string; en: string } })[] {
  const editions = editionsFor(editionDir);
  return editionsOfYear(editions, year).map((span) => {
    const edition = editions.find((entry) => entry.edition === span.edition)!;
    return { ...span, effective: edition.effective, label: edition.label };
  });
}

/** The editions a timeline is made of: an edition folder's chain, or every bundled edition. */
export function editionsFor(editionDir: string | undefined): EditionFolder[] {
  if (editionDir === undefined) return bundledEditions();
  return editionChain(resolve(editionDir), [POLICIES_DIR]).map(readEditionFolder);
}

export function monthOfDate(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}
