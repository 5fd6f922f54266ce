// Spawns the built CLI (node bin/rencai.js) as a user would; `npm test` builds it first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE_ROSTER = 'data/examples/roster.csv';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function rencai(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, ['bin/rencai.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
