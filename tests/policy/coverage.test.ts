// Issue #14 "Done when": for each sentence of §8, §9, §11–§20 and §22 that gives money, a tax benefit or a
// right, coverage.json says how rencai encodes it or why it cannot be computed. These tests hold the file
// to the text: every quote is the law's own words, every id it names exists, every item and right of the
// clauses is named by a sentence of its clause, and no sentence that gives something is left out.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCoverage } from '../../src/policy/coverage.js';
import { clauseNumbers, loadPolicyText } from '../../src/policy/text.js';
import { rencai, ROOT } from '../e2e/helpers.js';
import { policy } from '../engine/helpers.js';

const coverage = loadCoverage('lps-2013');
const text = loadPolicyText('lps-2013');
const article = (clause: string) => text?.clauses(clause)[0]?.text ?? '';
const sentencesOf = (clause: string) => coverage?.sentences.filter((entry) => entry.clause === clause) ?? [];

// Words that mark a sentence giving money, a tax benefit or a right (an amount, a grant, an exemption, a
// waiver of a rule). A segment of the text between 。 and ； with one of them must be quoted in coverage.json.
const GIVING = ['元', '补贴', '奖励', '资助', '免征', '扣除', '扣减', '减免', '补偿', '代偿', '津贴', '待遇', '不受', '直接', '提前', '优先',
  '保薪保职', '就高套入', '分期到位', '配套', '绿卡', '资金', '基金', '越级', '低职高聘', '保险', '自主权', '归个人'];

describe('coverage.json of lps-2013', () => {
  test('covers §8, §9, §11–§20 and §22, each with at least one sentence', () => {
    expect(coverage?.clauses).toEqual(['§8', '§9', '§11', '§12', '§13', '§14', '§15', '§16', '§17', '§18', '§19', '§20', '§22']);
    for (const clause of coverage?.clauses ?? []) expect(sentencesOf(clause).length, clause).toBeGreaterThan(0);
    expect(coverage?.sentences.filter((entry) => !coverage.clauses.includes(entry.clause))).toEqual([]);
  });

  test('every quote is the words of its own article, exactly', () => {
    const misquoted = (coverage?.sentences ?? []).filter((entry) => !article(entry.clause).includes(entry.text));
    expect(misquoted.map((entry) => `${entry.clause} ${entry.text}`)).toEqual([]);
  });

  test('every sentence of these clauses that gives money, a tax benefit or a right is quoted (the heading aside)', () => {
    const missing: string[] = [];
    for (const clause of coverage?.clauses ?? []) {
      const quotes = sentencesOf(clause).map((entry) => entry.text);
      // The first segment is "N、title" up to its 。: the heading names the clause, it grants nothing.
      const segments = article(clause).split(/[。；;]/).slice(1).map((segment) => segment.trim()).filter((segment) => segment !== '');
      for (const segment of segments) {
        if (!GIVING.some((word) => segment.includes(word))) continue;
        if (!quotes.some((quote) => quote.includes(segment) || segment.includes(quote))) missing.push(`${clause} ${segment}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every id a sentence names exists in the edition: items, unit items, rights, claim rules, column rules, readings, tiers, allowance lines, data files', () => {
    const known = {
      items: new Set([...policy.itemLabels.keys()].filter((code) => !policy.unitItems.some((unit) => unit.item === code))),
      units: new Set(policy.unitItems.map((unit) => unit.item)),
      rights: new Set(policy.rights.map((right) => right.id)),
      claimRules: new Set(policy.claimRules.map((rule) => rule.id)),
      columnRules: new Set(policy.columnRules.map((rule) => rule.id)),
      readings: new Set(policy.readings.keys()),
      tiers: new Set<string>(policy.tiers.map((tier) => tier.tier)),
      // Every line of the items that choose among lines (the §17 talent allowance's table).
      lines: new Set(policy.items.flatMap((item) => (item.form === 'monthly_highest_line' ? item.lines.map((line) => line.id) : []))),
    };
    const unknown: string[] = [];
    for (const entry of coverage?.sentences ?? []) {
      for (const [kind, ids] of Object.entries(entry.encodedBy ?? {})) {
        for (const id of ids ?? []) {
          const exists = kind === 'data' ? existsSync(join(ROOT, 'data', 'policies', 'lps-2013', id)) : known[kind as keyof typeof known].has(id);
          if (!exists) unknown.push(`${entry.clause} ${kind} ${id}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  test('every item, unit item and right whose clause is covered is named by a sentence of that clause', () => {
    const named = (clause: string, kind: 'items' | 'units' | 'rights', id: string) => sentencesOf(clause).some((entry) => entry.encodedBy?.[kind]?.includes(id));
    const covered = (clause: string) => clauseNumbers(clause).map((number) => `§${number}`).filter((entry) => coverage?.clauses.includes(entry));
    const unnamed: string[] = [];
    const check = (kind: 'items' | 'units' | 'rights', id: string, clause: string) => {
      for (const each of covered(clause)) if (!named(each, kind, id)) unnamed.push(`${each} ${kind} ${id}`);
    };
    for (const [code, item] of policy.itemLabels) check(policy.unitItems.some((unit) => unit.item === code) ? 'units' : 'items', code, item.clause);
    for (const right of policy.rights) check('rights', right.id, right.clause);
    expect(unnamed).toEqual([]);
  });

  test('each sentence is either encoded (with one line saying how) or not computed (with the reason), in Chinese and English', () => {
    for (const entry of coverage?.sentences ?? []) {
      const line = entry.notComputed ?? entry.how;
      expect(line?.zh, entry.text).toMatch(/[\u4e00-\u9fff]/);
      // English sentences may quote the Chinese term they explain ("一定年限"), never be Chinese alone.
      expect(line?.en, entry.text).toMatch(/^[A-Za-z"]/);
    }
  });
});

describe('rencai policy §N shows the sentences', () => {
  test('§14 in Chinese: the registered-capital sentence, its right, and the small-business sentence with why it is not computed', () => {
    const run = rencai(['policy', '§14']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('逐句：给予资金、税收优惠或权利的句子');
    expect(run.stdout).toContain('· [权利] 高校毕业生申办企业可不受出资额限制，注册资金实行分期到位');
    expect(run.stdout).toContain('编码：权利 registered_capital_instalments；解读 graduate_founder_from_startup_column');
    expect(run.stdout).toContain('不计算：比照国家、省和市的小微企业政策，本政策没有给出标准');
  });
  test('§19 --lang en: every label in English, the quotes in the law\'s Chinese', () => {
    const run = rencai(['policy', '§19', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sentence by sentence');
    expect(run.stdout).toContain('not computed: No column for it: "outstanding contribution" is decided case by case');
    expect(run.stdout).not.toMatch(/编码|不计算|权利 /);
  });
  test('--format json lists the sentences of the clause, as coverage.json has them', () => {
    const run = rencai(['policy', '§22', '--format', 'json']);
    const json = JSON.parse(run.stdout) as { sentences: { text: string; encodedBy?: { data?: string[] } }[] };
    expect(json.sentences.length).toBe(sentencesOf('§22').length);
    expect(json.sentences.find((entry) => entry.encodedBy?.data)?.encodedBy?.data).toEqual(['fund.json']);
  });
});
