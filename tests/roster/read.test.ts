import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { RosterFileError, type OpenedRoster, type RosterRow } from '../../src/roster/read.js';
import { openBundledRoster } from '../bundled-rules.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/roster/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rencai-roster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `roster-${++counter}.csv`);
  writeFileSync(path, content);
  return path;
}

async function collect(roster: OpenedRoster): Promise<RosterRow[]> {
  const rows: RosterRow[] = [];
  for await (const row of roster.rows) rows.push(row);
  return rows;
}

async function read(content: string | Buffer, options?: Parameters<typeof openBundledRoster>[1]) {
  const roster = await openBundledRoster(file(content), options);
  return { roster, rows: await collect(roster) };
}

async function fileError(content: string | Buffer | null, path?: string): Promise<RosterFileError> {
  try {
    const roster = await openBundledRoster(path ?? file(content ?? ''));
    await collect(roster);
  } catch (error) {
    expect(error).toBeInstanceOf(RosterFileError);
    return error as RosterFileError;
  }
  throw new Error('expected a RosterFileError');
}

/** GB18030 bytes of text that is ASCII apart from 张三 (the only Chinese the tests below write). */
function gb18030(text: string): Buffer {
  const zhangSan = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]);
  const parts = text.split('张三').map((part) => Buffer.from(part, 'latin1'));
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [zhangSan, part])));
}

const HEADER = 'id,intro_mode,employer_type,employer_level,work_level,start';
const ROW = 'direct,inst_full,city,city,2014-03';

describe('the header', () => {
  it('matches English keys, Chinese headers and aliases in any order, ignoring case and bracket width', async () => {
    const { roster, rows } = await read(
      '起始年月,工作地点层级,单位级别,单位性质,人才来源,ID,县(特区、区),Education\n' +
        '2014-03,乡镇,县级,国有企业,直接引进,P1,钟山区,博士\n',
    );
    expect(roster.header.passthrough).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'rejected', // township without base_salary: the row was mapped column by column
      id: 'P1',
      errors: [{ column: 'base_salary' }],
    });
  });

  it('passes unknown columns through, in header order, with each row\'s cells', async () => {
    const { roster, rows } = await read(`备注,${HEADER},部门\nnote 1,P1,${ROW},人社局\n,P2,${ROW}\n`);
    expect(roster.header.passthrough).toEqual(['备注', '部门']);
    expect(rows.map((row) => (row.kind === 'person' ? row.extra : null))).toEqual([
      ['note 1', '人社局'],
      ['', ''],
    ]);
  });

  it('reads every contract column by its Chinese header', async () => {
    const { rows } = await read(readFileSync(join(FIXTURES, 'people.zh.utf8.csv')));
    expect(rows[1]).toMatchObject({
      kind: 'person',
      person: {
        id: 'P002', name: '李四', education: 'master', degree: 'master', intro_mode: 'local', employer_type: 'inst_partial',
        fiscal_share: { text: '0.65' }, employer_level: 'county', county: 'liuzhi', work_level: 'township', housing_reform: true,
        base_salary: 320050, start: 2013 * 12 + 8, end: 2015 * 12 + 7, fresh_graduate: false,
      },
      extra: ['备注，含逗号'],
    });
  });

  it('refuses two headers naming the same column', async () => {
    const error = await fileError(`${HEADER},学历,education\n`);
    expect(error.message).toContain('“学历”和“education”是同一列');
  });

  it('refuses a roster without an id column, listing the columns it has', async () => {
    const error = await fileError('姓名,学历\n张三,博士\n');
    expect(error.message).toContain('编号');
    expect(error.message).toContain('“姓名”、“学历”');
  });
});

