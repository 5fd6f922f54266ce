// What the xlsx reader and writer tell a clerk, zh and en; the language follows the roster reader's
// messages (xlsxMessages(m)), so a run speaks one language throughout.
import type { RosterMessages } from './messages.js';

export interface XlsxMessages {
  notWorkbook(path: string, reason: string): string;
  /** The reason given when the zip or its XML cannot be read. */
  damaged: string;
  noSheets(path: string): string;
  noSuchSheet(path: string, sheet: string, sheets: readonly string[]): string;
  sheetEmpty(path: string, sheet: string): string;
  sheetOnlyXlsx(path: string): string;
  cellsBeyondHeader(cells: number, headerCells: number): string;
  /** Put before a row's problem line, which names the row itself: 工作表“花名册”第7行 … */
  sheetPrefix(sheet: string): string;
  /** A cell whose formula has no stored result (the workbook was never recalculated and saved). */
  formulaWithoutResult(formula: string): string;
  mergedCells(ranges: readonly string[]): string;
  /** The parts read would inflate to more than the limit (a "zip bomb", or a workbook too big to be a roster). */
  tooLarge(path: string, bytes: number, limit: number): string;
  sharedStringsTooLarge(path: string, bytes: number, limit: number): string;
  runTooLong(path: string, limit: number): string;
  rowOutOfOrder(sheet: string, row: number, previous: number): string;
  cellOutOfOrder(sheet: string, row: number, ref: string): string;
  beyondLastColumn(sheet: string, row: number, limit: number): string;
  cellTooLong(sheet: string | undefined, limit: number): string;
}

const MIB = 1024 * 1024;
const mib = (bytes: number): string => Math.ceil(bytes / MIB).toLocaleString('en-US');
const count = (value: number): string => value.toLocaleString('en-US');

const zh: XlsxMessages = {
  notWorkbook: (path, reason) => `无法把“${path}”作为 Excel 工作簿（.xlsx）读取：${reason}。请在 Excel/WPS 中打开并另存为“Excel 工作簿（*.xlsx）”，或另存为 CSV。`,
  damaged: '文件已损坏，或不是 xlsx 格式（旧版 .xls 须先另存为 .xlsx）',
  noSheets: (path) => `工作簿“${path}”里没有工作表。`,
  noSuchSheet: (path, sheet, sheets) => `工作簿“${path}”里没有名为“${sheet}”的工作表；现有工作表：${sheets.map((name) => `“${name}”`).join('、')}。`,
  sheetEmpty: (path, sheet) => `工作簿“${path}”的工作表“${sheet}”是空的，没有表头行；表头行应是列名，如“编号、姓名、学历……”。`,
  sheetOnlyXlsx: (path) => `--sheet 只用于 Excel 工作簿（.xlsx），“${path}”是 CSV 文件。`,
  cellsBeyondHeader: (cells, headerCells) => `这一行在表头最后一列（第${headerCells}列）的右边还有内容（到第${cells}列）；请给这些列加上表头，或删除多余的内容。`,
  sheetPrefix: (sheet) => `工作表“${sheet}”`,
  formulaWithoutResult: (formula) => `#公式未计算(=${formula})`,
  mergedCells: (ranges) => `表头以下有合并的单元格（${ranges.join('、')}）：合并区域只有左上角的单元格有值，其余单元格会被读成空白。请取消合并，并在每个单元格填上数值后再读取。`,
  tooLarge: (path, bytes, limit) =>
    `工作簿“${path}”解压后有 ${mib(bytes)} MB，超过了读取上限 ${mib(limit)} MB（解压后的工作簿大小上限）；花名册不会这么大，文件可能是恶意构造的压缩包。确实是花名册的，请分成几个工作簿，或另存为 CSV 后再读取。`,
  sharedStringsTooLarge: (path, bytes, limit) =>
    `工作簿“${path}”的共享字符串表（各单元格的文字）解压后有 ${mib(bytes)} MB，超过了上限 ${mib(limit)} MB（共享字符串表大小上限）；花名册的文字不会这么多，文件可能是恶意构造的压缩包。确实是花名册的，请分成几个工作簿，或另存为 CSV 后再读取。`,
  runTooLong: (path, limit) =>
    `工作簿“${path}”里有一段超过 ${count(limit)} 个字符、中间没有任何 XML 标记的内容（单段内容长度上限），不是 Excel/WPS 保存的花名册；请在 Excel/WPS 中打开并另存后再读取。`,
  rowOutOfOrder: (sheet, row, previous) =>
    `工作表“${sheet}”里第${row}行出现在第${previous}行之后（行号重复或顺序颠倒），无法确定各行的行号；文件不是 Excel/WPS 正常保存的，请在 Excel/WPS 中打开并另存后再读取。`,
  cellOutOfOrder: (sheet, row, ref) =>
    `工作表“${sheet}”第${row}行的单元格 ${ref} 重复出现或顺序颠倒，无法确定它属于哪一列；请在 Excel/WPS 中打开并另存后再读取。`,
  beyondLastColumn: (sheet, row, limit) =>
    `工作表“${sheet}”第${row}行有单元格在第 ${count(limit)} 列（XFD 列，每行单元格个数的上限）以右，不是 Excel/WPS 保存的工作表；请在 Excel/WPS 中打开并另存后再读取。`,
  cellTooLong: (sheet, limit) =>
    `工作表${sheet === undefined ? '' : `“${sheet}”`}里有一个单元格超过 ${count(limit)} 个字符（单元格长度上限），不可能是花名册的内容；请检查该工作簿。`,
};

