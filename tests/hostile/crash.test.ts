// A crash in the middle of a run (here: an error injected into the engine on the fifth person, as a
// bug would throw) ends with the internal-error status and leaves no file, partial or temporary.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runRoster } from '../../src/cli/commands/roster.js';
import { reportError } from '../../src/cli/errors.js';
import { ExitCode } from '../../src/cli/exit-codes.js';

let computed = 0;
vi.mock('../../src/engine/index.js', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/engine/index.js')>();
  return {
    ...engine,
    computePerson: (...args: Parameters<typeof engine.computePerson>) => {
      if (++computed === 5) throw new Error('injected failure');
      return engine.computePerson(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'rencai-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('leaves no file, partial or temporary, when the run fails half way, and reports an internal error in one line', async () => {
  const input = join(dir, 'roster.csv');
  const target = join(dir, 'result.csv');
  writeFileSync(input, readFileSync(new URL('../../data/examples/roster.csv', import.meta.url), 'utf8'));
  const lines: string[] = [];
  const capture = vi.spyOn(process.stderr, 'write').mockImplementation((text) => { lines.push(String(text)); return true; });
  let status: number;
  try {
    await runRoster(input, { year: 2014, format: 'csv', output: target, encoding: 'auto', summary: false }, 'zh');
    status = ExitCode.OK;
  } catch (error) {
    status = reportError(error, 'zh');
  } finally {
    capture.mockRestore();
  }
  expect(computed).toBe(5);
  expect(status).toBe(ExitCode.INTERNAL);
  expect(lines.join('')).toMatch(/^rencai: .*injected failure.*\n$/);
  expect(existsSync(target)).toBe(false);
  expect(readdirSync(dir)).toEqual(['roster.csv']);
});
