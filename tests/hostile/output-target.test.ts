// What `--output` may and may not do to the files an office has (#13): it never lands on an input
// (refused with exit 2 before anything is read or written), a symlink is followed and its target
// replaced, a device, FIFO or `-` is written directly, and stdout on a full disk is exit 5.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, FIXTURES, ROOT, requireBuild } from '../e2e/helpers.js';
import { TIME_LIMIT_MS, expectCleanStderr, rencaiEnv, rencaiWithin } from './run.js';

beforeAll(requireBuild);

const dir = mkdtempSync(join(tmpdir(), 'rencai-output-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of a fixture in the test's folder, and its bytes, to prove it was left alone. */
function copy(from: string, name: string): { path: string; bytes: Buffer } {
  const path = join(dir, name);
  copyFileSync(join(ROOT, from), path);
  return { path, bytes: readFileSync(path) };
}

const leftovers = (prefix: string) => readdirSync(dir).filter((name) => name.startsWith(`${prefix}.tmp-`));

describe.concurrent('--output naming one of the inputs is refused (exit 2), and the input is left as it was', { timeout: TIME_LIMIT_MS * 3 }, () => {
  it('roster x.csv --format csv --output x.csv', async () => {
    const input = copy(EXAMPLE, 'same.csv');
    const run = await rencaiWithin(['roster', input.path, '--year', '2014', '--format', 'csv', '--output', input.path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('是同一个文件');
    expect(run.stdout).toBe('');
    expect(readFileSync(input.path)).toEqual(input.bytes);
    expect(leftovers('same.csv')).toEqual([]);
  });

  it('roster x.csv --format json --output ./x.csv through a symlink and a hard link, in English with --lang en', async () => {
    const input = copy(EXAMPLE, 'linked.csv');
    symlinkSync(input.path, join(dir, 'soft.csv'));
    linkSync(input.path, join(dir, 'hard.csv'));
    for (const output of [join(dir, 'soft.csv'), join(dir, 'hard.csv')]) {
      const run = await rencaiWithin(['roster', input.path, '--year', '2014', '--format', 'json', '--output', output, '--lang', 'en']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is the same file as the input');
      expect(readFileSync(input.path)).toEqual(input.bytes);
    }
  });

  it('roster in.xlsx --output in.xlsx', async () => {
    const input = copy(`${FIXTURES}/roster.xlsx`, 'in.xlsx');
    const run = await rencaiWithin(['roster', input.path, '--year', '2014', '--output', input.path]);
    expect(run.status).toBe(2);
    expect(readFileSync(input.path)).toEqual(input.bytes);
  });

  it('budget --people P --units U --output either of them, and --rent-rates as the output', async () => {
    const people = copy(EXAMPLE, 'people.csv');
    const units = copy(`${FIXTURES}/units.csv`, 'units.csv');
    for (const output of [people.path, units.path]) {
      const run = await rencaiWithin(['budget', '--people', people.path, '--units', units.path, '--year', '2014', '--format', 'csv', '--output', output]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--people|--units/);
    }
    const rates = copy(`${FIXTURES}/rent-rates.csv`, 'rates.json');
    const run = await rencaiWithin(['roster', people.path, '--year', '2014', '--rent-rates', rates.path, '--output', rates.path]);
    expect(run.status).toBe(2);
    expect(readFileSync(people.path)).toEqual(people.bytes);
    expect(readFileSync(units.path)).toEqual(units.bytes);
    expect(readFileSync(rates.path)).toEqual(rates.bytes);
  });

  it('units U --output U and check --answers A --output A', async () => {
    const units = copy(`${FIXTURES}/units.csv`, 'units-only.csv');
    const run = await rencaiWithin(['units', units.path, '--year', '2014', '--format', 'csv', '--output', units.path]);
    expect(run.status).toBe(2);
    expect(readFileSync(units.path)).toEqual(units.bytes);
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify({ id: 'A1', education: 'doctor' }));
    const check = await rencaiWithin(['check', '--year', '2014', '--answers', answers, '--output', answers]);
    expect(check.status).toBe(2);
    expect(JSON.parse(readFileSync(answers, 'utf8'))).toEqual({ id: 'A1', education: 'doctor' });
  });
});

describe.concurrent('--output to something other than a regular file', { timeout: TIME_LIMIT_MS * 2 }, () => {
  it('follows a symlink: the link stays a link and its target holds the complete result', async () => {
    const target = join(dir, 'target.json');
    writeFileSync(target, 'old\n');
    const link = join(dir, 'link.json');
    symlinkSync('target.json', link);
    const run = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--output', link]);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect((JSON.parse(readFileSync(target, 'utf8')) as { summary: { computed: number } }).summary.computed).toBe(12);
    expect(leftovers('target.json')).toEqual([]);
    expect(leftovers('link.json')).toEqual([]);
  });

  it('follows a symlink that points at nothing yet: the file is made where it points', async () => {
    const link = join(dir, 'dangling.csv');
    symlinkSync('made-by-link.csv', link);
    const run = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--output', link]);
    expect(run.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made-by-link.csv'), 'utf8')).toMatch(/^\uFEFFrow,id,name/);
  });

  it('`--output -` is stdout', async () => {
    const run = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--output', '-']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^row,id,name/); // no byte-order mark: stdout, not a file
    expect(existsSync(join(ROOT, '-'))).toBe(false);
  });

  it('writes into a FIFO directly (a reader gets the whole result; the FIFO stays a FIFO)', async () => {
    const fifo = join(dir, 'pipe');
    await new Promise<void>((resolve, reject) => spawn('mkfifo', [fifo]).on('close', (code) => (code === 0 ? resolve() : reject(new Error('mkfifo failed')))));
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => { received += chunk.toString('utf8'); });
    const readerDone = new Promise((resolve) => reader.on('close', resolve));
    const run = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--output', fifo]);
    await readerDone;
    expect(run.status).toBe(0);
    expect((JSON.parse(received) as { summary: { computed: number } }).summary.computed).toBe(12);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(leftovers('pipe')).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('as root, writes through a copy of /dev/null and /dev/stdout without replacing either node', async () => {
    const device = join(dir, 'null-copy');
    await new Promise<void>((resolve, reject) => spawn('mknod', [device, 'c', '1', '3']).on('close', (code) => (code === 0 ? resolve() : reject(new Error('mknod failed')))));
    const run = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--output', device]);
    expect(run.status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    const before = lstatSync('/dev/stdout');
    const out = await rencaiWithin(['roster', EXAMPLE, '--year', '2014', '--format', 'csv', '--output', '/dev/stdout']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('row,id,name');
    const after = lstatSync('/dev/stdout');
    expect(after.isSymbolicLink()).toBe(before.isSymbolicLink());
    expect(after.ino).toBe(before.ino);
  });
});

describe.runIf(existsSync('/dev/full'))('stdout on a full device (> /dev/full)', { timeout: TIME_LIMIT_MS }, () => {
  for (const args of [['roster', EXAMPLE, '--year', '2014'], ['roster', EXAMPLE, '--year', '2014', '--format', 'csv'], ['policy']]) {
    it(`rencai ${args.join(' ')} exits 5 with a sentence, not 70 内部错误`, async () => {
      const full = openSync('/dev/full', 'w');
      const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: rencaiEnv(), stdio: ['ignore', full, 'pipe'], timeout: TIME_LIMIT_MS });
      closeSync(full);
      let stderr = '';
      child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status).toBe(5);
      expect(stderr).toContain('无法写入标准输出：磁盘空间不足');
      expect(stderr).not.toContain('内部错误');
      expectCleanStderr(stderr);
    });
  }
});
