// `rencai validate ROSTER.csv`: every row read and validated as `rencai roster` does (the claim
// columns' reject rules included), nothing computed. Same rejection messages and exit statuses: 1 when any row is rejected. The rejected rows
// go through the same spool as roster's (RejectedLog), so a million of them stay in bounded memory.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { formatHelp, formatNames } from '../output/formats.js';
import { ENCODINGS, OptionCheck } from './option-kinds.js';

export function registerValidate(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  const m = messages(lang);
  program
    .command('validate')
    .description(w.validateDescription)
    .argument('<file>', m.rosterArgument)
    .option('-f, --format <format>', formatHelp('validate', lang))
    .option('--encoding <encoding>', m.rosterOptions.encoding)
    .addHelpText('after', w.validateExamples)
    .action(async (file: string, raw: { format?: string; encoding?: string }) => {
      process.exitCode = await runValidate(file, raw, lang);
    });
}

export async function runValidate(file: string, options: { format?: string; encoding?: string }, lang: Lang): Promise<number> {
  const m = messages(lang);
  const w = whatIfMessages(lang);
  const check = new OptionCheck(m);
  const format = check.choice('--format', options.format, formatNames('validate'), 'table');
  const encoding = check.choice('--encoding', options.encoding, ENCODINGS, 'auto');
  check.done();
  const [{ openRoster, RosterFileError }, rosterMessages, { loadVocabulary }] = await Promise.all([
    import('../../roster/read.js'), import('../../roster/messages.js'), import('../../policy/vocabulary.js'),
  ]);
  const headers = new Map(loadVocabulary().columns.map((column) => [column.key, column.zh]));
  const column = (key: string) => (lang === 'zh' ? headers.get(key) ?? key : key);
  let valid = 0;
  let encodingFound = '';
  const [{ RejectedLog }, { rejectedArrayJson }, { stdoutSink }] = await Promise.all([
    import('../output/rejected-rows.js'), import('../output/json.js'), import('../../io/sink.js'),
  ]);
  const rejected = new RejectedLog();
  try {
    await readRows();
    const sink = stdoutSink();
    if (format === 'json') {
      const head = JSON.stringify({ file, encoding: encodingFound, rows: valid + rejected.length, valid }, null, 2);
      await sink.write(`${head.slice(0, -2)},`);
      for await (const piece of rejectedArrayJson(rejected, (entry) => ({ ...entry }))) await sink.write(piece);
      await sink.write('\n}\n');
    } else {
      await sink.write(`${w.validateSummary(valid, rejected.length)}\n`);
      for await (const batch of rejected.batches()) {
        let lines = '';
        for (const entry of batch) {
          for (const error of entry.errors) lines += `  ${m.rejectedLine(entry.row, entry.id, column(error.column), error.message)}\n`;
        }
        await sink.write(lines);
      }
    }
    await sink.finish();
  } finally {
    await rejected.remove();
  }
  return rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;

  async function readRows(): Promise<void> {
    // The claim columns' reject rules are the engine's (roster applies them to each row it computes): the same
    // rules here, so validate refuses exactly the rows roster does. No year picks an edition: the latest.
    const [{ loadLatestPolicy }, { rowViolations }, { violationErrors }] = await Promise.all([
      import('../../policy/load.js'), import('../../engine/claim-rules.js'), import('./claim-rejection.js'),
    ]);
    const policy = loadLatestPolicy();
    try {
      const roster = await openRoster(file, { encoding, messages: rosterMessages.rosterMessages(lang), columnRules: policy.columnRules });
      encodingFound = roster.encoding;
      for await (const row of roster.rows) {
        const violations = row.kind === 'person' ? rowViolations(row.person, policy) : [];
        if (row.kind === 'person' && violations.length === 0) valid += 1;
        else {
          rejected.add(row.kind === 'person' ? { row: row.row, id: row.person.id, errors: violationErrors(violations, lang) } : { row: row.row, id: row.id, errors: row.errors });
          if (rejected.needsDrain) await rejected.drain();
        }
      }
    } catch (error) {
      if (error instanceof RosterFileError) throw new CliError(error.message, ExitCode.INPUT);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR') throw new CliError(code === 'ENOENT' ? m.fileNotFound(file) : m.isDirectory(file), ExitCode.INPUT);
      throw error;
    }
  }
}
