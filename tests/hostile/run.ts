// Spawns the built CLI with a time limit (a hang fails the test instead of stalling the suite) and
// checks the one thing every hostile input shares: stderr is `rencai: ` lines, never a stack trace.
// Asynchronous, so that a file's tests can run side by side (describe.concurrent).
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { BIN, ROOT, type Run } from '../e2e/helpers.js';

export const TIME_LIMIT_MS = 20_000;

export function rencaiEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'RENCAI_DEBUG', 'CI']) delete merged[name];
  return Object.assign(merged, env);
}

export async function rencaiWithin(args: string[], options: { input?: Buffer | string } = {}): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: rencaiEnv(), timeout: TIME_LIMIT_MS, killSignal: 'SIGKILL' });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  child.stdin.on('error', () => {}); // a run that refuses its input early closes stdin
  child.stdin.end(options.input);
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  expect(signal, `rencai ${args.join(' ')} did not finish within ${TIME_LIMIT_MS} ms`).toBeNull();
  const run = { status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
  expectCleanStderr(run.stderr);
  return run;
}

/** Every stderr line is one of ours; no stack frame, no Node error dump. */
export function expectCleanStderr(stderr: string): void {
  for (const line of stderr.split('\n').filter((text) => text !== '')) {
    expect(line).toMatch(/^rencai: /);
    expect(line).not.toMatch(/^\s+at |node:internal|\bError: |TypeError|RangeError/);
  }
}
