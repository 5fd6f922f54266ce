// Help and errors in the user's language: the Chinese pages keep none of commander's English
// scaffolding, the English pages have no Chinese, `rencai help CMD` is `rencai CMD --help`, and every
// page lists examples and exit statuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { EXAMPLE, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);
// Each case spawns the CLI once or twice; a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

// The commands as the program itself registers them, the implicit `help` included: a new command is
// checked here without anyone remembering to list it.
const COMMANDS = (['zh', 'en'] as const).map((lang) => {
  const program = buildProgram(lang);
  return program.createHelp().visibleCommands(program).map((command) => command.name());
});
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

test('the commands found are the same in both languages and include test and help', () => {
  expect(COMMANDS[0]).toEqual(COMMANDS[1]);
  expect(COMMANDS[0]).toEqual(expect.arrayContaining(['roster', 'units', 'budget', 'check', 'explain', 'policy', 'compare', 'template', 'validate', 'test', 'help']));
});

describe.each(['', ...COMMANDS[0]!])('the help of "%s"', (command) => {
  const words = command ? [command] : [];

  test('in Chinese has no English scaffolding, has examples and exit statuses', () => {
    const run = rencai([...words, '--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const page = run.stdout;
    // No commander placeholder or section title left in English: <year>, <file>, [options], Usage:, (default: …).
    expect(page).not.toMatch(/[<[][A-Za-z][^>\]]*[>\]]/);
    expect(page).not.toMatch(/^\s*(Usage|Options|Commands|Arguments|Global Options|Examples|Exit status):/im);
    expect(page).not.toMatch(/\((default|choices|preset|env): /);
    expect(page).not.toMatch(/display help|output the version/);
    expect(page).toMatch(/^用法： rencai/m);
    expect(page).toMatch(/^示例：$/m);
    expect(page).toMatch(/^退出状态：/m);
  });

  test('in English has no Chinese, has examples and exit statuses', () => {
    const run = rencai([...words, '--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(CJK);
    expect(run.stdout).toMatch(/^Usage: rencai/m);
    expect(run.stdout).toMatch(/^Examples:$/m);
    expect(run.stdout).toMatch(/^Exit status:/m);
  });

  test.runIf(command !== '').each([['zh', []], ['en', ['--lang', 'en']]])('in %s, rencai help CMD prints the same page as CMD --help and exits 0', (_lang, flags) => {
    const viaHelp = rencai(['help', command, ...flags]);
    const viaOption = rencai([command, '--help', ...flags]);
    expect(viaHelp.status).toBe(0);
    expect(viaHelp.stderr).toBe('');
    expect(viaHelp.stdout).toBe(viaOption.stdout);
  });
});

describe('help pages', () => {
  test('rencai help with an unknown command says so, suggests the nearest and exits 2', () => {
    const run = rencai(['help', 'rostr']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('未知命令 rostr');
    expect(run.stderr).toContain('roster');
  });

  test.each([
    ['help', ['help', 'rostr']],
    ['a command', ['rostr', '--year', '2014']],
  ])('an unknown command after %s suggests the nearest, in English too', (_where, args) => {
    const run = rencai([...args, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/rostr.*roster/);
    expect(run.stderr).not.toMatch(CJK);
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
