// A result longer than a worksheet holds continues on 明细 (2), 明细 (3) … (issue #18), each sheet
// with its header, no row lost or repeated; tested with a sheet of 4 rows instead of Excel's 1,048,576.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computePerson } from '../../src/engine/index.js';
import { Rollup } from '../../src/budget/rollup.js';
import { createLabels } from '../../src/i18n/labels.js';
import { continuedSheetName, createXlsxOutput } from '../../src/cli/output/xlsx.js';
import { rejectedRowsOf } from '../../src/cli/output/rejected-rows.js';
import type { RunInfo } from '../../src/cli/output/types.js';
import { person, policy } from '../engine/helpers.js';

const info: RunInfo = { policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: [] };

async function workbookOf(sheetRows: number, count: number): Promise<{ book: ExcelJS.Workbook; rows: number }> {
  const path = join(mkdtempSync(join(tmpdir(), 'rencai-xlsx-cont-')), 'out.xlsx');
  const { formatter, sink } = await createXlsxOutput(info, path, (file, reason) => `${file}: ${reason}`, { sheetRows });
  const rollup = new Rollup();
  let rows = 0;
  for (let k = 0; k < count; k++) {
    // Tier E doctors at a county institution: each has items, so each gives item rows.
    const entry = person({ id: `P${k}`, name: `人${k}`, education: 'doctor', degree: 'doctor', employer_type: 'inst_full', employer_level: 'county', county: 'panzhou', work_level: 'county' });
    const result = computePerson(entry, 2014, policy, { explain: false });
    rollup.add(entry, result);
    rows += result.items.reduce((sum, item) => sum + Math.max(1, item.payers.length), 0);
    formatter.person({ row: k + 2, person: entry, result, extra: [] });
    await sink.write('');
  }
  formatter.end(rejectedRowsOf([]), rollup.totals());
  await sink.finish();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { book, rows };
}

describe('an xlsx result longer than a sheet', () => {
  it('names the continued sheets 明细, 明细 (2), 明细 (3)', () => {
    expect([1, 2, 3].map((n) => continuedSheetName('明细', n))).toEqual(['明细', '明细 (2)', '明细 (3)']);
  });

  it('continues on 明细 (2) … with a header on each sheet, every item row once, then the other sheets', async () => {
    const { book, rows } = await workbookOf(4, 5);
    const items = book.worksheets.filter((sheet) => sheet.name.startsWith('明细'));
    // 4 rows a sheet = header + 3 item rows; ceil(rows / 3) sheets
    expect(items.length).toBe(Math.ceil(rows / 3));
    expect(items.map((sheet) => sheet.name)).toEqual(items.map((_, index) => continuedSheetName('明细', index + 1)));
    const header = items[0]!.getRow(1).values;
    for (const sheet of items) {
      expect(sheet.getRow(1).values).toEqual(header);
      expect(sheet.actualRowCount).toBeLessThanOrEqual(4);
    }
    expect(items.reduce((sum, sheet) => sum + sheet.actualRowCount - 1, 0)).toBe(rows);
    expect(book.worksheets.map((sheet) => sheet.name)).toContain('汇总');
  });

  it('stays on one sheet when the rows fit exactly', async () => {
    const { book, rows } = await workbookOf(1000, 3);
    expect(book.worksheets.filter((sheet) => sheet.name.startsWith('明细')).map((sheet) => sheet.name)).toEqual(['明细']);
    expect(book.getWorksheet('明细')!.actualRowCount).toBe(rows + 1);
  });
});
