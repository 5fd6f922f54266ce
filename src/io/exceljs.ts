// exceljs, loaded on first use: only for writing a workbook (--output FILE.xlsx), so a CSV run and an
// xlsx roster being read never load it.
import { createRequire } from 'node:module';
import type ExcelJSNamespace from 'exceljs';

const require = createRequire(import.meta.url);

/**
 * exceljs knows the format codes of the built-in number formats 0–22 only; Excel and WPS in Chinese
 * store 年/月/日 dates with built-in ids 27–36 and 50–58. The zh-CN codes of those ids are added to
 * its table once, so a workbook exceljs reads or writes means the same by them as Excel does.
 */
function teachChineseDateFormats(): void {
  const formats = require('exceljs/lib/xlsx/defaultnumformats.js') as Record<number, { f?: string; 'zh-cn'?: string }>;
  for (const id of [27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]) {
    const format = formats[id];
    if (format && format.f === undefined && format['zh-cn']) format.f = format['zh-cn'];
  }
}

let loaded: typeof ExcelJSNamespace | undefined;

export async function loadExcelJS(): Promise<typeof ExcelJSNamespace> {
  if (!loaded) {
    const module = await import('exceljs');
    loaded = (module.default ?? module) as typeof ExcelJSNamespace;
    teachChineseDateFormats();
  }
  return loaded;
}