const en: XlsxMessages = {
  notWorkbook: (path, reason) => `Cannot read "${path}" as an Excel workbook (.xlsx): ${reason}. Open it in Excel/WPS and save it as "Excel Workbook (*.xlsx)", or as CSV.`,
  damaged: 'the file is damaged or not in the xlsx format (an old .xls must be saved as .xlsx first)',
  noSheets: (path) => `Workbook "${path}" has no worksheets.`,
  noSuchSheet: (path, sheet, sheets) => `Workbook "${path}" has no worksheet named "${sheet}"; its worksheets: ${sheets.map((name) => `"${name}"`).join(', ')}.`,
  sheetEmpty: (path, sheet) => `Worksheet "${sheet}" of "${path}" is empty: there is no header row naming the columns (id, name, education, …).`,
  sheetOnlyXlsx: (path) => `--sheet is for Excel workbooks (.xlsx) only; "${path}" is a CSV file.`,
  cellsBeyondHeader: (cells, headerCells) => `This row has content right of the header's last column (column ${headerCells}, up to column ${cells}); give those columns a header or delete the content.`,
  sheetPrefix: (sheet) => `sheet "${sheet}" `,
  formulaWithoutResult: (formula) => `#not calculated(=${formula})`,
  mergedCells: (ranges) => `The sheet has merged cells below the header (${ranges.join(', ')}): only the top-left cell of a merged range holds the value, the others would read as blank. Unmerge them and fill in every cell.`,
  tooLarge: (path, bytes, limit) =>
    `Workbook "${path}" inflates to ${mib(bytes)} MB, more than the limit of ${mib(limit)} MB (the inflated workbook size limit); no roster is that big, and the file may be a crafted archive. If it really is a roster, split it into several workbooks or save it as CSV.`,
  sharedStringsTooLarge: (path, bytes, limit) =>
    `The shared strings (the cells' text) of workbook "${path}" inflate to ${mib(bytes)} MB, more than the limit of ${mib(limit)} MB (the shared strings size limit); no roster has that much text, and the file may be a crafted archive. If it really is a roster, split it into several workbooks or save it as CSV.`,
  runTooLong: (path, limit) =>
    `Workbook "${path}" holds more than ${count(limit)} characters without any XML tag (the limit of one stretch of content); it was not saved by Excel/WPS. Open it in Excel/WPS and save it again.`,
  rowOutOfOrder: (sheet, row, previous) =>
    `Worksheet "${sheet}" has row ${row} after row ${previous} (a row number repeated or out of order), so its rows cannot be told apart; it was not saved normally by Excel/WPS. Open it in Excel/WPS and save it again.`,
  cellOutOfOrder: (sheet, row, ref) =>
    `Row ${row} of worksheet "${sheet}" has cell ${ref} twice or out of order, so its column is unclear. Open it in Excel/WPS and save it again.`,
  beyondLastColumn: (sheet, row, limit) =>
    `Row ${row} of worksheet "${sheet}" has a cell right of column ${count(limit)} (column XFD, the limit of cells in a row); it was not saved by Excel/WPS. Open it in Excel/WPS and save it again.`,
  cellTooLong: (sheet, limit) =>
    `Worksheet${sheet === undefined ? '' : ` "${sheet}"`} has a cell longer than ${count(limit)} characters (the cell length limit), which no roster cell is; check the workbook.`,
};

/** The xlsx messages in the language of the reader's messages. */
export function xlsxMessages(m: Pick<RosterMessages, 'lang'>): XlsxMessages {
  return m.lang === 'en' ? en : zh;
}
