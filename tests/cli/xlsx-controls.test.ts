// XML 1.0 cannot hold most control characters, so an .xlsx output would drop or mangle a roster
// value holding one (#13): they are shown escaped as the table and the notices show them, never
// dropped; a tab and a line break, which a cell can hold, are kept as they are.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../src/cli/output/xlsx-sheet.js';
import { computePerson } from '../../src/engine/index.js';
import { Rollup } from '../../src/budget/rollup.js';
import { createLabels } from '../../src/i18n/labels.js';
import { createXlsxOutput } from '../../src/cli/output/xlsx.js';
import { rejectedRowsOf } from '../../src/cli/output/rejected-rows.js';
import type { RunInfo } from '../../src/cli/output/types.js';
import { person, policy } from '../engine/helpers.js';

describe('text in an xlsx output', () => {
  it('shows BEL, ESC, NUL and a lone surrogate escaped, and escapes the XML specials', () => {
    expect(xmlText('a\u0007b\u001b[31mc\u0000')).toBe('a\\u0007b\\u001b[31mc\\u0000');
    expect(xmlText('x\ud800y')).toBe('x\\ud800y');
    expect(xmlText('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });

  it('keeps a tab, a line break and a character outside the BMP as they are, a carriage return as a reference', () => {
    expect(xmlText('a\tb\nc')).toBe('a\tb\nc');
    expect(xmlText('𠀋')).toBe('𠀋');
    expect(xmlText('a\r\nb')).toBe('a&#13;\nb');
  });

  it('writes a name and a passthrough cell with controls so that exceljs reads them back escaped, nothing dropped', async () => {
    const info: RunInfo = { policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: ['备注'] };
    const path = join(mkdtempSync(join(tmpdir(), 'rencai-xlsx-controls-')), 'out.xlsx');
    const { formatter, sink } = await createXlsxOutput(info, path, (file, reason) => `${file}: ${reason}`);
    const entry = person({ id: 'P1', name: '张\u0007三', education: 'doctor', degree: 'doctor', employer_type: 'inst_full', employer_level: 'county', county: 'panzhou', work_level: 'county' });
    const result = computePerson(entry, 2014, policy, { explain: false });
    const rollup = new Rollup();
    rollup.add(entry, result);
    formatter.person({ row: 2, person: entry, result, extra: ['第一行\n第二行\u001b[2J'] });
    await sink.write('');
    formatter.end(rejectedRowsOf([]), rollup.totals());
    await sink.finish();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const row = book.getWorksheet('明细')!.getRow(2);
    expect(row.getCell(3).value).toBe('张\\u0007三');
    expect(row.getCell(16).value).toBe('第一行\n第二行\\u001b[2J');
  });
});
