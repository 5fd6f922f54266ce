// What the xlsx reader and writer tell a clerk, zh and en; the language follows the roster reader's
// (setRosterLanguage), so a run speaks one language throughout.
import { messages as rosterMessages, messagesEn } from './messages.js';

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
}

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
};

export function xlsxMessages(): XlsxMessages {
  return rosterMessages === messagesEn ? en : zh;
}