describe('rows', () => {
  it('are numbered by the line they start on, after blank lines and cells with line breaks', async () => {
    const { rows } = await read(`${HEADER},note\n\nP1,${ROW},"a\nb"\r\n\r\nP2,${ROW},x\n,,,,,,\nP3,${ROW},y`);
    expect(rows.map((row) => [row.row, row.kind])).toEqual([
      [3, 'person'],
      [6, 'person'],
      [8, 'person'],
    ]);
  });

  it('reject a row with more cells than the header, but ignore empty trailing cells', async () => {
    const { rows } = await read(`${HEADER}\nP1,${ROW},oops\nP2,${ROW},,\n`);
    expect(rows[0]).toMatchObject({ kind: 'rejected', id: 'P1', errors: [{ column: '(行)', message: expect.stringContaining('7 个单元格') }] });
    expect(rows[1]).toMatchObject({ kind: 'person', row: 3 });
  });

  it('read missing cells at the end of a short row as empty', async () => {
    const { rows } = await read(`${HEADER},end,name\nP1,${ROW}\n`);
    expect(rows[0]).toMatchObject({ kind: 'person', person: { end: null, name: null } });
  });

  it('reject a repeated id, naming the line of the first', async () => {
    const { rows } = await read(`${HEADER}\nP1,${ROW}\nP2,${ROW}\n P1 ,${ROW}\n`);
    expect(rows.map((row) => row.kind)).toEqual(['person', 'person', 'rejected']);
    expect(rows[2]).toEqual({ kind: 'rejected', row: 4, id: 'P1', errors: [{ column: 'id', message: '编号“P1”与第 2 行重复；每人的编号必须唯一。' }] });
  });

  it('keep the id of a rejected row and report all its errors', async () => {
    const { rows } = await read(`${HEADER},education\nP6,flexible,organ,city,city,2014-13,研究僧\n`);
    expect(rows[0]).toMatchObject({ kind: 'rejected', row: 2, id: 'P6' });
    expect(rows[0]?.kind === 'rejected' && rows[0].errors.map((e) => e.column)).toEqual(['education', 'start']);
  });

  it('can be read across many chunks of the file', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 40000; i++) lines.push(`P${i},${ROW}`); // about 1.3 MB: more than one 1 MiB chunk
    const { rows } = await read(lines.join('\r\n'));
    expect(rows).toHaveLength(40000);
    expect(rows.every((row, index) => row.kind === 'person' && row.row === index + 2 && row.person.id === `P${index}`)).toBe(true);
  });
});

