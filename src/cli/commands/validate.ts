// `rencai validate ROSTER.csv`: every row read and validated as `rencai roster` does (the claim
// columns' reject rules included), nothing computed. Same rejection messages and exit statuses: 1 when any row is rejected. The rejected rows
// go through the same spool as roster's (RejectedLog), so a million of them stay in bounded memory.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import type { Policy } from '../../policy/types.js';
import { CliError, writeNote } from '../errors.js';
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
    .option('--set <key=value>', w.policyOptions.set, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--scenario <file>', w.policyOptions.scenario)
    .addHelpText('after', w.validateExamples)
    .action(async (file: string, raw: ValidateOptions) => {
      process.exitCode = await runValidate(file, raw, lang);
    });
}

interface ValidateOptions {
  format?: string;
  encoding?: string;
  set?: string[];
  scenario?: string;
}

export async function runValidate(file: string, options: ValidateOptions, lang: Lang): Promise<number> {
  const m = messages(lang);
  const w = whatIfMessages(lang);
  const check = new OptionCheck(m);
  const format = check.choice('--format', options.format, formatNames('validate'), 'table');
  const encoding = check.choice('--encoding', options.encoding, ENCODINGS, 'auto');
  const selection = { set: check.list(options.set), scenario: check.name('--scenario', options.scenario) };
  check.done();
  // An office that changed a claim rule with --set or --scenario checks its rows by the changed rule, as roster
  // computes them by it. The scenario is read before the roster, so a bad key is exit 2 whatever the file.
  const policy = await validatePolicy(selection, lang);
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
    // rules here, so validate refuses exactly the rows roster does.
    const [{ rowViolations }, { violationErrors }] = await Promise.all([import('../../engine/claim-rules.js'), import('./claim-rejection.js')]);
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

/** The latest edition (no year picks one), with the scenario of --set and --scenario laid over it when given. */
async function validatePolicy(selection: { set?: string[] | undefined; scenario?: string | undefined }, lang: Lang): Promise<Policy> {
  const [{ latestEdition, loadLatestPolicy }, { readScenario, loadSelectedPolicy }] = await Promise.all([import('../../policy/load.js'), import('./policy-options.js')]);
  const scenario = await readScenario(selection, lang);
  if (!scenario) return loadLatestPolicy();
  const latest = latestEdition();
  const policy = await loadSelectedPolicy({ ...selection, policy: latest.edition }, latest.year, scenario, lang);
  writeNote(whatIfMessages(lang).validateScenarioApplied(scenario.name, scenario.sets.length));
  return policy;
}
