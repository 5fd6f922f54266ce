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
    // A doctor (tier E) who already holds 副高 has no right of §13 or §19: the green card is for tiers A–D or
    // urgent talent, direct 副高/中级 application for newcomers below that title; neither side lists any.
    expect(entry.rights).toBeUndefined();
    expect(nearMisses).toBeInstanceOf(Array);
    // E (doctor with degree): purchase 180,000; allowance: county line 1,000 × 9 months (April–December) = 9,000;
    // grassroots 4,500 × 0.2 = 900 × 9 = 8,100; each split 0.6 to 六枝 finance, the rest the employer.
    expect(fromCheck.total).toBe('197100.00');
  });

  test('claim columns too: grants, a range, tax items and rights agree with a one-row roster', () => {
    // A newly elected academician introduced to a private firm in 钟山, with an undecided research grant,
    // a provincial award, a graduate hired under the SME rules, and two non-money facts.
    const person = {
      id: 'C1', name: '周院士', honors: '中国工程院院士', intro_mode: '直接引进', employer_type: '民营企业', employer_level: '县级',
      county: '钟山区', work_level: '县级', start: '2014-03', grant_month: '2014-06', new_honors: '中国工程院院士', research_grant: '是',
      project_level: '县级', project_county: '钟山区', sci_award: '省级', sci_award_amount: '30000', sme_graduate: '是',
      first_year_insurance: '5600.50', startup_tax_exempt: '是', income_tax_return: '12000', urgent_talent: '是', grassroots_years: '4',
    };
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify(person));
    const keys = Object.keys(person) as (keyof typeof person)[];
    const csvFile = join(dir, 'one.csv');
    writeFileSync(csvFile, `${keys.join(',')}\n${keys.map((key) => person[key]).join(',')}\n`);

    const check = rencai(['check', '--year', '2014', '--answers', answersFile, '--format', 'json']);
    const roster = rencai(['roster', csvFile, '--year', '2014', '--format', 'json']);
    expect(check.status).toBe(0);
    expect(roster.status).toBe(0);
    const { policy: _policy, year: _year, row: _row, readings: _readings, nearMisses: _misses, ...entry } = JSON.parse(check.stdout) as Record<string, unknown>;
    const { row: _rosterRow, ...rosterEntry } = (JSON.parse(roster.stdout) as { people: Record<string, unknown>[] }).people[0] ?? {};
    expect(entry).toEqual(rosterEntry);
    const items = (entry as { items: { item: string; amount: string | null }[] }).items;
    expect(Object.fromEntries(items.map((item) => [item.item, item.amount]))).toMatchObject({
      research_startup: null, // 1,000,000–5,000,000, not decided
      honor_reward: '100000.00', // §18 newly elected academician
      award_match: '30000.00', // §18 the provincial award matched one to one
      graduate_social_insurance: '5600.50', // §14 the first-year insurance as given
      graduate_tax_deduction: '4800.00', // §14 4,800 a year, tax forgone
      income_tax_return: '12000.00', // §15 as given, a cash outlay (reading income_tax_return_is_expenditure)
      startup_tax_exemption: null, // claimed, amount not given
    });
    // Tax forgone: the 4,800 deduction; the exemption has no amount.
    expect((entry as { taxTotal: string }).taxTotal).toBe('4800.00');
    // §14 "高校毕业生申办企业…注册资金实行分期到位": its subject is the graduate. The academician's education is not
    // given, so the startup column does not make him a graduate founder: no registered-capital right.
    expect((entry as { rights: { id: string }[] }).rights.map((right) => right.id)).toEqual(['green_card', 'quota_exempt', 'civil_service_reserved']);
  });

  test('the table and the 告知单 read grants, ranges, tax items and rights in Chinese and English', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify({
      id: 'V1', intro_mode: 'local', employer_type: 'private', employer_level: 'county', county: '水城区', work_level: '村', base_salary: '2500',
      start: '2014-08', grassroots_program: '大学生村官', research_grant: '', sme_graduate: '是', coal_safety_inspector: '是',
    }));
    const zh = rencai(['check', '--year', '2014', '--answers', answersFile]);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('高校毕业生基层就业项目一次性安置费（§14）：一次性，金额未定（不低于 2000.00 元）');
    expect(zh.stdout).toContain('承担：水城区（水城县）财政（金额未定）');
    expect(zh.stdout).toContain('中小企业吸纳持证高校毕业生定额扣减税费（§14）：本年度 4800.00 元（税收支出，不计入现金合计）');
    expect(zh.stdout).toContain('中小企业吸纳持证高校毕业生第一年社会保险补贴（§14）：一次性，金额未定');
    // Cash: grassroots allowance 2,500 × 0.2 = 500 × 5 months (August–December) = 2,500; tax: 4,800 apart.
    expect(zh.stdout).toContain('本年度资金待遇合计：2500.00 元');
    expect(zh.stdout).toContain('本年度税收支出合计：4800.00 元');
    expect(zh.stdout).toContain('煤矿安全监管人员津补贴和保险（§20）');

    const notice = join(dir, 'notice.md');
    const en = rencai(['--lang', 'en', 'check', '--year', '2014', '--answers', answersFile, '--output', notice]);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('One-off settlement grant for grassroots programme recruits (§14): one-off, amount not decided (at least 2000.00 yuan)');
    expect(en.stdout).toContain('this year 4800.00 yuan (tax expenditure, not in the cash total)');
    expect(en.stdout).toContain('Tax expenditures in the year: 4800.00 yuan');
    const markdown = readFileSync(notice, 'utf8');
    // The SME's tax deduction and insurance subsidy are the employer's, in a section of their own.
    const employer = markdown.slice(markdown.indexOf('What your employer is entitled to'));
    expect(markdown.indexOf('What your employer is entitled to')).toBeGreaterThan(markdown.indexOf('What you are entitled to'));
    expect(employer).toContain('Tax deduction for SMEs hiring registered graduates: 4,800.00 yuan of taxes waived this year');
    expect(markdown).toContain('Still to be decided');
    expect(markdown).not.toMatch(/[\u4e00-\u9fff]{2}/u);
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

  test('--output writes the 告知单 as Markdown, whole: the person\'s items with who pays, and lines to sign and stamp', () => {
    const dir = tempDir();
    const answersFile = join(dir, 'person.json');
    writeFileSync(answersFile, JSON.stringify(DOCTOR));
    const notice = join(dir, '告知单.md');
    const { status, stderr } = rencai(['check', '--year', '2014', '--answers', answersFile, '--output', notice]);
    expect(status).toBe(0);
    expect(stderr).toContain('已写出告知单');
    const text = readFileSync(notice, 'utf8');
    expect(text).toMatch(/^# 六盘水市人才政策待遇告知单（2014 年度）/);
    expect(text).toContain('## 1. 您本人可享受的待遇（2014 年度）');
    // 差额拨款 0.6 in 六枝特区: the county pays its share of each item, the hospital the rest.
    expect(text).toMatch(/由六枝特区财政 [\d,]+\.\d{2} 元、用人单位 [\d,]+\.\d{2} 元分别支付/);
    expect(text).toContain('经办人（签字）：');
    expect(text).toContain('经办窗口（盖章）：');
    expect(text).not.toMatch(/rent_per_m2|--rent-rates|花名册|roster/);
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
      '\r', // 是否有以下情况: none ticked
      '\r', // confirm
    ]);
    expect(screen).toContain('3000');
    expect(screen).toContain('是否有以下情况');
    expect(screen).toContain('基层工作津贴（§17）：每月 600.00 元 × 12 个月 = 7200.00 元');
    expect(code).toBe(0);
  }, 45000);

  test('a wrong fact option is refused with its reason before the first question', async () => {
    const { code, screen } = await underTerminal(['check', '--year', '2014', '--base-salary', 'abc'], []);
    expect(code).toBe(1);
    expect(screen).toContain('基本工资');
    expect(screen).toContain('“abc”');
    expect(screen).toContain('应为不小于 0 的金额');
    expect(screen).not.toContain('姓名');
  }, 45000);

  test('a notice that cannot be written is refused with its reason before the first question', async () => {
    const { code, screen } = await underTerminal(['check', '--year', '2014', '--output', join(tmpdir(), 'rencai-no-such-folder', '告知单.md')], []);
    expect(code).toBe(5);
    expect(screen).toContain('告知单.md');
    expect(screen).toContain('所在目录不存在');
    expect(screen).not.toContain('姓名');
  }, 45000);

  test.each([
    ['check', 'zh', '或去掉 --answers 在终端逐项回答'],
    ['check', 'en', 'or leave out --answers to be asked'],
    ['explain', 'zh', '或在 --answers 后面写答案文件名'],
    ['explain', 'en', 'or name the answers file after --answers'],
  ])('%s --answers - at a terminal (%s): one sentence saying what to do, exit 3, nothing asked', async (command, lang, advice) => {
    const { code, screen } = await underTerminal([command, '--answers', '-', '--year', '2014', '--lang', lang], []);
    expect(code).toBe(3);
    const lines = screen.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--answers -');
    expect(lines[0]).toContain(advice);
    expect(screen).not.toMatch(/EAGAIN|ENOTTY|Error|\n\s+at /);
  }, 45000);

  test('Ctrl-C leaves with one line and exit 130, no stack trace', async () => {
    const { code, screen } = await underTerminal(['check', '--year', '2014'], ['张', '\u0003']); // Ctrl-C while typing the name
    expect(code).toBe(130);
    expect(screen).toContain('已退出问卷');
    expect(screen).not.toMatch(/\n\s+at /);
  }, 45000);
});
