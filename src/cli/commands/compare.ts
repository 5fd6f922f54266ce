// `rencai compare ROSTER --year Y --scenario FILE [--set …]`: the roster streamed once, each person
// computed under the baseline edition and under the scenario, both rolled up; printed as baseline,
// scenario and difference by payer, item and county.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { claimRejectionErrors } from './claim-rejection.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Policy } from '../../policy/types.js';
import { formatHelp, formatNames } from '../output/formats.js';
import { addPolicyOptions, checkPolicySelection, loadSelectedPolicy, readScenario, type PolicySelection } from './policy-options.js';
import { ENCODINGS, OptionCheck } from './option-kinds.js';

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
    .option('-f, --format <format>', formatHelp('compare', lang))
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
  const check = new OptionCheck(m);
  const format = check.choice('--format', options.format, formatNames('compare'), 'table');
  // `--output -` is stdout, as everywhere else on the command line.
  const outputFile = check.name('--output', options.output === '-' ? undefined : options.output);
  const encoding = check.choice('--encoding', options.encoding, ENCODINGS, 'auto');
  // A range of years: one comparison per year, each year priced by its own policies (#17).
  const years = check.years(options.year, true);
  const selection = checkPolicySelection(check, options);
  check.done();
  const inputs = [{ option: '', path: file }, { option: '--rent-rates', path: selection.rentRates }, { option: '--scenario', path: selection.scenario }];
  await (await import('./output-guard.js')).refuseOutputOverInput(outputFile, inputs, lang);
  const year = years[0]!;
  const scenario = await readScenario(selection, lang);
  if (!scenario) throw usageError(whatIfMessages(lang).compareNeedsScenario);
  const baselinePolicies: Policy[] = [];
  const scenarioPolicies: Policy[] = [];
  for (const each of years) {
    baselinePolicies.push(await loadSelectedPolicy(selection, each, null, lang));
    scenarioPolicies.push(await loadSelectedPolicy(selection, each, scenario, lang));
  }
  const scenarioPolicy = scenarioPolicies[scenarioPolicies.length - 1]!;

  const [{ openRoster, RosterFileError }, { computePerson, EngineInputError, MoneyOverflowError }, { ComparisonRollup, RollupOverflowError }, { createLabels }, rosterMessages, output, { writeSummary, openSink }] = await Promise.all([
    import('../../roster/read.js'), import('../../engine/index.js'), import('../../budget/compare.js'), import('../../i18n/labels.js'),
    import('../../roster/messages.js'), import('../output/compare.js'), import('./run-output.js'),
  ]);
  const { countedResult } = await import('../../budget/count.js');
  const labels = createLabels(scenarioPolicy, lang);
  const rollups = years.map(() => new ComparisonRollup());
  const rejected = new (await import('../output/rejected-rows.js')).RejectedLog({ keep: false });
  try {
    const roster = await openRoster(file, { encoding, messages: rosterMessages.rosterMessages(lang), columnRules: scenarioPolicy.columnRules });
    for await (const row of roster.rows) {
      if (row.kind === 'rejected') {
        rejected.add({ row: row.row, id: row.id, errors: row.errors });
        continue;
      }
      // The comparison prints sums only: the engine need not explain them.
      const count = row.person.count ?? 1;
      let baseline, changed;
      try {
        baseline = years.map((each, index) => countedResult(computePerson(row.person, each, baselinePolicies[index]!, QUIET), count));
        changed = years.map((each, index) => countedResult(computePerson(row.person, each, scenarioPolicies[index]!, QUIET), count));
      } catch (error) {
        const errors = claimRejectionErrors(error, lang);
        if (!errors) throw error;
        rejected.add({ row: row.row, id: row.person.id, errors });
        continue;
      }
      try {
        // Every year is checked for room before any is added, so the years hold the same people.
        for (const [index, rollup] of rollups.entries()) rollup.assertRoom(row.person, baseline[index]!, changed[index]!);
        for (const [index, rollup] of rollups.entries()) rollup.add(row.person, baseline[index]!, changed[index]!, count);
      } catch (error) {
        // As in `rencai roster`: a row the engine or the sums cannot take is rejected, the rest go on.
        const message = error instanceof MoneyOverflowError ? m.amountTooLarge() : error instanceof RollupOverflowError ? m.totalTooLarge() : error instanceof EngineInputError ? error.message : null;
        if (message === null) throw error;
        rejected.add({ row: row.row, id: row.person.id, errors: [{ column: '', message }] });
      }
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw new CliError(error.message, ExitCode.INPUT);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') throw new CliError(code === 'ENOENT' ? m.fileNotFound(file) : m.isDirectory(file), ExitCode.INPUT);
    throw error;
  }

  const comparisons = rollups.map((rollup) => rollup.totals());
  const comparison = comparisons[0]!;
  const info = { policy: scenarioPolicy, year, scenario, labels, rejected: rejected.length };
  const text = years.length > 1
    ? output.compareYears(years.map((each, index) => ({ year: each, comparison: comparisons[index]! })), info, format, outputFile !== undefined)
    : format === 'json'
      ? `${JSON.stringify(output.compareJson(comparison, info), null, 2)}\n`
      : format === 'csv' ? output.compareCsv(comparison, info, outputFile !== undefined) : output.renderCompareTable(comparison, info);
  const sink = await openSink({ output: outputFile }, m, 'compare');
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
