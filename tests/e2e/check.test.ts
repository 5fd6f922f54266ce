// `rencai check` end to end: the built CLI spawned as a user or a script would run it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'rencai.js');

function rencai(args: string[], input = '') {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 20000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rencai-check-'));
}

/** A doctor introduced to a county-level partially funded hospital in 六枝, working at township level. */
const DOCTOR = {
  id: 'P7', name: '陈医生', education: '博士研究生', degree: '博士', title: '副高级', intro_mode: '直接引进',
  employer_type: '差额拨款事业单位', fiscal_share: '0.6', employer_level: '县级', county: '六枝特区', work_level: '乡镇',
  base_salary: '4500', start: '2014-04',
};

describe('check --answers and roster agree', () => {
  test('the same facts give the same person entry as a one-row roster', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify(DOCTOR));
    const keys = Object.keys(DOCTOR) as (keyof typeof DOCTOR)[];
    const csvFile = join(dir, 'one.csv');
    writeFileSync(csvFile, `${keys.join(',')}\n${keys.map((key) => DOCTOR[key]).join(',')}\n`);

    const check = rencai(['check', '--year', '2014', '--answers', answersFile, '--format', 'json']);
    const roster = rencai(['roster', csvFile, '--year', '2014', '--format', 'json']);
    expect(check.status).toBe(0);
    expect(roster.status).toBe(0);
    const fromCheck = JSON.parse(check.stdout) as Record<string, unknown>;
    const fromRoster = JSON.parse(roster.stdout) as { policy: string; year: number; people: Record<string, unknown>[] };
    const { policy, year, row, readings, nearMisses, ...entry } = fromCheck;
    const { row: rosterRow, ...rosterEntry } = fromRoster.people[0] ?? {};
    expect(entry).toEqual(rosterEntry);
    expect([policy, year, row, rosterRow]).toEqual([fromRoster.policy, fromRoster.year, null, 2]);
    expect(readings).toBeInstanceOf(Array);
    expect(entry.rights).toBeInstanceOf(Array);
    expect(nearMisses).toBeInstanceOf(Array);
    // E (doctor with degree): purchase 180,000; allowance: county line 1,000 × 9 months (April–December) = 9,000;
    // grassroots 4,500 × 0.2 = 900 × 9 = 8,100; each split 0.6 to 六枝 finance, the rest the employer.
    expect(fromCheck.total).toBe('197100.00');
  });

  test('the table result names every item, its clause, the allowance lines and the readings', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify(DOCTOR));
    const { status, stdout } = rencai(['check', '--year', '2014', '--answers', answersFile]);
    expect(status).toBe(0);
    expect(stdout).toContain('购房补贴（§16）：一次性 180000.00 元');
    expect(stdout).toContain('人才津贴（§17）：每月 1000.00 元 × 9 个月 = 9000.00 元');
    expect(stdout).toContain('基层工作津贴（§17）：每月 900.00 元 × 9 个月 = 8100.00 元');
    expect(stdout).toMatch(/✓ 在县（特区、区）及以下工作的正高级职称人员、具有学历学位的博士：1000\.00 ← 适用（最高）/);
    expect(stdout).toContain('· 在企事业单位工作的具有学历学位的博士：800.00');
    expect(stdout).toContain('适用的政策解读');
    expect(stdout).toContain('六枝特区财政');
  });

  test('facts as flags, without a terminal, compute without prompts', () => {
    const { status, stdout } = rencai([
      'check', '--year', '2014', '--id', 'X', '--intro-mode', 'direct', '--employer-type', 'organ', '--employer-level', 'city',
      '--work-level', 'city', '--honors', '长江学者', '--start', '2014-01', '--format', 'json',
    ]);
    expect(status).toBe(0);
    // Tier B: purchase 600,000; allowance 6,000 × 12 = 72,000.
    expect((JSON.parse(stdout) as { total: string }).total).toBe('672000.00');
  });
});

