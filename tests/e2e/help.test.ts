// Help and errors in the user's language: the Chinese pages keep none of commander's English
// scaffolding, the English pages have no Chinese, `rencai help CMD` is `rencai CMD --help`, and every
// page lists examples and exit statuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { EXAMPLE, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);
// Each case spawns the CLI once or twice; a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const COMMANDS = ['roster', 'units', 'budget', 'check', 'explain', 'policy', 'compare', 'template', 'validate'];
const CJK = /[\u4e00-\u9fff]/u;

describe('help pages', () => {
  test.each(['', ...COMMANDS])('the Chinese help of "%s" has no English scaffolding, has examples and exit statuses', (command) => {
    const run = rencai([...(command ? [command] : []), '--help']);
    expect(run.status).toBe(0);
    const page = run.stdout;
    // No commander placeholder or section title left in English: <year>, [options], Usage:, (default: …).
    expect(page).not.toMatch(/[<[][A-Za-z][^>\]]*[>\]]/);
    expect(page).not.toMatch(/^(Usage|Options|Commands|Arguments|Global Options):/m);
    expect(page).not.toMatch(/\((default|choices|preset|env): /);
    expect(page).not.toMatch(/display help|output the version/);
    expect(page).toMatch(/^用法： rencai/m);
    expect(page).toContain('示例：');
    expect(page).toContain('退出状态：');
  });

  test.each(['', ...COMMANDS])('the English help of "%s" has no Chinese, has examples and exit statuses', (command) => {
    const run = rencai([...(command ? [command] : []), '--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(CJK);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toMatch(/Exit status:/);
  });

  test.each(COMMANDS)('rencai help %s prints the same page as --help and exits 0', (command) => {
    const viaHelp = rencai(['help', command]);
    const viaOption = rencai([command, '--help']);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stdout).toBe(viaOption.stdout);
  });

  test('rencai help with an unknown command says so, suggests the nearest and exits 2', () => {
    const run = rencai(['help', 'rostr']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('未知命令 rostr');
    expect(run.stderr).toContain('roster');
  });

  test('a usage error points at the subcommand’s own help', () => {
    const run = rencai(['roster', EXAMPLE]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rencai roster --help');
  });
});

describe('files named by options: one sentence with the file and what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rencai-help-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{\n  "education": "博士研究生",\n  start: "2014-01"\n}\n');

  test('a missing --rent-rates file: exit 4, the file and the example to follow', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--rent-rates', join(dir, 'nope.csv')]);
    expect(run.status).toBe(4);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('找不到公租房租金文件');
    expect(run.stderr).toContain('nope.csv');
    expect(run.stderr).not.toMatch(/ENOENT|no such file/);
  });

  test('a missing --scenario file: exit 2, no system text', () => {
    const run = rencai(['compare', EXAMPLE, '--year', '2014', '--scenario', join(dir, 'nope.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('找不到情景文件');
    expect(run.stderr).not.toMatch(/ENOENT|no such file/);
  });

  test('a missing --answers file: exit 3', () => {
    const run = rencai(['check', '--answers', join(dir, 'nope.json')]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('找不到答案文件');
  });

  test('a broken JSON answers file names the line and column, not the parser’s English', () => {
    const run = rencai(['check', '--answers', broken]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('不是有效的 JSON（第 3 行第 3 列附近）');
    expect(run.stderr).not.toMatch(/Expected|Unexpected|position/);
  });

  test('a folder given as --answers is said to be a folder', () => {
    const run = rencai(['explain', '--answers', dir, '--year', '2014']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('是一个文件夹');
  });
});

describe('quiet runs', () => {
  test('-q leaves out the closing summary, keeps the result', () => {
    const loud = rencai(['roster', EXAMPLE, '--year', '2014']);
    const quiet = rencai(['roster', EXAMPLE, '--year', '2014', '-q']);
    expect(loud.stderr).toContain('已计算 12 人');
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  test('-q still prints the problems of a bad command line', () => {
    const run = rencai(['roster', EXAMPLE, '-q']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('缺少 --year');
  });
});
