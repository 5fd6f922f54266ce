// The xlsx reader: workbooks these tests write with exceljs (every kind of cell a clerk's workbook
// holds), and one saved by LibreOffice (tests/fixtures/xlsx/roster-libreoffice.xlsx, converted once
// from the .csv beside it with `soffice --headless --convert-to xlsx`).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RosterFileError, type RosterRow } from '../../src/roster/read.js';
import { cellText, numberText } from '../../src/roster/xlsx.js';
import type { CellContent } from '../../src/roster/xlsx-sheet.js';
import { monthIndex } from '../../src/base/months.js';
import { xlsxMessages } from '../../src/roster/xlsx-messages.js';
import { openBundledRoster } from '../bundled-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'rencai-xlsx-'));
let counter = 0;

type Cells = ExcelJS.CellValue[];

/** Writes a workbook: each sheet a name and its rows (the first row is usually the header). */
async function workbook(sheets: [string, Cells[], ((sheet: ExcelJS.Worksheet) => void)?][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows, shape] of sheets) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    shape?.(sheet);
  }
  const path = join(dir, `book-${++counter}.xlsx`);
  await book.xlsx.writeFile(path);
  return path;
}

async function readAll(path: string, sheet?: string): Promise<{ rows: RosterRow[]; sheet: string | undefined; passthrough: readonly string[] }> {
  const roster = await openBundledRoster(path, { sheet });
  const rows: RosterRow[] = [];
  for await (const row of roster.rows) rows.push(row);
  return { rows, sheet: roster.sheet, passthrough: roster.header.passthrough };
}

function person(row: RosterRow | undefined) {
  if (row?.kind !== 'person') throw new Error(`expected a person, got ${JSON.stringify(row)}`);
  return row.person;
}

const HEADER = ['编号', '姓名', '学历', '学位', '专业技术职称', '引进方式', '单位性质', '单位层级', '所在县区', '工作地层级', '基本工资', '起始年月', '应届毕业生'];
/** A township doctor at a county state enterprise: a valid row to vary. */
const DOCTOR: Cells = ['P1', '钱博士', '博士研究生', '博士', '副高级', '直接引进', '国有企业', '县级', '盘州市', '乡镇', 4200, '2014-01', '否'];

describe('cells become the text a clerk sees', () => {
  it('writes a number by its shortest round-trip text, never rounding it', () => {
    expect(numberText(3333.33)).toBe('3333.33'); // the double nearest 3333.33 prints back as typed
    expect(numberText(4200)).toBe('4200');
    expect(numberText(0.6)).toBe('0.6');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004'); // float noise is kept, so the row rules refuse it
    expect(numberText(Number.NaN)).toBe('');
  });

  it('turns shared and inline strings, dates, booleans, errors and formulas into text', () => {
    // Style 1 shows a date, style 0 does not; shared string 0 is 钱博士.
    const book = { sharedStrings: ['钱博士'], dateStyles: [false, true], date1904: false, messages: xlsxMessages({ lang: 'zh' }) };
    const cell = (type: string, value: string | null, more: Partial<CellContent> = {}): CellContent => ({ type, style: 0, value, formula: null, inline: null, ...more });
    expect(cellText(cell('s', '0'), book)).toBe('钱博士');
    expect(cellText(cell('inlineStr', null, { inline: '盘州市' }), book)).toBe('盘州市');
    // Serial 41713 is 2014-03-15: 41713 − 25569 = 16144 days after 1970-01-01.
    expect(cellText(cell('n', '41713', { style: 1 }), book)).toBe('2014-03-15');
    expect(cellText(cell('n', '41713', { style: 1 }), { ...book, date1904: true })).toBe('2018-03-16'); // 1462 days later
    expect(cellText(cell('n', '3333.33'), book)).toBe('3333.33');
    expect(cellText(cell('b', '1'), book)).toBe('true');
    expect(cellText(cell('b', '0'), book)).toBe('false');
    expect(cellText(cell('e', '#N/A'), book)).toBe('#N/A');
    expect(cellText(cell('n', '8400', { formula: 'A1*2' }), book)).toBe('8400');
    expect(cellText(cell('str', '盘州市', { formula: 'A1' }), book)).toBe('盘州市');
    expect(cellText(cell('n', '41654', { formula: 'DATE(2014,1,15)', style: 1 }), book)).toBe('2014-01-15'); // 41654 − 25569 = 16085 days
    expect(cellText(cell('n', null, { formula: 'A1' }), book)).toContain('=A1');
    expect(cellText(cell('n', null), book)).toBe('');
    expect(() => cellText(cell('s', '1'), book)).toThrow(); // no shared string 1: the workbook is damaged
  });
});

