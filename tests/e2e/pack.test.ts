// The package as a user installs it: `npm pack` gives a tarball whose `rencai` runs the example roster
// from any directory. This checks `files` (bin, dist, data), `bin` and that the build is in the tarball.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const work = mkdtempSync(join(tmpdir(), 'rencai-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed package', () => {
  it('installs into an empty prefix and its rencai prints the example roster from another directory', () => {
    // dist/ was just built by `npm test`; packing it as is keeps the test to one build.
    const pack = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = join(work, 'prefix');
    // The dependencies come from the npm cache that `npm ci` filled; the registry only if they are not there.
    const install = npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball!)], work);
    expect(install.status, install.stderr).toBe(0);
    const run = spawnSync(join(prefix, 'bin', 'rencai'), ['roster', join(ROOT, EXAMPLE), '--year', '2014', '--format', 'json'], { cwd: work, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { people: { id: string }[]; rollup: { total: string } };
    // The example roster has 12 people and none is rejected (README “示例花名册”).
    expect(result.people.map((person) => person.id)).toContain('P001');
    expect(result.people.length).toBe(12);
  }, 240_000);
});
