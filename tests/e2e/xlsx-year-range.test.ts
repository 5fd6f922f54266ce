// `--output FILE.xlsx` over a range of years (#17): the 明细 sheet gains the item's year, and the
// 汇总 sheet puts the years side by side with the range's total, each year equal to its own
// single-year workbook to the fen. A single year's workbook keeps its cells.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseYuan } from '../../src/base/money.js';
import { CSV_COLUMNS } from '../../src/cli/output/csv.js';
import { EXAMPLE, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const YEARS = [2014, 2015, 2016];

async function workbook(year: string): Promise<ExcelJS.Workbook> {
  const path = join(mkdtempSync(join(tmpdir(), 'rencai-xlsx-years-')), 'out.xlsx');
  const run = rencai(['roster', EXAMPLE, '--year', year, '--output', path]);
  expect(run.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const values = (row: ExcelJS.Row): unknown[] => (row.values as unknown[]).slice(1);

/** A money cell back to fen, through the shortest text of the double. */
function cellFen(value: unknown): number {
  const amount = parseYuan(String(value));
  if (typeof value !== 'number' || amount === null) throw new Error(`not a money cell: ${String(value)}`);
  return amount;
}

interface Section {
  title: string;
  head: unknown[];
  rows: unknown[][];
}

/** The 汇总 sheet's sections: a title row after a blank, its head row, then its rows to the next blank. */
function sections(sheet: ExcelJS.Worksheet): Section[] {
  const found: Section[] = [];
  let current: Section | null = null;
  let afterBlank = false;
  for (let number = 1; number <= sheet.rowCount; number++) {
    const cells = values(sheet.getRow(number));
    if (cells.length === 0) {
      afterBlank = true;
      current = null;
      continue;
    }
    if (afterBlank) {
      current = { title: String(cells[0]), head: values(sheet.getRow(number + 1)), rows: [] };
      found.push(current);
      number++;
      afterBlank = false;
    } else if (current) {
      current.rows.push(cells);
    }
  }
  return found;
}

/** Sections of money (their second head cell names yuan or a year), keyed by title and key head. */
const moneySections = (book: ExcelJS.Workbook) => sections(book.getWorksheet('汇总')!).filter((section) => /元|\d{4}/.test(String(section.head[1])));

describe('a workbook over a range of years', () => {
  it('gives each 明细 row its year after the CSV columns, and a single year adds no column', async () => {
    const range = (await workbook('2014-2016')).getWorksheet('明细')!;
    const head = values(range.getRow(1));
    expect(head[CSV_COLUMNS.length]).toBe('年度');
    const years = new Set<unknown>();
    for (let number = 2; number <= range.rowCount; number++) years.add(values(range.getRow(number))[CSV_COLUMNS.length]);
    expect([...years].sort()).toEqual(YEARS);
    const single = (await workbook('2014')).getWorksheet('明细')!;
    expect(values(single.getRow(1))).not.toContain('年度');
    expect(values(single.getRow(1))).toHaveLength(head.length - 1);
  });

  it('shows the years side by side in 汇总, each year equal to its single-year workbook to the fen, the last column their sum', async () => {
    const range = moneySections(await workbook('2014-2016'));
    // By payer, by item, by county (and tax, when any): the same sections as a single year's.
    expect(range.length).toBeGreaterThanOrEqual(3);
    for (const section of range) {
      expect(section.head.slice(1)).toEqual(['2014年', '2015年', '2016年', '2014—2016合计']);
      for (const row of section.rows) {
        const [, ...amounts] = row.map((cell, index) => (index === 0 ? 0 : cellFen(cell)));
        expect(amounts[3]).toBe(amounts[0]! + amounts[1]! + amounts[2]!);
      }
    }
    for (const [index, year] of YEARS.entries()) {
      const single = moneySections(await workbook(String(year)));
      expect(single.map((section) => section.title)).toEqual(range.map((section) => section.title));
      for (const [at, section] of single.entries()) {
        const own = new Map(section.rows.map((row) => [String(row[0]), cellFen(row[1])]));
        // A payer, item or county paid nothing this year is 0 in the range's column and absent from its own run.
        for (const row of range[at]!.rows) expect(cellFen(row[index + 1])).toBe(own.get(String(row[0])) ?? 0);
        for (const label of own.keys()) expect(range[at]!.rows.map((row) => String(row[0]))).toContain(label);
      }
    }
  });

  it('keeps a single year\'s 汇总 as before: the heading of the year and one column of yuan', async () => {
    const sheet = (await workbook('2014')).getWorksheet('汇总')!;
    expect(String(values(sheet.getRow(1))[0])).toContain('2014');
    expect(String(values(sheet.getRow(1))[0])).not.toContain('—');
    for (const section of moneySections(await workbook('2014'))) {
      expect(section.head).toHaveLength(2);
      for (const row of section.rows) expect(row).toHaveLength(2);
    }
  });
});
