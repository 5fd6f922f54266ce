// No temporary file outlives a run (#13): the output's FILE.tmp-<pid> and the spool of rejected rows
// (rencai-rejected-*.jsonl in TMPDIR, which holds ids and names) are removed on SIGINT, SIGTERM and
// SIGHUP as on a normal exit; a TMPDIR that cannot be written is exit 5 with a sentence, never a
// stack trace or a leftover; and many rejected rows in the table format take linear time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT, requireBuild } from '../e2e/helpers.js';
import { TIME_LIMIT_MS, expectCleanStderr, rencaiEnv } from './run.js';

beforeAll(requireBuild);

const dir = mkdtempSync(join(tmpdir(), 'rencai-leftovers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [HEADER, ...EXAMPLE_ROWS] = readFileSync(join(ROOT, EXAMPLE), 'utf8').trimEnd().split('\n');
/** An example row whose 学历 (4th column) is no code: the row is rejected. */
const rejectedRow = (k: number) => EXAMPLE_ROWS[0]!.replace(/^P001,([^,]*),([^,]*),[^,]*,/, `R${k},$1,$2,硕博,`);

/** `rejected` rejected rows, then `copies` times the example's twelve people. */
function roster(name: string, rejected: number, copies: number): string {
  const lines = [HEADER!];
  for (let k = 0; k < rejected; k++) lines.push(rejectedRow(k));
  for (let copy = 0; copy < copies; copy++) for (const row of EXAMPLE_ROWS) lines.push(row.replace(/^P/, `P${copy}-`));
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

let LONG: string;
let MANY_REJECTED: string;
beforeAll(() => {
  LONG = roster('long.csv', 20_000, 4000); // the spool goes to a file early, then seconds of people follow
  MANY_REJECTED = roster('many-rejected.csv', 20_000, 0);
});

function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: rencaiEnv(env), timeout: TIME_LIMIT_MS * 2, killSignal: 'SIGKILL' });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const closed = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
  return { child, closed };
}

async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + TIME_LIMIT_MS * 2;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function freshDir(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

describe.concurrent('a run killed while its rejected rows wait in a temporary file', { timeout: TIME_LIMIT_MS * 3 }, () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    for (const format of ['csv', 'json'] as const) {
      it(`by ${signal} (--format ${format}) leaves neither the spool nor FILE.tmp-<pid>`, async () => {
        const temp = freshDir(`tmp-${signal}-${format}`);
        const out = freshDir(`out-${signal}-${format}`);
        const target = join(out, `result.${format}`);
        const { child, closed } = start(['roster', LONG, '--year', '2014', '--format', format, '--output', target], { TMPDIR: temp });
        await until(() => readdirSync(temp).some((name) => name.startsWith('rencai-rejected-')) && existsSync(`${target}.tmp-${child.pid}`));
        child.kill(signal);
        const run = await closed;
        expect(run.signal).toBe(signal);
        expect(readdirSync(temp)).toEqual([]);
        expect(readdirSync(out)).toEqual([]);
        expectCleanStderr(run.stderr);
      });
    }
  }

  it('on a normal exit removes the spool too, and the output holds every rejected row', async () => {
    const temp = freshDir('tmp-normal');
    const target = join(dir, 'normal.json');
    const run = await start(['roster', MANY_REJECTED, '--year', '2014', '--format', 'json', '--output', target], { TMPDIR: temp }).closed;
    expect(run.status).toBe(1);
    expect(readdirSync(temp)).toEqual([]);
    const json = JSON.parse(readFileSync(target, 'utf8')) as { rejected: { row: number; id: string }[]; summary: { rejected: number } };
    expect(json.summary.rejected).toBe(20_000);
    expect(json.rejected.map((entry) => entry.row)).toEqual(Array.from({ length: 20_000 }, (_, k) => k + 2));
    expect(json.rejected[19_999]!.id).toBe('R19999');
  });
});

describe.concurrent('a temporary folder (TMPDIR) that cannot be written', { timeout: TIME_LIMIT_MS * 2 }, () => {
  for (const output of ['result.xlsx', 'result.json']) {
    it(`--output ${output}: exit 5 with a sentence naming TMPDIR, no stack trace, no FILE.tmp-<pid>`, async () => {
      const out = freshDir(`out-notmp-${output}`);
      const target = join(out, output);
      const args = ['roster', MANY_REJECTED, '--year', '2014', '--output', target, ...(output.endsWith('.json') ? ['--format', 'json'] : [])];
      const run = await start(args, { TMPDIR: join(dir, 'no-such-folder') }).closed;
      expect(run.status).toBe(5);
      expect(run.stderr).toContain('无法写入临时文件');
      expect(run.stderr).toContain('TMPDIR');
      expectCleanStderr(run.stderr);
      expect(readdirSync(out)).toEqual([]);
    });
  }

  it('a small run never needs it: the example roster is computed as usual', async () => {
    const run = await start(['roster', EXAMPLE, '--year', '2014', '--output', join(dir, 'small.xlsx')], { TMPDIR: join(dir, 'no-such-folder') }).closed;
    expect(run.status).toBe(0);
    expect(statSync(join(dir, 'small.xlsx')).size).toBeGreaterThan(1000);
  });
});

describe('20,000 rejected rows in the default table format', { timeout: TIME_LIMIT_MS * 2 }, () => {
  it('are all listed, one line each, within the time limit (one cli-table3 table took about 30 s)', async () => {
    const run = await start(['roster', MANY_REJECTED, '--year', '2014'], {}).closed;
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const rows = run.stdout.split('\n').filter((line) => /^│ \d+ +│ R\d+ /.test(line));
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999]).toMatch(/^│ 20001 +│ R19999 /);
  });
});

describe.concurrent('rencai validate with many rejected rows', { timeout: TIME_LIMIT_MS * 2 }, () => {
  // Before, validate held every rejected row in an array (a million took 1.6 GB); now they wait in
  // the same spool as roster's, which shows in a TMPDIR that cannot be written being exit 5.
  it('keeps them in the spool of rejected rows, not in memory: an unwritable TMPDIR is exit 5 with a sentence', async () => {
    const run = await start(['validate', MANY_REJECTED, '--format', 'json'], { TMPDIR: join(dir, 'no-such-folder') }).closed;
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('无法写入临时文件');
    expectCleanStderr(run.stderr);
  });

  it('lists every one of them, in order, and leaves no spool behind', async () => {
    const temp = freshDir('tmp-validate');
    const run = await start(['validate', MANY_REJECTED, '--format', 'json'], { TMPDIR: temp }).closed;
    expect(run.status).toBe(1);
    expect(readdirSync(temp)).toEqual([]);
    const json = JSON.parse(run.stdout) as { rows: number; valid: number; rejected: { row: number; id: string }[] };
    expect([json.rows, json.valid]).toEqual([20_000, 0]);
    expect(json.rejected.map((entry) => entry.row)).toEqual(Array.from({ length: 20_000 }, (_, k) => k + 2));
    const table = await start(['validate', MANY_REJECTED], { TMPDIR: temp }).closed;
    expect(table.stdout.split('\n').filter((line) => /^  第\d+行 R\d+ /.test(line))).toHaveLength(20_000);
  });
});
