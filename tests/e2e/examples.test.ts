// Every example a reader is shown runs as written: each `rencai …` line of README.md's and docs/'s
// shell blocks, and of every command's --help (Chinese and English). A renamed option or a moved
// example file then breaks the build, not the reader. Lines run in a scratch copy of data/examples
// (so files they write land there), through the shell (so `>` and `<` work), and must exit 0 — except
// the examples that read the roster with bad rows on purpose, which must exit 1 (some rows rejected).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, ROOT, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);

/** The `rencai …` lines of the shell blocks of a Markdown text, continuation lines joined. */
export function shellExamples(markdown: string): string[] {
  const lines: string[] = [];
  const blocks = markdown.matchAll(/^```(?:sh|bash|shell|console)\n([\s\S]*?)^```/gm);
  for (const [, body] of blocks) {
    const joined = body!.replace(/\\\n\s*/g, ' ');
    for (const line of joined.split('\n')) if (/^\s*(?:\$ )?rencai\b/.test(line)) lines.push(line.trim().replace(/^\$ /, ''));
  }
  return lines;
}

/** The example lines of a help page: indented `rencai …` (or `$ rencai …`), the description after two spaces or `#` cut off. */
export function helpExamples(help: string): string[] {
  return help
    .split('\n')
    .filter((line) => /^\s+(?:\$ )?rencai\b/.test(line))
    .map((line) => line.trim().replace(/^\$ /, '').split(/\s{2,}|\s#\s/)[0]!.trim());
}

/** Interactive: `check` without an answers file asks at a terminal, which a test has not. */
const interactive = (line: string) => /^rencai check\b/.test(line) && !/--answers\b/.test(line) && !/\b(help|--help|-h)\b/.test(line);

const markdownFiles = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const fromMarkdown = markdownFiles.flatMap((file) => shellExamples(readFileSync(join(ROOT, file), 'utf8')).map((line) => ({ where: file, line })));

const COMMANDS = ['roster', 'units', 'budget', 'check', 'explain', 'policy', 'compare', 'template', 'validate', 'test'];

/** The one example file whose rows are bad on purpose: an example reading it shows rejections, exit 1. */
const BAD_ROWS_EXAMPLE = 'data/examples/roster-bad-rows.csv';
const fromHelp = (['zh', 'en'] as const).flatMap((lang) =>
  [[], ...COMMANDS.map((command) => [command])].flatMap((command) => {
    const help = rencai([...command, '--help', ...(lang === 'en' ? ['--lang', 'en'] : [])]).stdout;
    return helpExamples(help).map((line) => ({ where: `rencai ${[...command, '--help'].join(' ')} (${lang})`, line }));
  }),
);

const scratch = mkdtempSync(join(tmpdir(), 'rencai-examples-'));
beforeAll(() => cpSync(join(ROOT, 'data', 'examples'), join(scratch, 'data', 'examples'), { recursive: true }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs one example line in the scratch directory, `rencai` being the built CLI; resolves with its exit status. */
function runLine(line: string): Promise<{ status: number | null; stderr: string }> {
  const script = `rencai() { "$RENCAI_NODE" "$RENCAI_BIN" "$@"; }\n${line}`;
  const env: NodeJS.ProcessEnv = { ...process.env, RENCAI_NODE: process.execPath, RENCAI_BIN: BIN, NO_COLOR: '1' };
  for (const name of ['FORCE_COLOR', 'RENCAI_DEBUG', 'CI']) delete env[name];
  return new Promise((resolve) => {
    const child = execFile('bash', ['-c', script], { cwd: scratch, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status: code, stderr: String(stderr) });
    });
    child.stdin?.end();
  });
}

describe('the examples', () => {
  test('README, docs/ and the help pages show examples at all (the extraction finds them)', () => {
    expect(fromMarkdown.filter(({ where }) => where === 'README.md').length).toBeGreaterThan(25);
    expect(fromHelp.length).toBeGreaterThan(30);
    expect(fromMarkdown.some(({ line }) => line.startsWith('rencai roster data/examples/roster.xlsx'))).toBe(true);
  });

  test('every file an example reads is shipped under data/examples/ (files it writes may be named freely)', () => {
    for (const { where, line } of [...fromMarkdown, ...fromHelp]) {
      const written = new Set([...line.matchAll(/(?:>|--output|-o)\s+(\S+)/g)].map((match) => match[1]));
      for (const [path] of line.matchAll(/[^\s<>=]+\.(?:csv|xlsx|json)\b/g)) {
        if (written.has(path)) continue;
        expect(path, `${where}: ${line}`).toMatch(/^data\/examples\//);
        expect(() => readFileSync(join(ROOT, path)), `${where}: ${line}`).not.toThrow();
      }
    }
  });

  const all = [...fromMarkdown, ...fromHelp].filter(({ line }) => !interactive(line));
  // One run per distinct command (the comment after `#` is not part of it).
  const unique = [...new Map(all.map((example) => [example.line.replace(/\s+#.*$/, ''), example])).entries()].map(([line, { where }]) => ({ where, line }));
  // One at a time: the suite's other files run beside this one on a small machine.
  test.each(unique)('$where: $line', async ({ line }) => {
    const run = await runLine(line);
    expect(run.status, `${line}\n${run.stderr}`).not.toBeNull();
    expect(run.status!, `${line}\n${run.stderr}`).toBe(line.includes(BAD_ROWS_EXAMPLE) ? 1 : 0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }, 90_000);
});
