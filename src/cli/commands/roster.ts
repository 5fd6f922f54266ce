// `rencai roster FILE --year Y`: every person of a roster computed for a budget year, streamed
// to a formatter, with the roll-up by payer, item and county at the end.
// Flow: options (zod) → policy → roster → for each row: engine → roll-up → formatter → sink.
// Heavy modules (zod, the reader, the engine, the formatters) load inside the action.
import type { Command } from 'commander';
import type { OpenedRoster } from '../../roster/read.js';
import type { Lang } from '../../i18n/lang.js';
import { messages, type Messages } from '../../i18n/messages.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { CliError, usageError, writeNote } from '../errors.js';
import { checkInputFile } from '../input-files.js';
import { claimRejectionErrors } from './claim-rejection.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { RunInfo } from '../output/types.js';
import { refuseOutputOverInput } from './output-guard.js';
import { formatHelp, outputFormat } from '../output/formats.js';
import { validateOptions, type RosterOptions } from './roster-options.js';
import { asInputError, openSink, policyInputs, writeEnd, writeSummary, writerContext } from './run-output.js';

export type { RosterOptions } from './roster-options.js';

export function registerRoster(program: Command, lang: Lang): void {
  const m = messages(lang);
  const o = m.rosterOptions;
  program
    .command('roster')
    .description(m.rosterDescription)
    .usage(m.rosterUsage)
    .argument('<file>', m.rosterArgument)
    .option('-y, --year <year>', o.year)
    .option('-f, --format <format>', formatHelp('roster', lang))
    .option('-o, --output <file>', o.output)
    .option('--encoding <encoding>', o.encoding)
    .option('--rent-rates <file>', o.rentRates)
    .option('--policy <edition>', o.policy)
    .option('--header <lang>', o.header)
    .option('--reasons <mode>', o.reasons)
    .option('--summary', o.summary)
    .option('--range <point>', o.range)
    .option('--revenue <level=yuan,…>', budgetMessages(lang).options.revenue)
    .option('--sheet <name>', o.sheet)
    .option('--set <key=value>', whatIfMessages(lang).policyOptions.set, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--scenario <file>', whatIfMessages(lang).policyOptions.scenario)
    .addHelpText('after', m.rosterExamples)
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = await validateOptions(raw, m, lang);
      process.exitCode = await runRoster(file, options, lang);
    });
}


/** The policy of `options.year`; `quiet`: the what-if note was already said (the later years of a range). */
export async function loadPolicyFor(options: RosterOptions, m: Messages, lang: Lang = 'zh', quiet = false) {
  const [{ loadPolicy }, { listEditions }, { DataFileError }] = await Promise.all([import('../../policy/load.js'), import('../../policy/edition-index.js'), import('../../policy/data-dir.js')]);
  try {
    if (options.policy !== undefined) {
      const known = listEditions().map((entry) => entry.edition);
      if (!known.includes(options.policy)) throw usageError(m.choiceInvalid('--policy', options.policy, known));
    }
    if (options.set?.length || options.scenario !== undefined) {
      // A what-if for this one run: the same overlay and checks as compare and explain.
      const { readScenario, loadSelectedPolicy } = await import('./policy-options.js');
      const selection = { policy: options.policy, rentRates: options.rentRates, set: options.set, scenario: options.scenario };
      const scenario = await readScenario(selection, lang);
      const policy = await loadSelectedPolicy(selection, options.year, scenario, lang);
      if (scenario && !quiet) writeNote(whatIfMessages(lang).scenarioApplied(scenario.name, scenario.sets.length));
      return policy;
    }
    if (options.rentRates !== undefined) checkInputFile('rentRates', options.rentRates, lang);
    return loadPolicy({ year: options.year, edition: options.policy, rentRatesFile: options.rentRates });
  } catch (error) {
    if (error instanceof DataFileError) throw new CliError(m.dataInvalid(error.file), ExitCode.DATA, error.details);
    throw error;
  }
}