describe('check without a person at a terminal', () => {
  test('no terminal and no answers: a Chinese message and exit 2, never a hang', () => {
    const { status, stdout, stderr } = rencai(['check', '--year', '2014']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('没有可交互的终端');
    expect(stderr).toContain('--answers');
  });

  test('answers with errors: every error on stderr, exit 1 as for a rejected roster row', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'bad.json');
    writeFileSync(answersFile, JSON.stringify({ ...DOCTOR, education: '博士后', fiscal_share: undefined }));
    const { status, stdout, stderr } = rencai(['check', '--year', '2014', '--answers', answersFile]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('学历');
    expect(stderr).toContain('财政拨款比例');
  });

  test('answers from stdin with -', () => {
    const { status, stdout } = rencai(['check', '--year', '2014', '--answers', '-', '--format', 'json'], JSON.stringify(DOCTOR));
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { id: string }).id).toBe('P7');
  });

  test('--output writes the 告知单 as Markdown, whole, with the facts given', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify(DOCTOR));
    const notice = join(dir, '告知单.md');
    const { status, stderr } = rencai(['check', '--year', '2014', '--answers', answersFile, '--output', notice]);
    expect(status).toBe(0);
    expect(stderr).toContain('已写出告知单');
    const text = readFileSync(notice, 'utf8');
    expect(text).toMatch(/^# 六盘水市人才政策待遇告知单（2014 年度）/);
    expect(text).toMatch(/\n## .、填报信息\n/);
    expect(text).toContain('- 所在县区：六枝特区');
    expect(readdirSync(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  test('a bad --format is a usage error', () => {
    const { status, stderr } = rencai(['check', '--format', 'xml', '--answers', 'x.json']);
    expect(status).toBe(2);
    expect(stderr).toContain('--format');
  });
});

/** Runs `rencai check` under a pseudo-terminal (util-linux `script`), typing `keys` one step at a time. */
/**
 * Runs rencai under a pseudo-terminal and types `keys` one at a time, each only once the program has
 * drawn something new and then gone quiet for `quietMs`, so a slow machine cannot make a key arrive
 * before the prompt it answers.
 */
function underTerminal(args: string[], keys: string[], quietMs = 300): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve) => {
    const command = [process.execPath, BIN, ...args].map((part) => `'${part}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, TERM: 'xterm', NO_COLOR: '1' } });
    let screen = '';
    let step = 0;
    let quiet: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      if (quiet) clearTimeout(quiet);
      quiet = setTimeout(() => {
        if (step < keys.length) child.stdin.write(keys[step++] ?? '');
      }, quietMs);
    });
    const killer = setTimeout(() => child.kill(), 35000);
    child.on('exit', (code) => {
      if (quiet) clearTimeout(quiet);
      clearTimeout(killer);
      resolve({ code, screen });
    });
  });
}

const hasScript = spawnSync('script', ['--version']).status === 0;
const DOWN = '\u001b[B';

describe.runIf(hasScript)('the real prompts in a terminal', () => {
  test('a township teacher typed in at the keyboard, with a refused salary asked again', async () => {
    const { code, screen } = await underTerminal(['check', '--year', '2014'], [
      '王老师\r', '\r', // name, id (default: the name)
      '\r', // honours: none ticked
      `${DOWN}\r`, // 引进方式: 市内培养
      `${DOWN}\r`, // 单位性质: 全额拨款事业单位
      `${DOWN}\r`, // 单位层级: 县级
      `${DOWN}\r`, // 工作地层级: the default follows the employer (县级); one down → 乡镇
      '\r', // 所在县: 钟山区
      '\r', // 学历: 本科 (default)
      '\r', // 职称: 无
      '\r', // 技能: 无
      'abc\r', // salary refused
      '\u0015' + '3000\r', // clear the line (Ctrl-U) and type again
      '\r', '\r', // start default, end empty
      '\r', // confirm
    ]);
    expect(screen).toContain('3000');
    expect(screen).toContain('基层工作津贴（§17）：每月 600.00 元 × 12 个月 = 7200.00 元');
    expect(code).toBe(0);
  }, 45000);

  test('Ctrl-C leaves with one line and exit 130, no stack trace', async () => {
    const { code, screen } = await underTerminal(['check', '--year', '2014'], ['张', '\u0003']); // Ctrl-C while typing the name
    expect(code).toBe(130);
    expect(screen).toContain('已退出问卷');
    expect(screen).not.toMatch(/\n\s+at /);
  }, 45000);
});
