// `rencai budget --people A.csv --units B.csv --year Y`: one budget over a roster of people and one
// of units, both streamed through one roll-up: by payer, item and county, the tax section, the
// items without an amount, the bounds of ranged amounts and, with --revenue, the §22 fund floor.
// Per-person and per-unit lines only with --detail: a budget meeting wants the totals.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { usageError, writeNote } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { prepareEntityRun } from './entity-run.js';
import { validateOptions, type RosterOptions } from './roster-options.js';
import { asInputError, openSink, policyInputs, writeEnd, writeSummary } from './run-output.js';
import { refuseOutputOverInput } from './output-guard.js';
import { formatHelp, outputFormat } from '../output/formats.js';

export interface BudgetOptions extends RosterOptions {
  /** --people, repeatable: rosters of people (a payroll, a plan of cohorts) read into one budget, in order. */
  people: readonly string[];
  units?: string | undefined;
  detail: boolean;
}

export function registerBudget(program: Command, lang: Lang): void {
  const m = messages(lang);
  const b = budgetMessages(lang);
  const o = m.rosterOptions;
  program
    .command('budget')
    .description(b.budgetDescription)
    .usage(b.budgetUsage)
    .option('--people <file>', b.options.people, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--units <file>', b.options.units)
    .option('-y, --year <year>', o.year)
    .option('-f, --format <format>', formatHelp('budget', lang))
    .option('-o, --output <file>', m.outputPlain)
    .option('--encoding <encoding>', o.encoding)
    .option('--rent-rates <file>', o.rentRates)
    .option('--policy <edition>', o.policy)
    .option('--header <lang>', o.header)
    .option('--range <point>', o.range)
    .option('--revenue <level=yuan,…>', b.options.revenue)
    .option('--set <key=value>', whatIfMessages(lang).policyOptions.set, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--scenario <file>', whatIfMessages(lang).policyOptions.scenario)
    .option('--detail', b.options.detail)
    .addHelpText('after', b.budgetExamples)
    .action(async (raw: Record<string, unknown>) => {
      const options = await validateBudgetOptions(raw, lang);
      process.exitCode = await runBudget(options, lang);
    });
}

async function validateBudgetOptions(raw: Record<string, unknown>, lang: Lang): Promise<BudgetOptions> {
  const b = budgetMessages(lang);
  const options = await validateOptions(raw, messages(lang), lang, 'budget');
  const file = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const people = (Array.isArray(raw.people) ? raw.people : [raw.people]).map(file).filter((entry): entry is string => entry !== undefined);
  const units = file(raw.units);
  if (people.length === 0 && units === undefined) throw usageError(b.budgetNeedsInput);
  const detail = raw.detail === true;
  if (detail && (options.format === 'csv' || options.format === 'html')) throw usageError(b.detailNotCsv);
  return { ...options, people, units, detail };
}

export async function runBudget(options: BudgetOptions, lang: Lang): Promise<ExitCodeValue> {
  const m = messages(lang);
  const b = budgetMessages(lang);
  const inputs = [...options.people.map((path) => ({ option: '--people', path })), { option: '--units', path: options.units }, ...policyInputs(options)];
  await refuseOutputOverInput(options.output, inputs, lang);
  const { readerMessages, plan, policy, reader, unitsReader, stream, labels, rollup, rollupNotes, createEntityFormatter } = await prepareEntityRun(options, lang);
  // Both rosters are opened before anything is printed: an unreadable one is exit 3 with no output.
  const open = async <T>(file: string | undefined, how: (file: string) => Promise<T>): Promise<T | null> => {
    if (file === undefined) return null;
    try {
      return await how(file);
    } catch (error) {
      throw asInputError(error, file, reader, m);
    }
  };
  const people = [];
  for (const file of options.people) people.push({ file, roster: (await open(file, (path) => reader.openRoster(path, { encoding: options.encoding, messages: readerMessages, columnRules: policy.columnRules })))! });
  const units = await open(options.units, (file) => unitsReader.openUnits(file, { encoding: options.encoding, messages: readerMessages }));

  const info = { policy, year: options.year, ...(plan.years.length > 1 ? { years: plan.years } : {}), labels, passthrough: [] };
  const column = stream.rejectedColumn(labels, 'people');
  const formatter = await createEntityFormatter(info, options, { mode: 'budget', detail: options.detail, column }, m);
  const sink = await openSink(options, m, 'budget');
  const run = {
    plan, engineOptions: { ...(options.range ? { rangePoint: options.range } : {}), explain: formatter.explains }, engine: await stream.loadEngine(),
    rollup, rejected: new (await import('../output/rejected-rows.js')).RejectedLog({ onAdd: formatter.noteRejected?.bind(formatter) }), sink, formatter, m, lang, detail: options.detail,
  };
  try {
    await sink.write(formatter.begin());
    // With several files a rejected row names its file, since each file counts its own lines.
    for (const { file, roster } of people) {
      await readAll(() => stream.streamPeople(roster, { ...run, source: 'people', ...(people.length > 1 ? { file } : {}) }), file);
    }
    if (units && options.units !== undefined) await readAll(() => stream.streamUnits(units, { ...run, source: 'units' }), options.units);
    const totals = rollup.totals();
    await writeEnd(sink, formatter.end(run.rejected, totals));
    await sink.finish();
    const listed = outputFormat(options.format).listsRejected;
    const onlyFile = options.units === undefined && options.people.length === 1 ? options.people[0]! : null;
    writeSummary(totals, run.rejected, m, column, b.budgetSummary(totals.people, totals.units, run.rejected.length), (source, entry) => entry?.file ?? b.source[source] ?? source, '',
      listed === null ? m.rejectedWhere.none(onlyFile) : m.rejectedWhere[listed]);
    for (const line of rollupNotes(totals, options.years ?? options.year, labels)) writeNote(line);
    return run.rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await run.rejected.remove();
  }

  async function readAll(read: () => Promise<void>, file: string): Promise<void> {
    try {
      await read();
    } catch (error) {
      throw asInputError(error, file, reader, m);
    }
  }
}
