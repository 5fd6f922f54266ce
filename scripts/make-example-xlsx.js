// Writes data/examples/roster.xlsx from data/examples/roster.csv the way a clerk's spreadsheet holds it:
// a merged title row above the header, shared strings, numbers as numbers, months as date cells shown
// as 2014-03. Run `node scripts/make-example-xlsx.js` after changing the CSV; the output is committed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const csvPath = fileURLToPath(new URL('../data/examples/roster.csv', import.meta.url));
const xlsxPath = fileURLToPath(new URL('../data/examples/roster.xlsx', import.meta.url));
const [header, ...rows] = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
const numberColumns = new Set(['财政拨款比例', '基本工资', '公租房月租金']);
const monthColumns = new Set(['起始年月', '终止年月']);

const workbook = new ExcelJS.Workbook();
workbook.creator = 'rencai';
// Fixed dates keep the file the same from run to run.
workbook.created = new Date(Date.UTC(2014, 0, 1));
workbook.modified = workbook.created;
const sheet = workbook.addWorksheet('花名册');
sheet.addRow(['2014年人才花名册（示例）']);
sheet.mergeCells(1, 1, 1, header.length);
sheet.addRow(header);
for (const cells of rows) {
  sheet.addRow(cells.map((cell, index) => {
    const column = header[index];
    if (cell === '') return null;
    if (numberColumns.has(column)) return Number(cell);
    if (monthColumns.has(column)) {
      const [year, month] = cell.split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, 1));
    }
    return cell;
  }));
}
for (const column of monthColumns) sheet.getColumn(header.indexOf(column) + 1).numFmt = 'yyyy-mm';
await workbook.xlsx.writeFile(xlsxPath, { useSharedStrings: true });