describe('encodings', () => {
  it('name the line of a NUL byte far into the file, in UTF-8 and in GB18030, wherever it falls in a read', async () => {
    // About 1.5 MB before the NUL: past the sniffed head, several reads and decode pieces in.
    for (const [encoding, name] of [['utf-8', '张三'], ['gb18030', '张三']] as const) {
      for (const rowsBefore of [41000, 41001, 41013]) {
        const lines = [`${HEADER},name`];
        for (let i = 0; i < rowsBefore; i++) lines.push(`P${i},${ROW},${name}`);
        lines.push(`P-nul,${ROW},x\u0000y`, `P-after,${ROW},x`);
        const text = lines.join('\n') + '\n';
        const bytes = encoding === 'utf-8' ? Buffer.from(text) : gb18030(text);
        const error = await fileError(bytes);
        expect(error.line, `${encoding}, ${rowsBefore} rows before`).toBe(rowsBefore + 2);
        expect(error.message).toContain(`第 ${rowsBefore + 2} 行含有空字符`);
      }
    }
  });

  it('recognise GB18030 (what Excel and WPS save on Chinese Windows) and read the same people as UTF-8', async () => {
    const utf8 = await read(readFileSync(join(FIXTURES, 'people.zh.utf8.csv')));
    const gb = await read(readFileSync(join(FIXTURES, 'people.zh.gb18030.csv')));
    expect(utf8.roster.encoding).toBe('utf-8');
    expect(gb.roster.encoding).toBe('gb18030');
    expect(gb.roster.header).toEqual(utf8.roster.header);
    expect(gb.rows).toEqual(utf8.rows);
    expect(gb.rows.filter((row) => row.kind === 'person')).toHaveLength(3);
  });

  it('strip a UTF-8 byte order mark before the header', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`编号,引进方式,单位性质,单位层级,工作地层级,起始年月\nP1,${ROW}\n`)]);
    const { roster, rows } = await read(bom);
    expect(roster.encoding).toBe('utf-8');
    expect(roster.header.cells[0]).toBe('编号');
    expect(rows[0]).toMatchObject({ kind: 'person', person: { id: 'P1' } });
  });

  it('read the GB18030 file as such when told, and refuse it when told it is UTF-8', async () => {
    const gb = readFileSync(join(FIXTURES, 'people.zh.gb18030.csv'));
    expect((await read(gb, { encoding: 'gb18030' })).roster.encoding).toBe('gb18030');
    const error = await (async () => {
      try {
        await read(gb, { encoding: 'utf-8' });
      } catch (caught) {
        return caught as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RosterFileError);
    expect(error?.message).toContain('--encoding gb18030');
  });

  it('keep UTF-8 when a character is cut at the end of the first chunk', async () => {
    const parts = [`${HEADER},name\n`];
    let bytes = Buffer.byteLength(parts[0]!);
    for (let i = 0; bytes < (1 << 20) - 100; i++) {
      const line = `P${i},${ROW},x\n`;
      parts.push(line);
      bytes += line.length;
    }
    const last = `Q1,${ROW},`;
    bytes += last.length;
    parts.push(last, 'a'.repeat((1 << 20) - 1 - bytes));
    let text = parts.join('');
    expect(Buffer.byteLength(text)).toBe((1 << 20) - 1);
    text += '张三\n'; // 张 straddles byte 1 MiB
    const { roster, rows } = await read(text);
    expect(roster.encoding).toBe('utf-8');
    expect(rows.at(-1)).toMatchObject({ kind: 'person', person: { id: 'Q1', name: expect.stringMatching(/张三$/) } });
  });

  it('refuse a file that turns from UTF-8 into another encoding after the first megabyte, suggesting gb18030', async () => {
    const lines = [`${HEADER},name`];
    for (let i = 0; i < 40000; i++) lines.push(`P${i},${ROW},x`); // about 1.4 MB
    const gbRow = Buffer.from([0x5a, 0x31, 0x2c, ...Buffer.from(ROW), 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]); // 张三 in GBK
    const error = await fileError(Buffer.concat([Buffer.from(lines.join('\n') + '\n'), gbRow]));
    expect(error.message).toContain('混用了编码');
    expect(error.message).toContain('--encoding gb18030');
  });

  it('refuse UTF-16 text and spreadsheet workbooks with a message saying to save as CSV', async () => {
    expect((await fileError(Buffer.from([0xff, 0xfe, 0x69, 0x00]))).message).toContain('UTF-16');
    expect((await fileError(Buffer.from('PK\u0003\u0004 rest of a zip'))).message).toContain('另存为');
  });
});

describe('files that cannot be read', () => {
  it('a missing file', async () => {
    expect((await fileError(null, join(dir, 'nope.csv'))).message).toContain('找不到花名册文件');
  });

  it('a directory', async () => {
    expect((await fileError(null, dir)).message).toContain('文件夹');
  });

  it('an empty file', async () => {
    expect((await fileError('')).message).toContain('是空的');
  });

  it('a file of blank lines, which has no header', async () => {
    expect((await fileError('\n\r\n\n')).message).toContain('没有表头');
  });

  it('a quote left open at the end of the file, naming the line where it opened', async () => {
    const error = await fileError(`${HEADER}\nP1,${ROW}\n"P2,${ROW}\nP3,${ROW}\n`);
    expect(error.message).toContain('第 3 行');
    expect(error.line).toBe(3);
  });
});

describe('standard input', () => {
  it('is read when the source is "-", in chunks as a pipe delivers them', async () => {
    const { Readable } = await import('node:stream');
    const original = Object.getOwnPropertyDescriptor(process, 'stdin');
    const gb = readFileSync(join(FIXTURES, 'people.zh.gb18030.csv'));
    const pieces = [gb.subarray(0, 7), gb.subarray(7, 101), gb.subarray(101)]; // cut inside multi-byte characters
    Object.defineProperty(process, 'stdin', { value: Readable.from(pieces), configurable: true });
    try {
      const roster = await openBundledRoster('-');
      expect(roster.encoding).toBe('gb18030');
      const rows = await collect(roster);
      expect(rows.map((row) => row.kind)).toEqual(['person', 'person', 'person', 'rejected']);
    } finally {
      if (original) Object.defineProperty(process, 'stdin', original);
    }
  });
});