describe('an xlsx roster is read with the CSV row rules', () => {
  it('matches aliases and reads number, date, boolean, formula and rich-text cells', async () => {
    const header = ['人员编号', { richText: [{ text: '姓' }, { text: '名' }] }, '最高学历', '最高学位', '职称', '人才来源', '单位性质', '单位级别', '县区', '工作地点层级', '月基本工资', '开始', '应届', '单位名称'];
    const row: Cells = [1001, { richText: [{ text: '钱' }, { text: '博士' }] }, '博士研究生', '博士', '副高级', '直接引进', '国有企业', '县级',
      { formula: '"盘"&"州市"', result: '盘州市' }, '乡镇', 3333.33, new Date(Date.UTC(2014, 0, 15)), false, '某矿'];
    const path = await workbook([['花名册', [header, row], (sheet) => { sheet.getCell('L2').numFmt = 'yyyy-mm-dd'; }]]);
    const { rows, sheet, passthrough } = await readAll(path);
    expect(sheet).toBe('花名册');
    expect(passthrough).toEqual(['单位名称']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).toBe(2);
    const p = person(rows[0]);
    expect(p.id).toBe('1001');
    expect(p.name).toBe('钱博士');
    expect(p.county).toBe('panzhou');
    expect(p.base_salary).toBe(333_333); // 3333.33 yuan = 333333 fen
    expect(p.start).toBe(monthIndex(2014, 1));
    expect(p.fresh_graduate).toBe(false);
    expect(rows[0]!.kind === 'person' && rows[0]!.extra).toEqual(['某矿']);
  });

  it('refuses a salary with more decimals than fen instead of rounding it', async () => {
    const path = await workbook([['花名册', [HEADER, [...DOCTOR.slice(0, 10), 3333.333, ...DOCTOR.slice(11)]]]]);
    const { rows } = await readAll(path);
    expect(rows[0]).toMatchObject({ kind: 'rejected', row: 2, id: 'P1', errors: [{ column: 'base_salary' }] });
    expect(rows[0]!.kind === 'rejected' && rows[0]!.errors[0]!.message).toContain('3333.333');
  });

  it('names the sheet row and column of a bad cell and reads the other rows', async () => {
    const bad = [...DOCTOR];
    bad[0] = 'P2';
    bad[2] = '博士后';
    const path = await workbook([['花名册', [HEADER, DOCTOR, bad, [...DOCTOR.slice(0, 1).map(() => 'P3'), ...DOCTOR.slice(1)]]]]);
    const { rows } = await readAll(path);
    expect(rows.map((row) => [row.kind, row.row])).toEqual([['person', 2], ['rejected', 3], ['person', 4]]);
    expect(rows[1]).toMatchObject({ id: 'P2', errors: [{ column: 'education' }] });
  });

  it('skips a merged title row above the header and keeps the sheet’s row numbers', async () => {
    const path = await workbook([['花名册', [['2014年人才津贴花名册'], HEADER, DOCTOR], (sheet) => sheet.mergeCells('A1:M1')]]);
    const { rows } = await readAll(path);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'person', row: 3 });
  });

  it('refuses cells merged below the header, which would read as blank', async () => {
    const second = [...DOCTOR];
    second[0] = 'P2';
    second[8] = null; // the merged county shows 盘州市 on both rows but is stored once
    const path = await workbook([['花名册', [HEADER, DOCTOR, second], (sheet) => sheet.mergeCells('I2:I3')]]);
    await expect(readAll(path)).rejects.toThrow(/合并.*I2:I3/);
  });

  it('rejects a row with content right of the header, in workbook words', async () => {
    const path = await workbook([['花名册', [HEADER, [...DOCTOR, '', '多余']]]]);
    const { rows } = await readAll(path);
    expect(rows[0]).toMatchObject({ kind: 'rejected', errors: [{ column: '(行)' }] });
    expect(rows[0]!.kind === 'rejected' && rows[0]!.errors[0]!.message).toContain('表头最后一列');
  });
});

describe('which worksheet', () => {
  it('reads the first sheet unless --sheet names another', async () => {
    const other = [...DOCTOR];
    other[0] = 'Q1';
    const path = await workbook([['说明', [['本表为示例']]], ['花名册', [HEADER, other]]]);
    await expect(readAll(path)).rejects.toThrow(RosterFileError); // the first sheet has no header naming 编号
    const { rows, sheet } = await readAll(path, '花名册');
    expect(sheet).toBe('花名册');
    expect(person(rows[0]).id).toBe('Q1');
  });

  it('lists the sheets when the named one is missing', async () => {
    const path = await workbook([['说明', [['x']]], ['花名册', [HEADER, DOCTOR]]]);
    await expect(readAll(path, '名单')).rejects.toThrow(/没有名为“名单”的工作表.*“说明”、“花名册”/);
  });

  it('refuses --sheet for a CSV file', async () => {
    await expect(readAll('data/examples/roster.csv', '花名册')).rejects.toThrow(/--sheet/);
  });
});

describe('a workbook saved by LibreOffice Calc', () => {
  it('reads numeric ids, date cells, TRUE/FALSE cells and two-decimal salaries; refuses the bad rows', async () => {
    const { rows, sheet } = await readAll('tests/fixtures/xlsx/roster-libreoffice.xlsx');
    expect(sheet).toBe('roster-libreoffice');
    expect(rows.map((row) => [row.kind, row.row])).toEqual([['person', 2], ['person', 3], ['rejected', 4], ['rejected', 5]]);
    const doctor = person(rows[0]);
    expect(doctor.id).toBe('1001'); // a number cell
    expect(doctor.start).toBe(monthIndex(2014, 1)); // a date cell 2014-01-15
    expect(doctor.base_salary).toBe(420_000); // 4200 yuan
    expect(doctor.fresh_graduate).toBe(false); // a FALSE cell
    expect(person(rows[1]).base_salary).toBe(333_333); // 3333.33 yuan
    expect(rows[2]).toMatchObject({ id: '1003', errors: [{ column: 'education' }] }); // 博士后 is no education code
    expect(rows[3]).toMatchObject({ id: '1004', errors: [{ column: 'base_salary' }] }); // 3333.333 has three decimals
  });
});
