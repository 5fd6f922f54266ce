// Interrupted runs: Ctrl-C or kill during `--output` leaves neither a partial file under the requested
// name nor the temporary file; a hard kill can leave the temporary file but never a partial target;
// a reader that closes stdout early (`| head`) ends the run quietly with status 0.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, ROOT, requireBuild } from '../e2e/helpers.js';
import { TIME_LIMIT_MS, expectCleanStderr, rencaiEnv } from './run.js';

beforeAll(requireBuild);

const dir = mkdtempSync(join(tmpdir(), 'rencai-interrupted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 60,000 people (the example's 12 rows, ids made unique): seconds of work, so a signal lands mid-write. */
const BIG = join(dir, 'big.csv');
beforeAll(() => {
  const [header, ...rows] = readFileSync(join(ROOT, EXAMPLE), 'utf8').trimEnd().split('\n');
  const lines = [header];
  for (let copy = 0; copy < 5000; copy++) for (const row of rows) lines.push(row.replace(/^P/, `P${copy}-`));
  writeFileSync(BIG, `${lines.join('\n')}\n`);
});

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: rencaiEnv(), timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const closed = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stderr }));
  });
  return { child, closed };
}

/** Resolves once `predicate` holds (polled), or fails after the time limit. */
async function until(predicate: () => boolean): Promise<void> {
  const deadline = Date.now() + TIME_LIMIT_MS;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const strays = (target: string) => readdirSync(dir).filter((name) => name.startsWith(`${target.split('/').pop()}.tmp-`));

describe.concurrent('a run killed while writing --output', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`by ${signal} leaves no file under the requested name and no temporary file`, async () => {
      const target = join(dir, `out-${signal}.csv`);
      const { child, closed } = start(['roster', BIG, '--year', '2014', '--format', 'csv', '--output', target]);
      const temporary = `${target}.tmp-${child.pid}`;
      await until(() => existsSync(temporary) && statSync(temporary).size > 0);
      child.kill(signal);
      const run = await closed;
      expect(run.signal).toBe(signal); // the process ends as a killed process, as a shell expects
      expect(existsSync(target)).toBe(false);
      expect(strays(target)).toEqual([]);
      expectCleanStderr(run.stderr);
    });
  }

  it('by SIGINT keeps an existing file under the requested name as it was', async () => {
    const target = join(dir, 'kept.json');
    writeFileSync(target, 'the previous, complete result\n');
    const { child, closed } = start(['roster', BIG, '--year', '2014', '--format', 'json', '--output', target]);
    const temporary = `${target}.tmp-${child.pid}`;
    await until(() => existsSync(temporary) && statSync(temporary).size > 0);
    child.kill('SIGINT');
    await closed;
    expect(readFileSync(target, 'utf8')).toBe('the previous, complete result\n');
    expect(strays(target)).toEqual([]);
  });

  it('by SIGKILL (no chance to clean up) still never leaves a partial file under the requested name', async () => {
    const target = join(dir, 'killed.csv');
    const { child, closed } = start(['roster', BIG, '--year', '2014', '--format', 'csv', '--output', target]);
    const temporary = `${target}.tmp-${child.pid}`;
    await until(() => existsSync(temporary) && statSync(temporary).size > 0);
    child.kill('SIGKILL');
    await closed;
    expect(existsSync(target)).toBe(false); // the temporary file may stay: nothing runs after SIGKILL
  });
});

describe.concurrent('stdout closed early by its reader (| head)', () => {
  for (const format of ['csv', 'table', 'json']) {
    it(`ends a ${format} run quietly with status 0`, async () => {
      const { child, closed } = start(['roster', BIG, '--year', '2014', '--format', format]);
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const run = await closed;
      expect(run.signal).toBeNull();
      expect(run.status).toBe(0);
      expectCleanStderr(run.stderr);
      expect(run.stderr).not.toMatch(/EPIPE/);
    });
  }
});
