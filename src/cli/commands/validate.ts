// `rencai validate ROSTER.csv`: every row read and validated as `rencai roster` does, nothing
// computed. Same rejection messages and exit statuses: 1 when any row is rejected.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { RejectedEntry } from '../output/types.js';
import { parseChoice } from './policy-options.js';

const FORMATS = ['table', 'json'] as const;
const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;

export function registerValidate(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  const m = messages(lang);
  program
    .command('validate')
    .description(w.validateDescription)
    .argument('<file>', m.rosterArgument)
    .option('-f, --format <format>', w.policyOptions.format)
    .option('--encoding <encoding>', m.rosterOptions.encoding)
    .addHelpText('after', w.validateExamples)
    .action(async (file: string, raw: { format?: string; encoding?: string }) => {
      process.exitCode = await runValidate(file, raw, lang);
    });
}

export async function runValidate(file: string, options: { format?: string; encoding?: string }, lang: Lang): Promise<number> {
  const m = messages(lang);
  const w = whatIfMessages(lang);
  const format = parseChoice('--format', options.format, FORMATS, 'table', lang);
  const encoding = parseChoice('--encoding', options.encoding, ENCODINGS, 'auto', lang);
  const [{ openRoster, RosterFileError }, rosterMessages, { loadVocabulary }] = await Promise.all([
    import('../../roster/read.js'), import('../../roster/messages.js'), import('../../policy/vocabulary.js'),
  ]);
  rosterMessages.setRosterLanguage(lang);
  const headers = new Map(loadVocabulary().columns.map((column) => [column.key, column.zh]));
  const column = (key: string) => (lang === 'zh' ? headers.get(key) ?? key : key);
  let valid = 0;
  let encodingFound = '';
  const rejected: RejectedEntry[] = [];
  try {
    const roster = await openRoster(file, { encoding });
    encodingFound = roster.encoding;
    for await (const row of roster.rows) {
      if (row.kind === 'person') valid += 1;
      else rejected.push({ row: row.row, id: row.id, errors: row.errors });
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw new CliError(error.message, ExitCode.INPUT);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new CliError(code === 'ENOENT' ? m.fileNotFound(file) : m.isDirectory(file), ExitCode.INPUT);
    throw error;
  }
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ file, encoding: encodingFound, rows: valid + rejected.length, valid, rejected }, null, 2)}\n`);
  } else {
    const lines = [w.validateSummary(valid, rejected.length)];
    for (const entry of rejected) {
      for (const error of entry.errors) lines.push(`  ${m.rejectedLine(entry.row, entry.id, column(error.column), error.message)}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
}
