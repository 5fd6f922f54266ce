// English output is complete: with --lang en no command prints a Chinese character (nor Chinese
// punctuation: （）：、～) — help pages, results in every format, the notice, summaries and errors on
// stderr — except in values that came from the user (a name, a unit's name, a cell echoed in a
// rejection), which are taken out of the output before it is looked at; the law quoted in its own
// words (data/policies/*/policy.zh.txt, which has no English text), and clause references as the data
// writes them (§16、§17), which are identifiers like the codes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseCsv, rencai, requireBuild, ROOT, type Run } from './helpers.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 60_000 });

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Every string a user wrote in an input file: the cells of a CSV, the string values of a JSON file. */
function userValues(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8').replace(/^\uFEFF/, '');
  if (path.endsWith('.json')) {
    const values: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') values.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
    return values;
  }
  return parseCsv(text.endsWith('\n') ? text : `${text}\n`).flat();
}

const LAW = readdirSync(join(ROOT, 'data', 'policies')).map((edition) => {
  try {
    // A quote may run across the file's line breaks.
    return readFileSync(join(ROOT, 'data', 'policies', edition, 'policy.zh.txt'), 'utf8').replace(/\s*\n\s*/g, '');
  } catch {
    return '';
  }
}).join('\n');

/** `line` without the stretches of three or more characters quoted verbatim from the law. */
function withoutLawQuotes(line: string): string {
  let out = '';
  for (let i = 0; i < line.length;) {
    let end = i;
    if (CJK.test(line[i]!)) while (end < line.length && LAW.includes(line.slice(i, end + 1))) end += 1;
    // An excerpt may end its sentence where the law goes on (。 for ；): the stop goes with the quote.
    if (end - i >= 3) for (i = end; i < line.length && /[\u3000-\u303f\uff00-\uffef]/u.test(line[i]!);) i += 1;
    else {
      out += line[i];
      i += 1;
    }
  }
  return out;
}

/** The lines of `text` with Chinese left once the user's own values are taken out (longest first). */
function chineseLines(text: string, values: readonly string[]): string[] {
  const own = [...new Set(values.filter((value) => CJK.test(value)))].sort((a, b) => b.length - a.length);
  return text.split('\n').filter((line) => {
    let rest = line;
    for (const value of own) rest = rest.split(value).join('');
    // JSON carries the data's bilingual texts whole: the "zh" half is data, the "en" half is checked.
    if (/^\s*"zh": "/.test(rest)) return false;
    rest = rest.replace(/\\n/g, '\n').split('……').map(withoutLawQuotes).join('').replace(/§\d+(?:、§\d+)+/g, '');
    // A value may be printed escaped or inside JSON quotes; what is left must still be free of Chinese.
    return CJK.test(rest);
  });
}

function expectEnglish(run: Run, inputs: readonly string[] = [], extra: readonly string[] = []): void {
  const values = [...inputs.flatMap(userValues), ...extra];
  expect(chineseLines(run.stdout, values), `stdout:\n${run.stdout}`).toEqual([]);
  expect(chineseLines(run.stderr, values), `stderr:\n${run.stderr}`).toEqual([]);
}

const en = (args: string[], input?: string) => rencai(['--lang', 'en', ...args], input === undefined ? {} : { input });

/** The commands the program has, from its own help page: a new command is checked without editing this file. */
const COMMANDS = (() => {
  const page = en(['--help']).stdout;
  const section = page.split(/^Commands:$/m)[1]?.split(/^\S/m)[0] ?? '';
  return [...section.matchAll(/^ {2}(\w+)/gm)].map((match) => match[1]!);
})();

describe('help in English', () => {
  test('the command list is read from the help page', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['roster', 'check', 'explain', 'test', 'help']));
  });
  test.each(['', ...COMMANDS])('rencai %s --help --lang en has no Chinese', (command) => {
    const run = en([...(command ? [command] : []), '--help']);
    expect(run.status).toBe(0);
    expectEnglish(run);
  });
});

