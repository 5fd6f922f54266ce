// The printable 告知单 a person takes home: Markdown for a .md (or .markdown) file, plain text
// otherwise, written whole or not at all (the output sink's temporary name, renamed when done).
import { extname } from 'node:path';
import { fileSink } from '../io/sink.js';
import { renderReport, type Report, type ReportStyle } from './report.js';

export function noticeStyle(path: string): ReportStyle {
  const extension = extname(path).toLowerCase();
  return extension === '.md' || extension === '.markdown' ? 'markdown' : 'text';
}

export async function writeNotice(path: string, report: Report, describe: (path: string, reason: string) => string): Promise<void> {
  const sink = await fileSink(path, describe);
  try {
    await sink.write(renderReport(report, noticeStyle(path)));
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}
