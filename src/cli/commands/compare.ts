// `rencai compare ROSTER --year Y --scenario FILE [--set …]`: the roster streamed once, each person
// computed under the baseline edition and under the scenario, both rolled up; printed as baseline,
// scenario and difference by payer, item and county.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { RejectedEntry } from '../output/types.js';
import { addPolicyOptions, loadSelectedPolicy, parseChoice, parseYear, readScenario, type PolicySelection } from './policy-options.js';

const FORMATS = ['table', 'json', 'csv'] as const;
const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;

interface CompareOptions extends PolicySelection {
  format?: string;
  output?: string;
  encoding?: string;
}

const QUIET = { explain: false } as const;

export function registerCompare(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  const m = messages(lang);
  const command = program
    .command('compare')
    .description(w.compareDescription)
    .argument('<file>', m.rosterArgument)
    .option('-f, --format <format>', w.policyOptions.formatCsv)
    .option('-o, --output <file>', m.outputPlain)
    .option('--encoding <encoding>', m.rosterOptions.encoding);
  addPolicyOptions(command, lang, { year: 'required' })
    .addHelpText('after', w.compareExamples)
    .action(async (file: string, raw: CompareOptions) => {
      process.exitCode = await runCompare(file, raw, lang);
    });
}

export async function runCompare(file: string, options: CompareOptions, lang: Lang): Promise<number> {
  const m = messages(lang);
  const format = parseChoice('--format', options.format, FORMATS, 'table', lang);
  const encoding = parseChoice('--encoding', options.encoding, ENCODINGS, 'auto', lang);
  const year = parseYear(options.year, lang);
  const scenario = await readScenario(options, lang);
  if (!scenario) throw usageError(whatIfMessages(lang).compareNeedsScenario);
  const baselinePolicy = await loadSelectedPolicy(options, year, null, lang);
  const scenarioPolicy = await loadSelectedPolicy(options, year, scenario, lang);

  const [{ openRoster, RosterFileError }, { computePerson }, { ComparisonRollup }, { createLabels }, rosterMessages, output, { writeSummary, openSink }] = await Promise.all([
    import('../../roster/read.js'), import('../../engine/index.js'), import('../../budget/compare.js'), import('../../i18n/labels.js'),
    import('../../roster/messages.js'), import('../output/compare.js'), import('./roster.js'),
  ]);
  rosterMessages.setRosterLanguage(lang);
  const labels = createLabels(scenarioPolicy, lang);
  const rollup = new ComparisonRollup();
  const rejected: RejectedEntry[] = [];
  try {
    const roster = await openRoster(file, { encoding });
    for await (const row of roster.rows) {
      if (row.kind === 'rejected') {
        rejected.push({ row: row.row, id: row.id, errors: row.errors });
        continue;
      }
      // The comparison prints sums only: the engine need not explain them.
      rollup.add(row.person, computePerson(row.person, year, baselinePolicy, QUIET), computePerson(row.person, year, scenarioPolicy, QUIET));
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw new CliError(error.message, ExitCode.INPUT);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new CliError(code === 'ENOENT' ? m.fileNotFound(file) : m.isDirectory(file), ExitCode.INPUT);
    throw error;
  }

  const comparison = rollup.totals();
  const info = { policy: scenarioPolicy, year, scenario, labels, rejected: rejected.length };
  const text = format === 'json'
    ? `${JSON.stringify(output.compareJson(comparison, info), null, 2)}\n`
    : format === 'csv' ? output.compareCsv(comparison, info, options.output !== undefined) : output.renderCompareTable(comparison, info);
  const sink = await openSink(options, m);
  try {
    await sink.write(text);
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  writeSummary(comparison.baseline, rejected, m, labels.column, undefined, undefined, '', m.rejectedWhere.none(file));
  return rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
}