const ROSTERS = ['tests/fixtures/e2e/grants.csv', 'tests/fixtures/e2e/years.csv', 'tests/fixtures/e2e/bad-rows.csv', 'data/examples/roster.csv', 'data/examples/roster-bad-rows.csv'];

describe('results in English', () => {
  test.each(ROSTERS.flatMap((file) => ['table', 'json', 'jsonl', 'csv'].map((format) => [file, format])))('roster %s --format %s', (file, format) => {
    const run = en(['roster', file!, '--year', '2014', '--format', format!]);
    expect(run.status).toBeLessThanOrEqual(1);
    expectEnglish(run, [file!]);
  });

  test.each(ROSTERS)('validate %s', (file) => expectEnglish(en(['validate', file]), [file]));

  test.each([['tests/fixtures/e2e/grants.csv', 'G1'], ['tests/fixtures/e2e/years.csv', 'Y4'], ['data/examples/roster.csv', 'P003']])('explain %s --id %s, as a tree and as JSON', (file, id) => {
    for (const format of ['table', 'json']) {
      const run = en(['explain', file!, '--id', id!, '--year', '2014', '--format', format]);
      expect(run.status).toBe(0);
      expectEnglish(run, [file!]);
    }
  });

  test.each(['', 'talent_allowance', 'tiers', 'payers', 'readings', '§16', '§14'])('policy %s, as a table and as JSON', (topic) => {
    for (const format of ['table', 'json']) expectEnglish(en(['policy', ...(topic ? [topic] : []), '--year', '2014', '--format', format]));
  });

  test('units, budget and compare', () => {
    const units = 'tests/fixtures/e2e/units.csv';
    const people = 'tests/fixtures/e2e/grants.csv';
    expectEnglish(en(['units', units, '--year', '2014']), [units]);
    expectEnglish(en(['budget', '--people', people, '--units', units, '--year', '2014']), [units, people]);
    expectEnglish(en(['budget', '--people', people, '--units', units, '--year', '2014-2015']), [units, people]);
    expectEnglish(en(['compare', people, '--year', '2014', '--scenario', 'data/examples/scenario-phd.json']), [people, 'data/examples/scenario-phd.json']);
    expectEnglish(en(['compare', people, '--year', '2014', '--set', 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000']), [people]);
  });

  test('the template and the policy cases', () => {
    // The example row's name is a person's name, like a user's: the reader replaces the whole row.
    expectEnglish(en(['template']), [], ['张三']);
    expectEnglish(en(['test']));
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'rencai-english-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** People at the window, written with codes so that only the name is the user's Chinese. */
const PEOPLE: Record<string, Record<string, string>> = {
  academician: { name: '张院士', honors: 'academician_cas', intro_mode: 'direct', employer_type: 'inst_full', employer_level: 'city', work_level: 'city', start: '2014-01' },
  flexible: { name: '柔性专家', honors: 'changjiang', intro_mode: 'flexible', employer_type: 'private', employer_level: 'city', county: 'liuzhi', work_level: 'county', start: '2014-07' },
  township: { name: '王老师', intro_mode: 'local', employer_type: 'inst_partial', fiscal_share: '0.6', employer_level: 'county', county: 'shuicheng', work_level: 'township', education: 'master', degree: 'master', title: 'associate_senior', base_salary: '3200', start: '2014-01' },
  graduate: { name: '小赵', education: 'bachelor', degree: 'bachelor', intro_mode: 'direct', employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county', start: '2014-09', fresh_graduate: 'yes', hired_graduate: 'yes', sme_graduate: 'yes' },
  founder: { name: '千人计划创业者', honors: 'thousand_talents', education: 'doctor', degree: 'doctor', intro_mode: 'direct', employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county', start: '2014-01', research_grant: 'yes', income_tax_return: '20000', grassroots_years: '4', urgent_talent: 'yes' },
  nobody: { intro_mode: 'direct', employer_type: 'organ', employer_level: 'city', work_level: 'city', education: 'associate', start: '2014-01' },
};

describe('the window in English', () => {
  test.each(Object.keys(PEOPLE))('check --answers (%s): the result in every format and the notice as .html, .md and .txt', (who) => {
    const answers = join(scratch, `${who}.json`);
    writeFileSync(answers, JSON.stringify(PEOPLE[who]));
    const name = PEOPLE[who]!.name ? [PEOPLE[who]!.name!] : [];
    for (const format of ['table', 'json', 'md']) {
      const run = en(['check', '--answers', answers, '--year', '2014', '--format', format]);
      expect(run.status, run.stderr).toBe(0);
      expectEnglish(run, [], name);
    }
    for (const extension of ['html', 'md', 'txt']) {
      const output = join(scratch, `${who}.${extension}`);
      const run = en(['check', '--answers', answers, '--year', '2014', '--output', output]);
      expect(run.status, run.stderr).toBe(0);
      expectEnglish(run, [], [...name, output]);
      expect(chineseLines(readFileSync(output, 'utf8'), name), `${output}:\n${readFileSync(output, 'utf8')}`).toEqual([]);
    }
  });
});

test.each([
  ['an item the edition does not have', 'items.nothing.monthly=1'],
  ['a field the item does not have', 'items.talent_allowance.nope=1'],
  ['an unknown first part', 'allowance.x=1'],
  ['a key too short', 'items.talent_allowance=1'],
  ['no "="', 'items.talent_allowance.lines'],
  ['a number that is not one', 'fund.share=abc'],
  ['an amount that is not one', 'items.talent_allowance.lines.doctor_enterprise_institution.monthly=abc'],
])('a --set naming %s is explained in English', (_what, set) => {
  const run = en(['roster', 'data/examples/roster.csv', '--year', '2014', '--set', set]);
  expect(run.status).toBeGreaterThan(1);
  expect(run.stderr).not.toBe('');
  expectEnglish(run);
});

test('a scenario file of the wrong shape is explained in English, one line per problem', () => {
  const wrong = join(scratch, 'wrong-scenario.json');
  writeFileSync(wrong, JSON.stringify({ name: 1, sets: [] }));
  const run = en(['roster', 'data/examples/roster.csv', '--year', '2014', '--scenario', wrong]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('name: should be a string');
  expect(run.stderr).toContain('sets: must not be empty');
  expectEnglish(run);
});

describe('errors in English', () => {
  const broken = join(scratch, 'broken.json');
  beforeAll(() => writeFileSync(broken, '{"name": "甲",'));
  test.each([
    ['an unknown command', ['rostr']],
    ['a missing roster', ['roster', 'no-such.csv', '--year', '2014']],
    ['a bad year', ['roster', 'data/examples/roster.csv', '--year', '20x4']],
    ['a bad format', ['roster', 'data/examples/roster.csv', '--year', '2014', '--format', 'pdf']],
    ['an unknown option', ['roster', 'data/examples/roster.csv', '--yaer', '2014']],
    ['a missing answers file', ['check', '--answers', 'no-such.json', '--year', '2014']],
    ['a broken answers file', ['check', '--answers', broken, '--year', '2014']],
    ['a wrong fact option', ['check', '--no-input', '--base-salary', 'abc', '--year', '2014']],
    ['check with nothing to go on', ['check', '--no-input', '--year', '2014']],
    ['a missing rent table', ['roster', 'data/examples/roster.csv', '--year', '2014', '--rent-rates', 'no-such.csv']],
    ['a missing scenario', ['compare', 'data/examples/roster.csv', '--year', '2014', '--scenario', 'no-such.json']],
    ['an unknown policy edition', ['roster', 'data/examples/roster.csv', '--year', '2014', '--policy', 'lps-1999']],
    ['explain without an id', ['explain', 'data/examples/roster.csv', '--year', '2014']],
    ['an unknown policy topic', ['policy', 'nothing']],
  ])('%s', (_what, args) => {
    const run = en(args as string[]);
    expect(run.status).toBeGreaterThan(0);
    expect(run.stderr).not.toBe('');
    expectEnglish(run, [], [broken, '甲']);
  });
});
