// The reader reads a quote-free line in place (src/roster/plain-row.ts) and hands every other line,
// and every line it is unsure of, to the general path. These tests hold the two to the same rows —
// person for person, rejected row for rejected row with the same messages — on generated rosters and
// on lines chosen to sit at the edge of what the in-place reading accepts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { rosterLines, writeRoster } from '../../bench/generate.js';
import { CsvParser, type CsvRecord } from '../../src/roster/csv.js';
import { PlainRows } from '../../src/roster/plain-row.js';
import { type RosterRow } from '../../src/roster/read.js';
import { rosterRows } from '../../src/roster/rows.js';
import { rosterMessages, type RosterMessages } from '../../src/roster/messages.js';
import { BUNDLED_COLUMN_RULES, openBundledRoster } from '../bundled-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'rencai-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CORE_HEADER = '编号,姓名,人才称号,学历,学位,专业技术职称,职业技能等级,引进方式,单位性质,财政拨款比例,单位层级,所在县区,工作地层级,已享受房改,基本工资,起始年月,终止年月,rent_per_m2,应届毕业生';

/** The rows as the reader gives them (plain lines read in place). */
async function readerRows(path: string, m: RosterMessages = rosterMessages('zh')): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const batch of (await openBundledRoster(path, { messages: m })).batches!) rows.push(...batch);
  return rows;
}

