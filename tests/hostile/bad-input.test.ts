// Each kind of bad input of issue 7, end to end through `node bin/rencai.js roster`: read or refused
// as README "What rencai does with bad input" says, with its Chinese message and exit status, within
// a time limit, and never with a stack trace.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXAMPLE, ROOT, requireBuild, type RosterJson } from '../e2e/helpers.js';
import { runRoster } from '../../src/cli/commands/roster.js';
import { reportError } from '../../src/cli/errors.js';
import { expectCleanStderr, rencaiWithin } from './run.js';
import { row, sheetXml, workbookOf } from '../roster/zip-writer.js';

beforeAll(requireBuild);

const dir = mkdtempSync(join(tmpdir(), 'rencai-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [HEADER = '', P001 = '', P002 = '', , , P005 = ''] = readFileSync(join(ROOT, EXAMPLE), 'utf8').split('\n');
let files = 0;

function file(content: Buffer | string, name = `roster-${++files}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function roster(path: string, ...more: string[]) {
  return rencaiWithin(['roster', path, '--year', '2014', '--format', 'json', ...more]);
}

/**
 * The same command in process: runRoster, and on failure the CLI's one error handler (reportError),
 * with stderr captured. Much cheaper than a spawn; the spawned runs below cover the binary itself.
 */
async function inProcess(path: string, format: 'json' | 'csv' = 'json') {
  const output = `${path}.${format}`;
  const lines: string[] = [];
  const capture = vi.spyOn(process.stderr, 'write').mockImplementation((text) => {
    lines.push(String(text));
    return true;
  });
  try {
    const status = await runRoster(path, { year: 2014, format, output, encoding: 'auto', summary: false }, 'zh');
    return { status, stdout: readFileSync(output, 'utf8'), stderr: lines.join('') };
  } catch (error) {
    const status = reportError(error, 'zh');
    return { status, stdout: '', stderr: lines.join('') };
  } finally {
    capture.mockRestore();
  }
}

function json(run: { stdout: string }): RosterJson {
  return JSON.parse(run.stdout) as RosterJson;
}

/** People as computed, without the line they were read from. */
function people(run: { stdout: string }) {
  return json(run).people.map(({ row: _row, ...person }) => person);
}

const reference = async () => people(await inProcess(file(`${HEADER}\n${P001}\n${P002}\n`)));

describe('refused as a whole file: exit 3, one Chinese line on stderr, no result', () => {
  const refusals: [string, () => string, RegExp][] = [
    ['an empty file', () => file(''), /是空的/],
    ['a file of blank lines only', () => file('\n\r\n\n'), /没有表头行/],
    ['a missing path', () => join(dir, 'no-such-roster.csv'), /找不到花名册文件/],
    ['a directory', () => { const path = join(dir, `folder-${++files}.csv`); mkdirSync(path); return path; }, /是一个文件夹/],
    ['a header without an id column', () => file(`${HEADER.replace('编号', '工号')}\n${P001}\n`), /没有“编号”（id）列/],
    ['two headers naming the same column (编号 and ID)', () => file(`${HEADER},ID\n${P001},X\n`), /是同一列（id）/],
    ['a quote never closed', () => file(`${HEADER}\n${P001}\nP002,"林千人\n`), /第 3 行开始的引号（"）直到文件末尾都没有闭合/],
    ['a 10 MB cell', () => file(`${HEADER}\n${P001.replace('陈院士', 'x'.repeat(10 * 1024 * 1024))}\n`), /第 2 行开始的一个单元格超过 1,000,000 个字符/],
    ['a quote left open in a big file', () => file(`${HEADER}\nP000,"oops\n${`${P002}\n`.repeat(12_000)}`), /第 2 行开始的一个单元格超过 1,000,000 个字符.*引号/],
    ['a NUL byte in a cell', () => file(`${HEADER}\n${P001}\n${P002.replace('林千人', '林\u0000千人')}\n`), /第 3 行含有空字符/],
    ['UTF-8 rows followed by GBK rows', () => file(Buffer.concat([Buffer.from(`${HEADER}\n${P001}\n`), Buffer.from([0x50, 0x39, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a])])), /混用了编码/],
    ['UTF-16 with a byte order mark', () => file(Buffer.from(`\ufeff${HEADER}\n${P001}\n`, 'utf16le')), /UTF-16/],
    ['UTF-16 without a byte order mark', () => file(Buffer.from(`${HEADER}\n${P001}\n`, 'utf16le')), /UTF-16/],
    ['a row of 200,000 commas', () => file(`${HEADER}\n${P001}\n${','.repeat(200_000)}\n`), /第 3 行开始的一行有 16,384 个以上的单元格（每行单元格个数上限/],
    ['a header of 100,000 columns', () => file(`${HEADER}${',列'.repeat(100_000)}\n${P001}\n`), /第 1 行开始的一行有 16,384 个以上的单元格/],
    ['a header of 16,385 columns on one short line', () => file(`${','.repeat(16_384)}\n${P001}\n`), /第 1 行开始的一行有 16,384 个以上的单元格/],
    ['a row of 3.5 million characters in cells under the cell limit', () => file(`${HEADER}\n${P001}\n${`${'x'.repeat(700_000)},`.repeat(5)}\n`), /第 3 行开始的一行超过 2,000,000 个字符（每行长度上限）/],
    ['a UTF-8 file whose last character is cut', () => file(Buffer.from(`${HEADER}\n${P001}`).subarray(0, -1)), /文件末尾的字节不完整，无法按 UTF-8 解码/],
    ['a workbook that would inflate to 2 GB', () => file(workbookOf(sheetXml(''), { sheetDeclaredSize: 2_000_000_000 }), `bomb-${++files}.xlsx`), /解压后有 1,908 MB，超过了读取上限 1,024 MB/],
    ['a workbook with a row numbered twice', () => file(workbookOf(sheetXml(row(1, ['编号']) + row(2, ['P1']) + row(2, ['P2']))), `twice-${++files}.xlsx`), /第2行出现在第2行之后/],
    // A zip named .csv is read as a workbook (issue 6); this one is a damaged zip, so it is refused as such.
    ['a damaged Excel workbook named .csv', () => file(readFileSync(join(ROOT, 'tests/fixtures/e2e/roster.xlsx'))), /Excel 工作簿（\.xlsx）读取：文件已损坏/],
  ];
  for (const [what, make, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const run = await inProcess(make());
      expect(run.status).toBe(3);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expectCleanStderr(run.stderr);
    });
  }

  it.concurrent('refuses them through node bin/rencai.js too, in time and without a stack trace', async () => {
    const spawned = refusals.filter(([what]) => /empty|directory|never closed|10 MB|NUL|without a byte order mark/.test(what));
    const runs = await Promise.all(spawned.map(([, make]) => roster(make())));
    runs.forEach((run, k) => {
      expect(run.status, spawned[k]![0]).toBe(3);
      expect(run.stderr, spawned[k]![0]).toMatch(spawned[k]![2]);
    });
  });

  it('names the line where UTF-8 turns into GBK', async () => {
    const gbk = Buffer.from([0x50, 0x39, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]); // "P9,张三" in GBK
    const run = await inProcess(file(Buffer.concat([Buffer.from(`${HEADER}\n${P001}\n${P002}\n`), gbk])));
    expect(run.stderr).toContain('约第 4 行');
  });

  it.concurrent('leaves no file behind with --output when the input turns out bad at its end', async () => {
    const target = join(dir, 'never-written.json');
    const run = await rencaiWithin(['roster', file(`${HEADER}\n${P001}\nP002,"open\n`), '--year', '2014', '--format', 'json', '--output', target]);
    expect(run.status).toBe(3);
    expect(() => readFileSync(target)).toThrow();
  });
});

