import { describe, expect, it } from 'vitest';
import { addFen, type Fen } from '../../src/base/money.js';
import { fen as parseYuan } from '../e2e/helpers.js';
import { computePerson } from '../../src/engine/index.js';
import type { Person } from '../../src/engine/types.js';
import { Rollup } from '../../src/budget/rollup.js';
import { createLabels } from '../../src/i18n/labels.js';
import { createCsvFormatter } from '../../src/cli/output/csv.js';
import { csvLine, neutralise, quote } from '../../src/io/csv-line.js';
import { createJsonFormatter } from '../../src/cli/output/json.js';
import { createTableFormatter } from '../../src/cli/output/table.js';
import type { Formatter, RejectedEntry, RunInfo } from '../../src/cli/output/types.js';
import { endString, rejectedRowsOf } from '../../src/cli/output/rejected-rows.js';
import { person, policy } from '../engine/helpers.js';

const info: RunInfo = { policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: ['备注'] };

const people: Person[] = [
  // Tier E, county inst_partial at 0.65 in Panzhou: purchase 180,000.00 split, allowance by line.
  person({ id: 'P1', name: '张三', education: 'doctor', degree: 'doctor', employer_type: 'inst_partial', fiscal_share: '0.65', employer_level: 'county', county: 'panzhou', work_level: 'county' }),
  // Flexible tier B in a private enterprise: rent rate missing, allowance employer-set.
  person({ id: 'P2', name: '=HYPERLINK("x")', honors: ['changjiang'], intro_mode: 'flexible', employer_type: 'private', employer_level: 'county', county: 'liuzhi', work_level: 'county' }),
  // No tier, city organ: nothing this year.
  person({ id: 'P3', name: '李四' }),
  // A fresh graduate hired by a private SME in Zhongshan: a 1,000.00 hiring grant (cash, employment
  // fund) and a 4,800.00 tax deduction for the employer (tax expenditure, outside the cash total).
  { ...person({ id: 'P5', name: '周五', education: 'bachelor', degree: 'bachelor', employer_type: 'private', employer_level: 'county', county: 'zhongshan', work_level: 'county' }),
    claims: { hired_graduate: true, sme_graduate: true } },
];
const rejected: RejectedEntry[] = [{ row: 5, id: 'P4', errors: [{ column: 'education', message: '“硕博”不是学历代码' }] }];

/** Runs a formatter over the people above, as the roster command does; returns the text and the roll-up. */
async function run(formatter: Formatter) {
  const rollup = new Rollup();
  let text = formatter.begin();
  people.forEach((entry, index) => {
    const result = computePerson(entry, 2014, policy);
    rollup.add(entry, result);
    text += formatter.person({ row: index + 2, person: entry, result, extra: [`note,${index}`] });
  });
  const totals = rollup.totals();
  text += await endString(formatter.end(rejectedRowsOf(rejected), totals));
  return { text, totals };
}

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tdata', "'\tdata"],
    ['\rdata', "'\rdata"],
    ['-cmd|calc', "'-cmd|calc"],
    ['-1+2', "'-1+2"],
    ['-12.00', '-12.00'],
    ['-5', '-5'],
    ['-', '-'],
    ['12000.00', '12000.00'],
    ['张三', '张三'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises %j as %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it('quotes cells with a comma, a quote or a line break and doubles inner quotes', () => {
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('two\nlines')).toBe('"two\nlines"');
    expect(quote('plain')).toBe('plain');
  });

  it('neutralises before quoting, so a quoted formula still starts with an apostrophe', () => {
    expect(csvLine(['=A1,B1', 'x'])).toBe(`"'=A1,B1",x\r\n`);
  });
});

const csvRun = await run(createCsvFormatter(info, { header: 'en', bom: false }));
describe('the CSV formatter', () => {
  const { text, totals } = csvRun;
  const lines = text.trimEnd().split('\r\n');

  it('starts with the contract columns, then ours, then the passthrough columns', () => {
    expect(lines[0]).toBe('row,id,name,tier,item,clause,payer,monthly,months,amount,status,item_label,payer_label,category,tax_amount,备注');
  });

  it('writes one row per person, item and payer, and none for a person with no items', () => {
    const ids = lines.slice(1).map((line) => line.split(',')[1]);
    expect(ids).not.toContain('P3');
    // P1 is inst_partial: every item with an amount is split between county finance and the employer.
    const p1 = lines.slice(1).filter((line) => line.split(',')[1] === 'P1');
    expect(p1.some((line) => line.includes('county:panzhou'))).toBe(true);
    expect(p1.some((line) => line.includes(',employer,'))).toBe(true);
  });

  it('has amounts that sum to the roll-up total, exactly in fen', () => {
    const amountColumn = 9;
    let sum = 0 as Fen;
    for (const line of lines.slice(1)) {
      const cell = line.split(',')[amountColumn] ?? '';
      if (cell !== '') sum = addFen(sum, parseYuan(cell));
    }
    expect(sum).toBe(totals.total);
  });

  it('puts a tax expenditure in tax_amount, not in amount', () => {
    const header = lines[0]?.split(',') ?? [];
    const tax = lines.slice(1).map((line) => line.split(',')).find((cells) => cells[header.indexOf('item')] === 'graduate_tax_deduction');
    expect(tax?.[header.indexOf('amount')]).toBe('');
    expect(tax?.[header.indexOf('tax_amount')]).toBe('4800.00');
    expect(tax?.[header.indexOf('category')]).toBe('tax');
  });

  it('leaves the amount empty when it is unknown and neutralises a planted formula', () => {
    const p2 = lines.filter((line) => line.includes(',P2,'));
    expect(p2.length).toBeGreaterThan(0);
    for (const line of p2) expect(line).toContain(`"'=HYPERLINK(""x"")"`);
    expect(p2.some((line) => line.includes(',rate_missing,'))).toBe(true);
    const rateMissing = p2.find((line) => line.includes(',rate_missing,')) ?? '';
    // …,monthly,months,amount,status: no monthly and no amount for a missing rate.
    expect(rateMissing).toMatch(/,,\d*,,rate_missing,/);
  });

  it('quotes a passthrough cell with a comma', () => {
    expect(lines[1]?.endsWith('"note,0"')).toBe(true);
  });

  it('starts with a byte-order mark when writing a file, and has a Chinese header on request', () => {
    const formatter = createCsvFormatter(info, { header: 'zh', bom: true });
    expect(formatter.begin().startsWith('\uFEFF行号,编号,姓名,人才层次,项目代码,条款,支付方代码,月标准,月数,金额')).toBe(true);
  });
});

