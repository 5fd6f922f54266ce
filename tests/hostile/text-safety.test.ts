// Every text a person or a terminal sees is safe (#13): a roster value with escape sequences, BEL or
// line breaks reaches neither the terminal (table output, stderr) nor a notice as control characters;
// it is shown escaped (\u001b, \n). A value never starts a line of a notice (.md, .txt, --format md),
// every stderr line starts with `rencai: `, and a quoted value in a message is cut at 80 characters.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, requireBuild } from '../e2e/helpers.js';
import { TIME_LIMIT_MS, rencaiWithin } from './run.js';

beforeAll(requireBuild);

const dir = mkdtempSync(join(tmpdir(), 'rencai-text-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Control characters other than the line feed that ends a line. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const ESC = '\u001b';
const BEL = '\u0007';

const [HEADER, FIRST, SECOND] = readFileSync(join(ROOT, EXAMPLE), 'utf8').trimEnd().split('\n');
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
/** The first example person renamed with escape sequences; the second rejected for a 学历 full of them. */
function hostileRoster(education: string): string {
  const path = join(dir, `hostile-${education.length}.csv`);
  const named = FIRST!.replace(/^P001,[^,]*,/, `P001,${csvCell(`陈${ESC}[31m院士${BEL}${ESC}]0;title${BEL}\n# 伪造`)},`);
  const rejected = SECOND!.replace(/^(P002,[^,]*,[^,]*,)[^,]*,/, `$1${csvCell(education)},`);
  writeFileSync(path, `${HEADER}\n${named}\n${rejected}\n`);
  return path;
}

describe.concurrent('roster values with control characters', { timeout: TIME_LIMIT_MS * 2 }, () => {
  it('reach neither stdout (table, even with NO_COLOR unset and no TTY) nor stderr as control characters', async () => {
    const roster = hostileRoster(`博士${ESC}[2J\n第二行${BEL}`);
    const run = await rencaiWithin(['roster', roster, '--year', '2014']); // also checks every stderr line starts with `rencai: `
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
    expect(run.stdout).toContain('\\u001b[31m');
    expect(run.stderr).toContain('\\n第二行\\u0007');
    // The name's line break does not start a line of its own in the person's block.
    expect(run.stdout.split('\n').some((line) => line.startsWith('# 伪造'))).toBe(false);
  });

  it('two 999,000-character bad cells print a few hundred characters of stderr, not 2 MB', async () => {
    const big = `x${'很'.repeat(999_000)}`;
    const path = join(dir, 'huge-cells.csv');
    const rejected = (id: string) => SECOND!.replace(/^P002,([^,]*),([^,]*),[^,]*,/, `${id},$1,$2,${big},`);
    writeFileSync(path, `${HEADER}\n${rejected('H1')}\n${rejected('H2')}\n`);
    const run = await rencaiWithin(['roster', path, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.stderr.length).toBeLessThan(2000);
    expect(run.stderr).toContain('…');
    // The JSON keeps the value exactly: machines get what the file said.
    expect((JSON.parse(run.stdout) as { rejected: { errors: { message: string }[] }[] }).rejected[0]!.errors[0]!.message).toContain(big);
  });
});

describe.concurrent('a notice (告知单) whose facts hold line breaks', { timeout: TIME_LIMIT_MS * 2 }, () => {
  const facts = ['--year', '2014', '--education', 'doctor', '--degree', 'doctor', '--employer-type', 'organ', '--employer-level', 'city', '--work-level', 'city', '--intro-mode', 'direct', '--start', '2014-01'];
  const forged = ['# 伪造的标题', '## 伪造的小节', '- 伪造的列表项', '1. 伪造的编号列表', '伪造的一行'];
  const name = `张三\n${forged.join('\n')}\r\n${ESC}[31m${BEL}`;

  for (const [format, file] of [['md', 'notice.md'], ['table', 'notice.txt']] as const) {
    it(`--format ${format} and --output ${file}: no value begins a line, no control character is printed`, async () => {
      const output = join(dir, file);
      const run = await rencaiWithin(['check', ...facts, '--name', name, '--id', 'X1\n# 编号伪造', '--format', format, '--output', output]);
      expect(run.status).toBe(0);
      for (const text of [run.stdout, readFileSync(output, 'utf8')]) {
        const lines = text.split('\n');
        for (const line of forged) expect(lines.some((printed) => printed.trimStart().startsWith(line.replace(/^[#\-\d. ]+/, '').slice(0, 3)))).toBe(false);
        expect(lines.some((printed) => /^#+ 伪造|^#+ 编号伪造|^\s*- 伪造|^\s*1\. 伪造/.test(printed))).toBe(false);
        expect(text).not.toMatch(CONTROL);
        expect(text).toContain('张三');
      }
    });
  }
});
