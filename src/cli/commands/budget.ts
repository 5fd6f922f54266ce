// `rencai budget --people A.csv --units B.csv --year Y`: one budget over a roster of people and one
// of units, both streamed through one roll-up: by payer, item and county, the tax section, the
// items without an amount, the bounds of ranged amounts and, with --revenue, the §22 fund floor.
// Per-person and per-unit lines only with --detail: a budget meeting wants the totals.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { usageError, writeNote } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { RejectedEntry } from '../output/types.js';
import { prepareEntityRun } from './entity-run.js';
import { asInputError, openSink, validateOptions, writeSummary, type RosterOptions } from './roster.js';

export interface BudgetOptions extends RosterOptions {
  people?: string | undefined;
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
    .option('--people <file>', b.options.people)
    .option('--units <file>', b.options.units)
    .option('-y, --year <year>', o.year)
    .option('-f, --format <format>', o.format)
    .option('-o, --output <file>', m.outputPlain)
    .option('--encoding <encoding>', o.encoding)
    .option('--rent-rates <file>', o.rentRates)
    .option('--policy <edition>', o.policy)
    .option('--header <lang>', o.header)
    .option('--range <point>', o.range)
    .option('--revenue <level=yuan,…>', b.options.revenue)
    .option('--detail', b.options.detail)
    .addHelpText('after', b.budgetExamples)
    .action(async (raw: Record<string, unknown>) => {
      const options = await validateBudgetOptions(raw, lang);
      process.exitCode = await runBudget(options, lang);
    });
}

async function validateBudgetOptions(raw: Record<string, unknown>, lang: Lang): Promise<BudgetOptions> {
  const b = budgetMessages(lang);
  const options = await validateOptions(raw, messages(lang), lang);
  const file = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const people = file(raw.people);
  const units = file(raw.units);
  if (people === undefined && units === undefined) throw usageError(b.budgetNeedsInput);
  const detail = raw.detail === true;
  if (detail && (options.format === 'csv' || options.format === 'html')) throw usageError(b.detailNotCsv);
  return { ...options, people, units, detail };
}

export async function runBudget(options: BudgetOptions, lang: Lang): Promise<ExitCodeValue> {
  const m = messages(lang);
  const b = budgetMessages(lang);
  const { policy, reader, unitsReader, stream, labels, rollup, rollupNotes, createEntityFormatter } = await prepareEntityRun(options, lang);
  // Both rosters are opened before anything is printed: an unreadable one is exit 3 with no output.
  const open = async <T>(file: string | undefined, how: (file: string) => Promise<T>): Promise<T | null> => {
    if (file === undefined) return null;
    try {
      return await how(file);
    } catch (error) {
      throw asInputError(error, file, reader, m);
    }
  };
  const people = await open(options.people, (file) => reader.openRoster(file, { encoding: options.encoding }));
  const units = await open(options.units, (file) => unitsReader.openUnits(file, { encoding: options.encoding }));

  const info = { policy, year: options.year, labels, passthrough: [] };
  const column = stream.rejectedColumn(labels, 'people');
  const formatter = await createEntityFormatter(info, options, { mode: 'budget', detail: options.detail, column });
  const sink = await openSink(options, m);
  const run = {
    policy, year: options.year, engineOptions: { ...(options.range ? { rangePoint: options.range } : {}), explain: formatter.explains }, engine: await stream.loadEngine(),
    rollup, rejected: [] as RejectedEntry[], sink, formatter, m, detail: options.detail,
  };
  try {
    await sink.write(formatter.begin());
    if (people && options.people !== undefined) await readAll(() => stream.streamPeople(people, { ...run, source: 'people' }), options.people);
    if (units && options.units !== undefined) await readAll(() => stream.streamUnits(units, { ...run, source: 'units' }), options.units);
    const totals = rollup.totals();
    await sink.write(formatter.end(run.rejected, totals));
    await sink.finish();
    writeSummary(totals, run.rejected, m, column, b.budgetSummary(totals.people, totals.units, run.rejected.length), (source) => b.source[source] ?? source, '',
      options.format === 'csv' ? m.rejectedWhere.none(options.units === undefined && options.people !== undefined ? options.people : null) : options.format === 'json' ? m.rejectedWhere.json : m.rejectedWhere.table);
    for (const line of rollupNotes(totals, options.year, labels)) writeNote(line);
    return run.rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  } catch (error) {
    await sink.abort();
    throw error;
  }

  async function readAll(read: () => Promise<void>, file: string): Promise<void> {
    try {
      await read();
    } catch (error) {
      throw asInputError(error, file, reader, m);
    }
  }
}
