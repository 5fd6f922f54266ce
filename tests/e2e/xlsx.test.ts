// Excel workbooks end to end: a roster typed into a spreadsheet program runs without conversion, and
// `--output FILE.xlsx` gives a workbook whose money reconciles with the JSON roll-up to the fen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYuan } from '../../src/base/money.js';
import { BIN, EXAMPLE, FIXTURES, ROOT, fen, rencai, requireBuild, type RosterJson } from './helpers.js';

beforeAll(requireBuild);

const LIBREOFFICE = 'tests/fixtures/xlsx/roster-libreoffice.xlsx';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rencai-xlsx-e2e-'));
}

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function rowValues(sheet: ExcelJS.Worksheet, number: number): unknown[] {
  return (sheet.getRow(number).values as unknown[]).slice(1);
}

/** A money cell back to fen, through the shortest text of the double (what fen / 100 round-trips to). */
function cellFen(value: unknown): number {
  const amount = parseYuan(String(value));
  if (typeof value !== 'number' || amount === null) throw new Error(`not a money cell: ${String(value)}`);
  return amount;
}

describe('an xlsx roster', () => {
  it('the shipped example workbook, saved by LibreOffice Calc from the example CSV, gives byte-identical JSON to the CSV', () => {
    const fromXlsx = rencai(['roster', 'data/examples/roster.xlsx', '--sheet', '花名册', '--year', '2014', '--format', 'json']);
    const fromCsv = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json']);
    expect(fromXlsx.status).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });

  it('is read as typed in LibreOffice; a rejected row names the sheet, row and column', () => {
    const run = rencai(['roster', LIBREOFFICE, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(1);
    const data = JSON.parse(run.stdout) as RosterJson;
    // 1001: E-tier doctor in a township: 180000 purchase grant + 1000 × 12 allowance + 4200 × 0.20 = 840 × 12 grassroots = 202080.00
    // 1002: grassroots only, 3333.33 × 0.20 = 666.666 → 666.67 a month (rounded to the fen) × 12 = 8000.04
    expect(data.people.map((person) => [person.id, person.total])).toEqual([['1001', '202080.00'], ['1002', '8000.04']]);
    expect(data.rollup.total).toBe('210080.04'); // 202080.00 + 8000.04
    expect(run.stderr).toContain('工作表“roster-libreoffice”第4行 1003 学历：');
    expect(run.stderr).toContain('工作表“roster-libreoffice”第5行 1004 基本工资：');
  });

  it('names the sheets when --sheet names none of them (exit 3)', () => {
    const run = rencai(['roster', LIBREOFFICE, '--year', '2014', '--sheet', '花名册']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('没有名为“花名册”的工作表');
    expect(run.stderr).toContain('“roster-libreoffice”');
  });
});

describe('--output FILE.xlsx', () => {
  const dir = tempDir();
  const target = join(dir, '结果.xlsx');
  const run = rencai(['roster', EXAMPLE, '--year', '2014', '--output', target]);
  const reference = JSON.parse(rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json']).stdout) as RosterJson;

  it('writes the workbook and nothing on stdout', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['结果.xlsx']);
  });

  it('has the item rows, roll-up, rejected rows and non-money rights, each with a frozen header row', async () => {
    const book = await readBook(target);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['明细', '汇总', '未通过的行', '非货币待遇']);
    for (const sheet of book.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const items = book.getWorksheet('明细')!;
    expect(rowValues(items, 1)).toEqual(['行号', '编号', '姓名', '人才层次', '项目代码', '条款', '支付方代码', '月标准', '月数', '金额', '状态', '项目', '支付方', '类别', '税收支出金额', '单位名称', '备注']);
    expect(items.getColumn(10).width).toBeGreaterThanOrEqual(8);
    const rights = book.getWorksheet('非货币待遇')!;
    expect(rowValues(rights, 2)).toEqual([2, 'P001', '陈院士', '人才服务绿卡', '§13']);
  });

  it('has money as numbers with two decimals whose amount column sums, in fen, to the JSON total', async () => {
    const items = (await readBook(target)).getWorksheet('明细')!;
    let total = 0;
    let cells = 0;
    items.eachRow((row, number) => {
      if (number === 1) return;
      const amount = row.getCell(10);
      if (amount.value === null || amount.value === undefined) return;
      expect(amount.numFmt).toBe('#,##0.00');
      total += cellFen(amount.value);
      cells++;
    });
    expect(cells).toBeGreaterThan(12);
    expect(total).toBe(fen(reference.rollup.total));
  });

  it('has the roll-up totals written as values in fen, equal to the JSON roll-up', async () => {
    const rollup = (await readBook(target)).getWorksheet('汇总')!;
    const totals: number[] = [];
    rollup.eachRow((row) => {
      if (row.getCell(1).value === '合计') totals.push(cellFen(row.getCell(2).value));
    });
    // the headline total, then the totals under the payer, item and county tables
    expect(totals).toEqual(Array(4).fill(fen(reference.rollup.total)));
    rollup.eachRow((row) => expect(row.getCell(2).formula).toBeUndefined());
  });
});

describe('--output FILE.xlsx with rejected rows and formula-like text', () => {
  it('lists the rejected rows with their reasons and keeps "=…" cells as text', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    const example = (await import('node:fs')).readFileSync(join(ROOT, EXAMPLE), 'utf8').replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    // P001's passthrough 备注 becomes a formula-looking text; P002's 学历 becomes unreadable.
    const lines = [example[0]!, `${example[1]!.slice(0, example[1]!.lastIndexOf(','))},=HYPERLINK("http://example.invalid")`, example[2]!.replace('博士研究生', '博士后')];
    writeFileSync(roster, `${lines.join('\n')}\n`);
    const target = join(dir, 'out.xlsx');
    const run = rencai(['roster', roster, '--year', '2014', '--output', target]);
    expect(run.status).toBe(1);
    const book = await readBook(target);
    const rejected = book.getWorksheet('未通过的行')!;
    expect(rowValues(rejected, 1)).toEqual(['行', '编号', '列', '问题']);
    expect(rowValues(rejected, 2).slice(0, 3)).toEqual([3, 'P002', '学历']);
    const note = book.getWorksheet('明细')!.getRow(2).getCell(17);
    expect(note.value).toBe('=HYPERLINK("http://example.invalid")'); // a string cell, not { formula }
    expect(note.type).toBe(ExcelJS.ValueType.String);
  });

  it('refuses --format with an xlsx output (exit 2)', () => {
    const run = rencai(['roster', EXAMPLE, '--year', '2014', '--format', 'json', '--output', join(tempDir(), 'x.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format');
  });
});

describe('exceljs is not part of a run (the reader is yauzl and saxes, the writer rencai\'s own)', () => {
  const preload = join(ROOT, FIXTURES, 'report-exceljs.cjs');
  const node = (args: string[]) => spawnSync(process.execPath, ['-r', preload, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('is not loaded by --help or a CSV roster', () => {
    expect(node(['--help']).stderr).toContain('exceljs-loaded:false');
    expect(node(['roster', EXAMPLE, '--year', '2014', '--format', 'csv']).stderr).toContain('exceljs-loaded:false');
  });

  it('is not loaded to read an xlsx roster (the reader is yauzl and saxes)', () => {
    expect(node(['roster', LIBREOFFICE, '--year', '2014']).stderr).toContain('exceljs-loaded:false');
  });

  it('is not loaded for an xlsx output either', () => {
    const target = join(tempDir(), 'out.xlsx');
    expect(node(['roster', EXAMPLE, '--year', '2014', '--output', target]).stderr).toContain('exceljs-loaded:false');
  });
});