/** The same rows with every line cut into cells and validated by the general path. */
async function generalRows(path: string, m: RosterMessages = rosterMessages('zh')): Promise<RosterRow[]> {
  const records: CsvRecord[] = [];
  const parser = new CsvParser();
  parser.push(readFileSync(path, 'utf8'), records);
  parser.end(records);
  const header = records[0]!.cells;
  const { rows } = rosterRows(header, { batches: (async function* () {})(), firstBatch: records, firstIndex: 1, close: () => {} }, m, BUNDLED_COLUMN_RULES);
  const out: RosterRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

let counter = 0;
function write(text: string): string {
  const path = join(dir, `roster-${++counter}.csv`);
  writeFileSync(path, text);
  return path;
}

describe('a line read in place gives the row the general path gives', () => {
  it('for 3,000 generated rows of the 19 core columns, of which most are read in place', async () => {
    const line = rosterLines(41, { claims: false });
    const path = write(`${CORE_HEADER}\n${Array.from({ length: 3000 }, (_, k) => line(k + 1)).join('\n')}\n`);
    const spy = vi.spyOn(PlainRows.prototype, 'person');
    const rows = await readerRows(path);
    const inPlace = spy.mock.results.filter((result) => result.value !== null).length;
    spy.mockRestore();
    expect(rows).toEqual(await generalRows(path));
    expect(rows.filter((row) => row.kind === 'rejected').length).toBeGreaterThan(0);
    expect(inPlace).toBeGreaterThan(2500);
  });

  it('for 2,000 generated rows with the claim columns (a claim cell sends its row the general way)', async () => {
    const path = join(dir, 'claims.csv');
    await writeRoster(path, 2000, 42, 'claims');
    const rows = await readerRows(path);
    expect(rows).toEqual(await generalRows(path));
    expect(rows.filter((row) => row.kind === 'person').length).toBeGreaterThan(1900);
  });

  // Each line is valid or not for its own reason; the reader must agree with the general path on all.
  const EDGE_LINES = [
    'A1,张三,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,', // a plain valid row
    'A2, 李四 , ,  本科 ,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,', // blanks around cells
    'A3,王五,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012年3月,2014/5,,', // months in other forms
    'A4,赵六,,本科,学士,中级,,市内培养,党政机关,,县级,钟山区,乡镇,否,¥4，500.5,2012-03,,,', // a salary as typed
    'A5,钱七,,本科,学士,中级,,市内培养,党政机关,,县级,钟山区,乡镇,否,4500.123,2012-03,,,', // too precise
    'A6,孙八,,本科,学士,中级,,市内培养,党政机关,no,市级,,市级,否,,2012-03,,,', // "no" as a share where none is allowed
    'A7,周九,,本科,学士,中级,,市内培养,差额拨款事业单位,0.65,市级,,市级,否,,2012-03,,,', // a share where one is required
    'A8,吴十,,本科,学士,中级,,市内培养,差额拨款事业单位,,市级,,市级,否,,2012-03,,,', // the required share missing
    'A1,重复,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,', // a duplicate id
    '示例行-请删除,示例,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,', // the template's example row
    'A9,郑一,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2014-05,2014-03,,', // end before start
    'A10,冯二,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,,,', // empty cells past the header
    'A11,陈三,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,,x', // a cell past the header
    'A12,褚四,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-13,,,', // no such month
    'A13,卫五,,本科,学士,中级,,市内培养,党政机关,,市级', // a short row
    ',,,,,,,,,,,,,,,,,,', // a line of empty cells (not a row)
    '   ,  ,,,,,,,,,,,,,,,,,', // and of blanks
    'A14,蒋六,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,是,,2012-03,,,是', // fresh graduate at a government office
    'A15,沈七,,本科,学士,中级,,市内培养,民营企业,,县级,钟山区,县级,否,,2012-03,,12.5,是', // a fresh graduate with a rent rate
    'A16,韩八,,大专,,中级,,市内培养,民营企业,,县级,钟山区,县级,否,,2012-03,,,是', // the engine's own rejection (no degree)
    'A17,杨九,,本科,学士,中级,,市内培养,党政机关,,城市,,市级,否,,2012-03,,,', // an unknown code
    'A18,朱十,,本科,学士,中级,,,党政机关,,市级,,市级,否,,2012-03,,,', // a required code missing
    'A19,秦一,,ＢＡＣＨＥＬＯＲ,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,', // full-width letters
    'A20,尤二,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,２０１２-０３,,,', // full-width digits
    'A21,许三,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,-5,', // a negative rent
    'A22,何四,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,4500,2012-03,,,', // a salary at a city post
    'A23,吕五,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,.5,2012-03,,,', // a salary written .5
    'A24,施六,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,12.,2012-03,,,', // and 12.
    'A25,吕六,,本科,学士,中级,,市内培养,党政机关,,县级,钟山区,乡镇,否,,2012-03,,,', // §17: no salary at a township post
    'A26,吕七,,本科,学士,中级,,市内培养,党政机关,,县级,钟山区,村,否,4500,2012-03,,,', // and a salary at a village post
    'A27,吕八,,本科,学士,中级,,市内培养,国有企业,,县级,钟山区,县级,否,,2012-03,,,是', // §16: a fresh graduate at a state enterprise
    'A28,吕九,,本科,学士,中级,,市内培养,全额拨款事业单位,,县级,钟山区,县级,否,,2012-03,,,是', // and at an institution
    'A29,吕十,,本科,学士,中级,,市内培养,党政机关,,县级,,县级,否,,2012-03,,,', // a county's employer without its county
  ];

  it('for lines at the edge of what the in-place reading accepts, in LF and CRLF files, in either language', async () => {
    for (const [end, m] of [['\n', rosterMessages('zh')], ['\r\n', rosterMessages('zh')], ['\n', rosterMessages('en')]] as const) {
      const path = write(`${CORE_HEADER}${end}${EDGE_LINES.join(end)}${end}`);
      const rows = await readerRows(path, m);
      expect(rows).toEqual(await generalRows(path, m));
      expect(rows.filter((row) => row.kind === 'person').length).toBeGreaterThan(3);
      expect(rows.filter((row) => row.kind === 'rejected').length).toBeGreaterThan(10);
    }
  });

  it('for a roster with a count column (人数) and columns of the office\'s own', async () => {
    const header = `${CORE_HEADER},人数,备注`;
    const lines = ['B1,张三,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,,3,第一行', 'B2,李四,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,,,', 'B3,王五,,本科,学士,中级,,市内培养,党政机关,,市级,,市级,否,,2012-03,,,,0,零'];
    const path = write(`${header}\n${lines.join('\n')}\n`);
    const rows = await readerRows(path);
    expect(rows).toEqual(await generalRows(path));
    expect(rows.map((row) => row.kind)).toEqual(['person', 'person', 'rejected']);
  });
});
