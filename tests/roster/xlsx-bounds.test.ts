// Workbooks no spreadsheet program writes, read in bounded time and memory and refused in words that
// say what is wrong: a part that would inflate past the limit (a "zip bomb"), XML after the rows
// (never read), rows numbered twice or out of order, cells out of place, text past the limits. The
// workbooks are zipped by hand (zip-writer.ts), so each lie is exactly the one a test names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RosterFileError, type RosterRow } from '../../src/roster/read.js';
import { MAX_INFLATED_BYTES, MAX_SHARED_STRINGS_BYTES } from '../../src/roster/xlsx-zip.js';
import { row, sheetXml, workbookOf } from './zip-writer.js';
import { openBundledRoster } from '../bundled-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'rencai-xlsx-bounds-'));
let counter = 0;

function file(bytes: Buffer): string {
  const path = join(dir, `book-${++counter}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

async function readAll(path: string): Promise<RosterRow[]> {
  const roster = await openBundledRoster(path);
  const rows: RosterRow[] = [];
  for await (const one of roster.rows) rows.push(one);
  return rows;
}

async function refusal(path: string): Promise<RosterFileError> {
  try {
    await readAll(path);
  } catch (error) {
    if (error instanceof RosterFileError) return error;
    throw error;
  }
  throw new Error('the workbook was read');
}

const HEADER = ['编号', '姓名', '学历', '学位', '专业技术职称', '引进方式', '单位性质', '单位层级', '所在县区', '工作地层级', '基本工资', '起始年月', '应届毕业生'];
const DOCTOR = ['P1', '钱博士', '博士研究生', '博士', '副高级', '直接引进', '国有企业', '县级', '盘州市', '乡镇', '4200', '2014-01', '否'];
const doctor = (id: string) => [id, ...DOCTOR.slice(1)];

describe('the inflated size of a workbook is bounded', () => {
  it('refuses at once a sheet that says it inflates past the limit, naming the limit, not as damaged', async () => {
    // A few hundred bytes whose worksheet declares 2 GB: refused before a byte is inflated.
    const path = file(workbookOf(sheetXml(row(1, HEADER) + row(2, DOCTOR)), { sheetDeclaredSize: 2_000_000_000 }));
    const error = await refusal(path);
    expect(error.message).toContain('解压后有 1,908 MB'); // 2,000,000,000 B + the small parts, in MiB rounded up
    expect(error.message).toContain(`读取上限 ${(MAX_INFLATED_BYTES / 1024 / 1024).toLocaleString("en-US")} MB`); // 1,024 MB
    expect(error.message).not.toContain('已损坏');
  });

  it('refuses shared strings that say they inflate past their own limit (256 MB), the one part held in memory', async () => {
    // 300 MiB of text would fit the workbook limit but not the shared strings' one.
    const path = file(workbookOf(sheetXml(row(1, HEADER) + row(2, DOCTOR)), { sharedStrings: '<sst/>', sharedStringsDeclaredSize: 300 * 1024 * 1024 }));
    const error = await refusal(path);
    expect(error.message).toContain(`共享字符串表（各单元格的文字）解压后有 300 MB，超过了上限 ${MAX_SHARED_STRINGS_BYTES / 1024 / 1024} MB`);
    expect(error.message).not.toContain('已损坏');
  });

  it('refuses a part that inflates to more than it declares as damaged (the declared sizes are a true bound)', async () => {
    const sheet = sheetXml(row(1, HEADER) + row(2, DOCTOR));
    const error = await refusal(file(workbookOf(sheet, { sheetDeclaredSize: 100 })));
    expect(error.message).toContain('文件已损坏');
  });

  it('stops reading after the rows and their merged ranges: what follows is never inflated', async () => {
    // Not XML at all after <pageMargins>, which comes after <mergeCells>: reading it would fail.
    const after = `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7"/>${'<<<这不是 XML'.repeat(1000)}`;
    const rows = await readAll(file(workbookOf(sheetXml(row(1, HEADER) + row(2, DOCTOR), after))));
    expect(rows).toMatchObject([{ kind: 'person', row: 2 }]);
  });

  it('refuses a stretch of text past the XML run limit', async () => {
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + row(2, DOCTOR), ' '.repeat(8_000_001)))));
    expect(error.message).toContain('8,000,000 个字符');
  });

  it('refuses a cell longer than a million characters, naming the limit', async () => {
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + row(2, ['P1', '钱'.repeat(1_000_001)])))));
    expect(error.message).toContain('1,000,000 个字符（单元格长度上限）');
  });
});

describe('rows and cells must be where they say', () => {
  it('refuses a row numbered twice, naming both', async () => {
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + row(2, doctor('P1')) + row(2, doctor('P2'))))));
    expect(error.message).toContain('工作表“花名册”里第2行出现在第2行之后');
    expect(error.line).toBe(2);
  });

  it('refuses rows out of order', async () => {
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + row(5, doctor('P1')) + row(4, doctor('P2'))))));
    expect(error.message).toContain('第4行出现在第5行之后');
  });

  it('numbers rows without a row number by the one before them', async () => {
    const rows = await readAll(file(workbookOf(sheetXml(row(1, HEADER) + row(3, doctor('P1')) + row(null, doctor('P2'))))));
    expect(rows.map((one) => one.row)).toEqual([3, 4]);
  });

  it('refuses a cell given twice in a row', async () => {
    const twice = `<row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="A2" t="inlineStr"><is><t>P2</t></is></c></row>`;
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + twice))));
    expect(error.message).toContain('第2行的单元格 A2 重复出现或顺序颠倒');
  });

  it('refuses a cell right of column XFD, naming the limit', async () => {
    const far = `<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>`;
    const error = await refusal(file(workbookOf(sheetXml(row(1, HEADER) + far))));
    expect(error.message).toContain('16,384 列');
  });
});

describe('what a workbook may do that exceljs got wrong', () => {
  it('reads a sheet stored before its shared strings, and rich text without its phonetic guide', async () => {
    const strings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>钱</t></r><r><t>博士</t></r><rPh sb="0" eb="1"><t>qián</t></rPh></si></sst>`;
    const shared = `<row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="B2" t="s"><v>0</v></c>${DOCTOR.slice(2).map((text, index) => `<c r="${String.fromCharCode(67 + index)}2" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;
    const rows = await readAll(file(workbookOf(sheetXml(row(1, HEADER) + shared), { sharedStrings: strings, sheetFirst: true })));
    expect(rows).toMatchObject([{ kind: 'person', row: 2, person: { name: '钱博士' } }]);
  });

  it('reads "&amp;lt;" as the text "&lt;", decoding entities once', async () => {
    const cells = [...doctor('P1')];
    cells[1] = '钱&amp;lt;博士';
    const rows = await readAll(file(workbookOf(sheetXml(row(1, HEADER) + row(2, cells)))));
    expect(rows).toMatchObject([{ kind: 'person', person: { name: '钱&lt;博士' } }]);
  });
});