describe('read: the file is a roster, written oddly', () => {
  it('reads CRLF and lone-CR line ends as LF', async () => {
    const expected = await reference();
    expect(people(await inProcess(file(`${HEADER}\r\n${P001}\r\n${P002}\r\n`)))).toEqual(expected);
    expect(people(await inProcess(file(`${HEADER}\r${P001}\r${P002}\r`)))).toEqual(expected);
  });

  it('reads a byte order mark before the header, and one at the start of a row (files glued together)', async () => {
    const expected = await reference();
    expect(people(await inProcess(file(`\ufeff${HEADER}\n${P001}\n${P002}\n`)))).toEqual(expected);
    const run = await inProcess(file(`${HEADER}\n${P001}\n\ufeff${P002}\n`));
    expect(run.status).toBe(0);
    expect(people(run)).toEqual(expected);
  });

  it('reads a header-only file as a roster of nobody: exit 0, an empty result', async () => {
    const run = await inProcess(file(`${HEADER}\n`));
    expect(run.status).toBe(0);
    expect(json(run)).toMatchObject({ people: [], rejected: [], rollup: { total: '0.00' } });
    expect(run.stderr).toBe('rencai: 已计算 0 人，无被拒绝的行\n');
  });

  it('passes two columns of the office\'s own with the same header through, both', async () => {
    const run = await inProcess(file(`${HEADER},备注\n${P001},再注\n`), 'csv');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\r\n')[0]).toMatch(/,备注,备注$/); // (a file: after a BOM for Excel)
    expect(run.stdout).toContain(',再注');
  });

  it('rejects the row whose amounts overflow the totals only when added (ten of 10 trillion yuan), never an internal error', async () => {
    // 个税留成奖励 (§15, paid as the tax office states it, no bound in the text; the research grant's 100–500万
    // would reject such a row itself) 10,000,000,000,000 yuan = 10^15 fen a row: nine rows make 9 × 10^15 fen,
    // below 2^53; the tenth would not be exact.
    const rows = Array.from({ length: 10 }, (_, k) => `${P001.replace('P001', `Q${k}`)},10000000000000`);
    const run = await inProcess(file(`${HEADER},个税留成奖励\n${rows.join('\n')}\n`));
    expect(run.status).toBe(1);
    expect(json(run).rejected).toMatchObject([{ row: 11, id: 'Q9' }]);
    expect(json(run).people).toHaveLength(9);
    expect(run.stderr).toContain('第11行 Q9 这一行的金额计入合计后，合计将超过能精确到分计算的上限');
    expect(run.stderr).not.toContain('内部错误');
  });

  it('reads a header of 16,384 columns, the limit (the extra ones passed through); 16,385 are refused above', async () => {
    const columns = HEADER.split(',').length;
    const extra = Array.from({ length: 16_384 - columns }, (_, k) => `c${k}`);
    const run = await inProcess(file(`${HEADER},${extra.join(',')}\n${P001}\n`));
    expect(run.status).toBe(0);
    expect(json(run).people.map((person) => person.id)).toEqual(['P001']);
  });

  it('reads a row of 16,384 cells, the limit, and rejects it for the cells right of the header', async () => {
    const run = await inProcess(file(`${HEADER}\n${P001}${',x'.repeat(16_384 - HEADER.split(',').length)}\n`));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('这一行有 16384 个单元格');
  });

  it('reads money as clerks write it: ¥4,200.00, ４２００ and "4,200" mean 4200 yuan (P005\'s grassroots allowance is unchanged)', async () => {
    const expected = people(await inProcess(file(`${HEADER}\n${P005}\n`)));
    for (const salary of ['¥4200', '"¥4,200.00"', '４２００', '"4,200"', '￥４２００．００']) {
      const run = await inProcess(file(`${HEADER}\n${P005.replace(',4200,', `,${salary},`)}\n`));
      expect(run.status, salary).toBe(0);
      expect(people(run), salary).toEqual(expected);
    }
  });
});

