// The same roster as CSV and as .xlsx gives byte-identical JSON, at sizes whose sheet XML spans many
// inflated chunks: every Chinese character (three bytes in UTF-8, four for one outside the BMP) is
// bound to fall across a chunk boundary somewhere, which the reader must join, never turn into U+FFFD.
// Workbooks are written both ways Excel-like programs do: shared strings (what Excel writes) and
// inline strings (what streaming writers write). Through the real `rencai roster` path (runRoster, in
// process, JSON written with --output). Fixed seed, bounded runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRoster, type RosterOptions } from '../../src/cli/commands/roster.js';
import { EXAMPLE, ROOT, parseCsv } from '../e2e/helpers.js';

const SEED = 20130607;
const RUNS = 3;
let dir: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-xlsx-csv-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the run's one-line summary
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const example = parseCsv(readFileSync(join(ROOT, EXAMPLE), 'utf8').replace(/^\uFEFF/, ''));
const header = example[0]!;
const templates = example.slice(1);
const column = (name: string): number => header.indexOf(name);
const NAME = column('姓名');
const UNIT = column('单位名称');
const NOTE = column('备注');
const EDUCATION = column('学历');

/** Chinese text: common characters, full-width punctuation, and 𠮷 / 𡈽 (outside the BMP, four bytes in UTF-8). */
const hanzi = fc.constantFrom(...'陈林钱王张李刘杨黄赵吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤，。：；“”（）、'.split(''), '𠮷', '𡈽');
const text = (min: number, max: number) => fc.array(hanzi, { minLength: min, maxLength: max }).map((chars) => chars.join(''));
/** Degrees a row may name: every one a Chinese word whose bytes may be split. */
const education = fc.constantFrom('博士研究生', '硕士研究生', '本科', '大专', '中专及以下');

type RowSpec = { template: number; name: string; unit: string; note: string; education: string };
const rowArbitrary: fc.Arbitrary<RowSpec> = fc.record({ template: fc.nat({ max: templates.length - 1 }), name: text(1, 6), unit: text(0, 12), note: text(0, 40), education });

/** 3,000 rows and more: some 300 KB of sheet XML, dozens of inflated chunks. */
const rosterArbitrary = fc.array(rowArbitrary, { minLength: 3000, maxLength: 3300 });

function rowsOf(spec: RowSpec[]): string[][] {
  return spec.map((row, index) => {
    const cells = [...templates[row.template]!];
    cells[0] = `P${index + 1}`;
    cells[NAME] = row.name;
    cells[UNIT] = row.unit;
    cells[NOTE] = row.note;
    cells[EDUCATION] = row.education;
    return cells;
  });
}

async function writeWorkbook(path: string, rows: string[][], useSharedStrings: boolean): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
  const sheet = book.addWorksheet('花名册');
  sheet.addRow(header).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
}

async function json(input: string): Promise<string> {
  const output = join(dir, `out-${++runs}.json`);
  const options: RosterOptions = { year: 2014, format: 'json', output, encoding: 'auto', summary: false };
  await runRoster(input, options, 'zh');
  return readFileSync(output, 'utf8');
}

describe('a roster as CSV and as .xlsx', () => {
  it('gives byte-identical JSON, with shared strings and with inline strings, across many chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArbitrary, async (spec) => {
        const rows = rowsOf(spec);
        const base = join(dir, `roster-${++runs}`);
        // The cells hold no comma, quote or line break, so a plain join is the CSV.
        writeFileSync(`${base}.csv`, `${[header, ...rows].map((cells) => cells.join(',')).join('\n')}\n`);
        await writeWorkbook(`${base}-shared.xlsx`, rows, true);
        await writeWorkbook(`${base}-inline.xlsx`, rows, false);
        const csv = await json(`${base}.csv`);
        expect(csv).not.toContain('\uFFFD');
        expect(JSON.parse(csv).people.length + JSON.parse(csv).rejected.length).toBe(rows.length);
        expect(await json(`${base}-shared.xlsx`)).toBe(csv);
        expect(await json(`${base}-inline.xlsx`)).toBe(csv);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true }, // no shrinking: a counterexample of 3,000 rows shrinks for minutes
    );
  }, 240_000);
});