const jsonRun = await run(createJsonFormatter(info));
describe('the JSON formatter', () => {
  const { text, totals } = jsonRun;
  const json = JSON.parse(text) as {
    policy: string; year: number;
    people: { row: number; id: string; tier: string | null; total: string; items: { item: string; clause: string; monthly: string | null; months: number | null; amount: string | null; payers: { payer: string; amount: string | null }[] }[] }[];
    rejected: RejectedEntry[];
    rollup: { byPayer: Record<string, string>; byItem: Record<string, string>; total: string; byCounty: Record<string, string>; tax: { byItem: Record<string, string>; total: string } };
  };
  const fen = parseYuan;
  const sum = (values: string[]) => values.reduce((total, value) => addFen(total, fen(value)), 0 as Fen);

  it('is valid JSON with the contract shape', () => {
    expect(json.policy).toBe('lps-2013');
    expect(json.year).toBe(2014);
    expect(json.people.map((entry) => entry.id)).toEqual(['P1', 'P2', 'P3', 'P5']);
    expect(json.people[0]).toMatchObject({ row: 2, id: 'P1', tier: 'E' });
    expect(json.rejected).toEqual(rejected);
    for (const entry of json.people) {
      for (const item of entry.items) {
        expect(Object.keys(item)).toEqual(expect.arrayContaining(['item', 'clause', 'monthly', 'months', 'amount', 'payers']));
      }
    }
  });

  it('writes money as strings with exactly two decimals, or null', () => {
    const moneyTexts = json.people.flatMap((entry) => [entry.total, ...entry.items.flatMap((item) => [item.monthly, item.amount, ...item.payers.map((part) => part.amount)])]);
    for (const value of moneyTexts) if (value !== null) expect(value).toMatch(/^\d+\.\d{2}$/);
    expect(moneyTexts).toContain(null);
  });

  it('has a roll-up total equal to the people totals, to byPayer, to byItem and to byCounty', () => {
    const total = fen(json.rollup.total);
    expect(total).toBe(totals.total);
    expect(sum(json.people.map((entry) => entry.total))).toBe(total);
    expect(sum(Object.values(json.rollup.byPayer))).toBe(total);
    expect(sum(Object.values(json.rollup.byItem))).toBe(total);
    expect(sum(Object.values(json.rollup.byCounty))).toBe(total);
  });

  it('reports tax expenditures beside the cash total, never inside it', () => {
    expect(json.rollup.tax.byItem).toEqual({ graduate_tax_deduction: '4800.00' });
    expect(json.rollup.tax.total).toBe('4800.00');
    expect(json.rollup.byItem.graduate_tax_deduction).toBeUndefined();
    expect(json.rollup.byItem.graduate_hiring_grant).toBe('1000.00');
  });

  it('is still valid JSON with no people at all', async () => {
    const formatter = createJsonFormatter(info);
    const empty = JSON.parse(formatter.begin() + await endString(formatter.end(rejectedRowsOf([]), new Rollup().totals()))) as { people: unknown[]; rollup: { total: string } };
    expect(empty.people).toEqual([]);
    expect(empty.rollup.total).toBe('0.00');
  });
});

describe('the table formatter', () => {
  it('prints no escape codes at colour level 0, and names people, items and payers in Chinese', async () => {
    const { text } = await run(createTableFormatter(info, { colorLevel: 0, summary: false }));
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toContain('张三');
    expect(text).toContain('购房补贴');
    expect(text).toContain('盘州市（盘县）财政');
    expect(text).toContain('按支付方汇总');
    expect(text).toContain('无法计算');
    expect(text).toContain('被拒绝的行');
    expect(text).toContain('税收支出');
  });

  it('prints only the roll-up with --summary', async () => {
    const { text } = await run(createTableFormatter(info, { colorLevel: 0, summary: true }));
    expect(text).not.toContain('第2行');
    expect(text).toContain('按项目汇总');
  });

  it('colours when asked to', async () => {
    const { text } = await run(createTableFormatter(info, { colorLevel: 1, summary: false }));
    expect(text).toMatch(/\u001b\[/);
  });
});