export async function runRoster(file: string, options: RosterOptions, lang: Lang): Promise<ExitCodeValue> {
  const m = messages(lang);
  await refuseOutputOverInput(options.output, [{ option: '', path: file }, ...policyInputs(options)], lang);
  const { plan, policy } = await (await import('./year-policies.js')).loadYearPolicies(options, (each, quiet) => loadPolicyFor(each, m, lang, quiet));
  const [reader, { computePerson, EngineInputError, MoneyOverflowError }, { RollupOverflowError }, { YearsRollup, computeYears }, { createLabels }, rosterMessages] = await Promise.all([
    import('../../roster/read.js'),
    import('../../engine/index.js'),
    import('../../budget/rollup.js'),
    import('../../budget/years.js'),
    import('../../i18n/labels.js'),
    import('../../roster/messages.js'),
  ]);
  const labels = createLabels(policy, lang);

  let roster: OpenedRoster;
  try {
    roster = await reader.openRoster(file, { encoding: options.encoding, sheet: options.sheet, messages: rosterMessages.rosterMessages(lang), columnRules: policy.columnRules });
  } catch (error) {
    throw asInputError(error, file, reader, m);
  }

  const info: RunInfo = { policy, year: options.year, ...(plan.years.length > 1 ? { years: plan.years } : {}), labels, passthrough: roster.header.passthrough };
  const format = outputFormat(options.format);
  const { formatter, sink: ownSink } = await format.people!(info, writerContext(options, m));
  const rollup = await runRollup(options, plan, lang, YearsRollup);
  const rejected = new (await import('../output/rejected-rows.js')).RejectedLog({ onAdd: formatter.noteRejected?.bind(formatter) });
  const engineOptions = { ...(options.range ? { rangePoint: options.range } : {}), explain: formatter.explains };
  const sink = ownSink ?? await openSink(options, m, 'roster');
  // Not while people are printed to the same terminal: the line would land in the middle of their tables.
  const resultsOnTerminal = options.output === undefined && process.stdout.isTTY === true;
  const progress = roster.progress && !resultsOnTerminal
    ? (await import('../progress.js')).createProgress({ stream: process.stderr, messages: m, read: roster.progress })
    : null;
  let rows = 0;
  const people = (await import('../output/person-output.js')).personOutput(formatter, sink);
  try {
    await sink.write(formatter.begin());
    try {
      // A batch of rows at a time, their output joined into one write: one await per batch, not per row.
      for await (const batch of roster.batches ?? oneByOne(roster.rows)) {
        try {
          for (const row of batch) {
            if (row.kind === 'rejected') {
              rejected.add({ row: row.row, id: row.id, errors: row.errors });
              continue;
            }
            let computed;
            try {
              computed = computeYears(plan, (year, yearPolicy) => computePerson(row.person, year, yearPolicy, engineOptions), row.person.count);
            } catch (error) {
              // Facts the reader let through but the engine cannot use: this row is rejected, the rest go on.
              if (error instanceof MoneyOverflowError) {
                rejected.add({ row: row.row, id: row.person.id, errors: [{ column: '', message: m.amountTooLarge() }] });
                continue;
              }
              if (!(error instanceof EngineInputError)) throw error;
              rejected.add({ row: row.row, id: row.person.id, errors: claimRejectionErrors(error, lang) ?? [{ column: '', message: error.message }] });
              continue;
            }
            const result = computed.result;
            try {
              rollup.add(row.person, computed, row.person.count);
            } catch (error) {
              if (!(error instanceof RollupOverflowError)) throw error;
              rejected.add({ row: row.row, id: row.person.id, errors: [{ column: '', message: m.totalTooLarge() }] });
              continue;
            }
            if (people.add({ row: row.row, person: row.person, result, extra: row.extra })) await people.flush();
          }
        } catch (error) {
          await people.flush(); // the people before a failure are printed, as before it
          throw error;
        }
        rows += batch.length;
        progress?.update(rows);
        await people.flush();
        if (rejected.needsDrain) await rejected.drain();
      }
    } catch (error) {
      throw asInputError(error, file, reader, m);
    } finally {
      progress?.done();
    }
    const totals = rollup.totals();
    await writeEnd(sink, formatter.end(rejected, totals));
    await sink.finish();
    const sheet = roster.sheet === undefined ? '' : (await import('../../roster/xlsx-messages.js')).xlsxMessages({ lang }).sheetPrefix(roster.sheet);
    const where = format.listsRejected === null ? m.rejectedWhere.none(file) : m.rejectedWhere[format.listsRejected];
    writeSummary(totals, rejected, m, labels.column, undefined, undefined, sheet, where);
    for (const line of (await import('../output/rollup-notes.js')).rollupNotes(totals, options.years ?? options.year, labels)) writeNote(line);
    return rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await rejected.remove();
  }
}

/** The run's roll-up: by year over a range, each year's §22 check against that year's revenue floor. */
export async function runRollup(
  options: RosterOptions, plan: import('../../budget/years.js').YearPlan, lang: Lang, YearsRollup: typeof import('../../budget/years.js').YearsRollup,
): Promise<import('../../budget/years.js').YearsRollup> {
  const { fundInput } = await import('./revenue-option.js');
  // An output made from the roll-up alone (the HTML report) prints its county × item table.
  const byCountyItem = !outputFormat(options.format).streams;
  // Checked for every year before anything is read, so an edition without fund data fails at once.
  const funds = plan.years.map((year, index) => fundInput(options.revenue, plan.policies[index]!, year, lang));
  return new YearsRollup(plan.years, (year) => ({ byCountyItem, ...(year === null ? {} : { fund: funds[plan.years.indexOf(year)] }) }));
}


/** Rows as batches of one, for a reader that offers no batches. */
async function* oneByOne<T>(rows: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const row of rows) yield [row];
}
