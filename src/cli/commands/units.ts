// `rencai units FILE --year Y`: the organisation-level items (§11, §18) of every unit of a units
// roster, streamed to a formatter, with the roll-up by payer, item and county at the end. The same
// options, sink, exit statuses and roll-up as `rencai roster`.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { budgetMessages } from '../../i18n/budget-messages.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { writeNote } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { prepareEntityRun } from './entity-run.js';
import { validateOptions, type RosterOptions } from './roster-options.js';
import { asInputError, openSink, policyInputs, writeEnd, writeSummary } from './run-output.js';
import { refuseOutputOverInput } from './output-guard.js';
import { formatHelp, outputFormat } from '../output/formats.js';

export function registerUnits(program: Command, lang: Lang): void {
  const m = messages(lang);
  const b = budgetMessages(lang);
  const o = m.rosterOptions;
  program
    .command('units')
    .description(b.unitsDescription)
    .usage(b.unitsUsage)
    .argument('<file>', b.unitsArgument)
    .option('-y, --year <year>', o.year)
    .option('-f, --format <format>', formatHelp('units', lang))
    .option('-o, --output <file>', m.outputPlain)
    .option('--encoding <encoding>', o.encoding)
    .option('--policy <edition>', o.policy)
    .option('--header <lang>', o.header)
    .option('--summary', o.summary)
    .option('--range <point>', o.range)
    .option('--revenue <level=yuan,…>', b.options.revenue)
    .option('--set <key=value>', whatIfMessages(lang).policyOptions.set, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--scenario <file>', whatIfMessages(lang).policyOptions.scenario)
    .addHelpText('after', b.unitsExamples)
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = await validateOptions(raw, m, lang, 'units');
      process.exitCode = await runUnits(file, options, lang);
    });
}

export async function runUnits(file: string, options: RosterOptions, lang: Lang): Promise<ExitCodeValue> {
  const m = messages(lang);
  const b = budgetMessages(lang);
  await refuseOutputOverInput(options.output, [{ option: '', path: file }, ...policyInputs(options)], lang);
  const { readerMessages, plan, policy, reader, unitsReader: units, stream, labels, rollup, rollupNotes, createEntityFormatter } = await prepareEntityRun(options, lang);
  let opened;
  try {
    opened = await units.openUnits(file, { encoding: options.encoding, messages: readerMessages });
  } catch (error) {
    throw asInputError(error, file, reader, m);
  }
  const info = { policy, year: options.year, ...(plan.years.length > 1 ? { years: plan.years } : {}), labels, passthrough: opened.header.passthrough };
  const column = stream.rejectedColumn(labels, 'units');
  const formatter = await createEntityFormatter(info, options, { mode: 'units', detail: !options.summary, column }, m);
  const sink = await openSink(options, m, 'units');
  const run = {
    plan, engineOptions: { ...(options.range ? { rangePoint: options.range } : {}), explain: formatter.explains }, engine: await stream.loadEngine(),
    rollup, rejected: new (await import('../output/rejected-rows.js')).RejectedLog({ onAdd: formatter.noteRejected?.bind(formatter) }), sink, formatter, m, lang, detail: !options.summary,
  };
  try {
    await sink.write(formatter.begin());
    try {
      await stream.streamUnits(opened, run);
    } catch (error) {
      throw asInputError(error, file, reader, m);
    }
    const totals = rollup.totals();
    await writeEnd(sink, formatter.end(run.rejected, totals));
    await sink.finish();
    const listed = outputFormat(options.format).listsRejected;
    writeSummary(totals, run.rejected, m, column, b.unitsSummary(totals.units, run.rejected.length), undefined, '', listed === null ? m.rejectedWhere.none(null) : m.rejectedWhere[listed]);
    for (const line of rollupNotes(totals, options.years ?? options.year, labels)) writeNote(line);
    return run.rejected.length ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    await run.rejected.remove();
  }
}
