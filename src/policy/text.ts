// The bundled text of a policy edition (data/policies/<edition>/policy.zh.txt), split into its
// numbered articles so that a clause such as "§16" leads to the words of article 16.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './data-dir.js';
import { editionChain, inheritedPath } from './editions.js';

export const POLICY_TEXT_FILE = 'policy.zh.txt';

/** An article begins with its number and "、" at the start of a line ("16、引进人才住房政策。…"). */
const ARTICLE_START = /^\s*(\d+)、/;
/** A part heading ("三、政策支持") ends the article before it. */
const PART_HEADING = /^\s*[一二三四五六七八九十]+、/;

/** Article number → its text (paragraphs joined by a newline, surrounding space trimmed). */
export function splitArticles(text: string): Map<number, string> {
  const articles = new Map<number, string>();
  let current: { number: number; lines: string[] } | null = null;
  const close = () => {
    if (current) articles.set(current.number, current.lines.map((line) => line.trim()).filter((line) => line !== '').join('\n'));
    current = null;
  };
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    const start = ARTICLE_START.exec(line);
    if (start) {
      close();
      current = { number: Number(start[1]), lines: [line] };
    } else if (PART_HEADING.test(line)) {
      close();
    } else if (current) {
      current.lines.push(line);
    }
  }
  close();
  return articles;
}

/** "§16、§17" → [16, 17]; "§16" → [16]. */
export function clauseNumbers(clause: string): number[] {
  return [...clause.matchAll(/§\s*(\d+)/g)].map((match) => Number(match[1]));
}

export interface ClauseText {
  clause: string;
  /** null when the bundled text has no article of that number. */
  text: string | null;
}

export interface PolicyText {
  /** Each article of a clause reference, in order. */
  clauses(clause: string): ClauseText[];
  articleNumbers(): number[];
}

/** The edition's text, or null when the edition ships none. */
export function loadPolicyText(edition: string): PolicyText | null {
  const policies = join(DATA_DIR, 'policies');
  const dir = join(policies, edition);
  // An inheriting edition without a text of its own reads the one of the edition it changes.
  const path = existsSync(join(dir, 'edition.json')) ? inheritedPath(editionChain(dir, [policies]), POLICY_TEXT_FILE) : null;
  if (path === null) return null;
  const articles = splitArticles(readFileSync(path, 'utf8'));
  return {
    clauses: (clause) => clauseNumbers(clause).map((number) => ({ clause: `§${number}`, text: articles.get(number) ?? null })),
    articleNumbers: () => [...articles.keys()],
  };
}