describe('rejected row by row: exit 1, the other rows computed', () => {
  const rejections: [string, string, string, RegExp][] = [
    ['an exponent (1e3) in base_salary', ',4200,', ',1e3,', /基本工资.*“1e3”/],
    ['a negative base_salary', ',4200,', ',-4200,', /基本工资.*“-4200”.*不小于 0/],
    ['badly grouped thousands (4,20,0 quoted)', ',4200,', ',"42,00",', /基本工资.*“42,00”/],
    ['a unit word (4200元)', ',4200,', ',4200元,', /基本工资.*“4200元”/],
  ];
  for (const [what, from, to, message] of rejections) {
    it(`rejects the row with ${what}`, async () => {
      const run = await inProcess(file(`${HEADER}\n${P001}\n${P005.replace(from, to)}\n`));
      expect(run.status).toBe(1);
      expect(json(run).people.map((person) => person.id)).toEqual(['P001']);
      expect(json(run).rejected).toMatchObject([{ row: 3, id: 'P005' }]);
      expect(run.stderr).toMatch(message);
    });
  }

  it('rejects a row with more cells than the header, naming both counts', async () => {
    const run = await roster(file(`${HEADER}\n${P001},x,y\n${P002}\n`));
    expect(run.status).toBe(1);
    expect(json(run).rejected).toMatchObject([{ row: 2, id: 'P001' }]);
    expect(run.stderr).toContain('这一行有 23 个单元格，比表头的 21 列多');
  });
});
