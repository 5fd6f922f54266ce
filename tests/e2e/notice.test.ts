// The 告知单 a window officer prints for a person: one self-contained HTML page (and the same content as
// Markdown and text), in plain words, the employer's items apart, what is undecided, where to apply and
// lines to sign. Where Debian's chromium is installed the page is rendered to PDF, as the window prints it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'rencai-notice-'));

/** A flexible introduction (长江学者, tier B) at a private firm in 六枝: rent unknown, allowance employer-set. */
const FLEXIBLE = {
  name: '冯<b>柔性</b> & "子"', honors: '长江学者', education: '博士研究生', degree: '博士', title: '正高级', intro_mode: '柔性引进',
  employer_type: '民营企业', employer_level: '县级', county: '六枝特区', work_level: '县级', start: '2014-01',
};
/** A fresh graduate hired by a private SME in 钟山区: §14 items that are the employer's, not hers. */
const GRADUATE = {
  name: '小钱', education: '本科', degree: '学士', intro_mode: '直接引进', employer_type: '民营企业', employer_level: '市级', county: '钟山区',
  work_level: '市级', start: '2014-09', fresh_graduate: '是', hired_graduate: '是', sme_graduate: '是', first_year_insurance: '是',
};

function notice(person: object, name: string, lang: 'zh' | 'en' = 'zh'): string {
  const answers = join(dir, `${name}.json`);
  writeFileSync(answers, JSON.stringify(person));
  const output = join(dir, name);
  const run = rencai(['check', '--year', '2014', '--answers', answers, '--output', output, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(output, 'utf8');
}

describe('the HTML notice', () => {
  const html = () => notice(FLEXIBLE, 'flexible.html');

  test('is one self-contained page: inline CSS with a print stylesheet, no script, nothing fetched', () => {
    const page = html();
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<style>');
    expect(page).toContain('@media print');
    expect(page).toContain('@page{size:A4');
    expect(page).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
  });

  test('escapes every value: a name with markup prints as text', () => {
    const page = html();
    expect(page).toContain('冯&lt;b&gt;柔性&lt;/b&gt; &amp; &quot;子&quot;');
    expect(page).not.toContain('<b>柔性');
  });

  test('says what is undecided and what settles it: 120 m² × the local public rental rent (tier B, §16)', () => {
    const page = html();
    expect(page).toContain('尚待确定的事项');
    expect(page).toContain('柔性引进人才租房补贴按 120 平方米 × 工作所在地公共租赁住房月租金计算，当地租金标准待核定');
    expect(page).toContain('人才津贴的标准由用人单位自行确定');
  });

  test('names where to apply from data/service.json (the §10 service point), with blanks for what the policy does not give, and lines to sign and stamp', () => {
    const page = html();
    expect(page).toContain('六盘水市人才“一站式”综合服务中心');
    expect(page).toContain('<span class="blank"></span>');
    expect(page).toContain('经办人（签字）');
    expect(page).toContain('经办窗口（盖章）');
  });

  test('has no roster or command-line words', () => {
    for (const page of [html(), notice(GRADUATE, 'graduate.html')]) {
      expect(page).not.toMatch(/rent_per_m2|--rent-rates|花名册|--answers|roster|rencai/);
    }
  });

  test('puts the employer’s §14 items in their own section, after the person’s, with thousands separators', () => {
    const page = notice(GRADUATE, 'graduate2.html');
    const yours = page.indexOf('您本人可享受的待遇');
    const employer = page.indexOf('用人单位因聘用您可享受的政策');
    expect(yours).toBeGreaterThan(-1);
    expect(employer).toBeGreaterThan(yours);
    // The SME's tax deduction: 4,800 a year (§14), the employer's, not hers.
    const deduction = page.indexOf('中小企业吸纳持证高校毕业生定额扣减税费');
    expect(deduction).toBeGreaterThan(employer);
    expect(page).toContain('本年度减免税费 4,800.00 元');
    // Hers: the graduate rent subsidy, 200 a month September–December = 4 months = 800 (§16).
    expect(page.slice(yours, employer)).toContain('应届毕业生租房补贴：每月 200.00 元，本年度 4 个月，共 800.00 元');
    expect(page.slice(yours, employer)).toContain('由钟山区财政支付');
  });

  test('renders in a real browser to a PDF, where chromium is installed', (context) => {
    const chromium = '/usr/bin/chromium';
    if (!existsSync(chromium)) {
      console.log('skipped: /usr/bin/chromium is not installed, so the notice is not rendered in a browser');
      context.skip();
      return;
    }
    const page = join(dir, 'render.html');
    writeFileSync(page, notice(GRADUATE, 'render-source.html'));
    const pdf = join(dir, 'notice.pdf');
    const run = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'rencai-chromium-'))}`, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${page}`,
    ], { encoding: 'utf8', timeout: 50_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // One A4 page or two, not an empty document.
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

describe('the same content as Markdown and text', () => {
  test('.md and .txt carry the same sections, amounts and lines to sign as the page', () => {
    const markdown = notice(GRADUATE, 'graduate.md');
    const text = notice(GRADUATE, 'graduate.txt');
    for (const document of [markdown, text]) {
      for (const phrase of ['您本人可享受的待遇', '用人单位因聘用您可享受的政策', '尚待确定的事项', '到哪里、怎样申请', '4,800.00 元', '800.00 元', '经办人（签字）']) {
        expect(document).toContain(phrase);
      }
      expect(document).not.toMatch(/<[a-z]/);
    }
  });

  test('a name with a line break and a list marker stays on its own line', () => {
    const markdown = notice({ ...GRADUATE, name: '小钱\n# 标题\n- 列表' }, 'linebreak.md');
    expect(markdown).not.toMatch(/^# 标题/m);
    expect(markdown).not.toMatch(/^- 列表/m);
    const text = notice({ ...GRADUATE, name: '小钱\n# 标题' }, 'linebreak.txt');
    expect(text).not.toMatch(/^# 标题/m);
  });

  test('in English the notice has no Chinese sentence', () => {
    const markdown = notice(GRADUATE, 'english.md', 'en');
    expect(markdown).toContain('What your employer is entitled to for hiring you');
    // The name is the person's own; the office is named in English from data/service.json.
    expect(markdown.replace('小钱', '')).not.toMatch(/[\u4e00-\u9fff]{2}/u);
  });
});
