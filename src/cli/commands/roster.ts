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
import type { RejectedEntry, RunInfo } from '../output/types.js';
import type { EndText } from '../output/types.js';
import type { Sink } from '../../io/sink.js';
import type { RollupTotals } from '../../budget/rollup.js';
import type { Fen } from '../../base/money.js';
import type { NamedInput } from '../../io/same-file.js';
import { refuseOutputOverInput } from './output-guard.js';
import { parseYears } from '../../base/years.js';
import { formatHelp, formatNames, formatOfFileName, outputFormat, type CommandName, type FormatName, type WriterContext } from '../output/formats.js';

const REASONS = ['full', 'ids', 'none'] as const;
export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export const HEADERS = ['en', 'zh'] as const;
export const RANGE_POINTS = ['low', 'mid', 'high'] as const;
/** How many rejected rows the stderr summary names, one per line. */
const REJECTIONS_SHOWN = 5;

export interface RosterOptions {
  /** The first budget year (the only one unless --year names a range). */
  year: number;
  /** Every budget year of --year, in order; absent (a caller of runRoster in code) = [year]. */
  years?: readonly number[] | undefined;
  /** The output format (src/cli/output/formats.ts); xlsx when --output names a workbook. */
  format: FormatName;
  output?: string | undefined;
  encoding: (typeof ENCODINGS)[number];
  rentRates?: string | undefined;
  policy?: string | undefined;
  header?: (typeof HEADERS)[number] | undefined;
  /** JSON / JSONL: what each item's reasons carry. */
  reasons?: (typeof REASONS)[number] | undefined;
  summary: boolean;
  /** Which point of a ranged amount to count; none = no amount (bounds only). */
  range?: (typeof RANGE_POINTS)[number] | undefined;
  /** §22: general budget revenue by payer code (--revenue). */
  revenue?: ReadonlyMap<string, Fen> | undefined;
  /** xlsx roster: the worksheet to read. */
  sheet?: string | undefined;
  /** What-if: parameter changes and a scenario file for this run (as in compare). */
  set?: string[] | undefined;
  scenario?: string | undefined;
}

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

/** Checks the options with zod; every problem becomes one line, exit status 2. */
export async function validateOptions(raw: Record<string, unknown>, m: Messages, lang: Lang = 'zh', command: CommandName = 'roster'): Promise<RosterOptions> {
  const [{ z }, { revenueSchema }] = await Promise.all([import('zod'), import('./revenue-option.js')]);
  const choice = <T extends readonly [string, ...string[]]>(option: string, values: T) =>
    z.enum(values, { error: (issue) => m.choiceInvalid(option, String(issue.input), values) });
  const schema = z.object({
    year: z
      .string({ error: () => m.yearRequired })
      .transform((text, context) => {
        const parsed = parseYears(text);
        if (parsed.ok) return parsed.years;
        context.addIssue({ code: 'custom', message: { invalid: m.yearInvalid, reversed: m.yearReversed, range_not_allowed: m.yearRangeNotAllowed }[parsed.problem](text) });
        return z.NEVER;
      }),
    format: choice('--format', formatNames(command) as [FormatName, ...FormatName[]]).default('table'),
    output: z.string().min(1).optional(),
    encoding: choice('--encoding', ENCODINGS).default('auto'),
    rentRates: z.string().min(1).optional(),
    policy: z.string().min(1).optional(),
    header: choice('--header', HEADERS).optional(),
    reasons: choice('--reasons', REASONS).optional(),
    summary: z.boolean().default(false),
    range: choice('--range', RANGE_POINTS).optional(),
    revenue: revenueSchema(z, lang).optional(),
    sheet: z.string().min(1).optional(),
    set: z.array(z.string()).optional(),
    scenario: z.string().min(1).optional(),
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues.map((issue) => issue.message);
    throw new CliError(first ?? m.yearRequired, ExitCode.USAGE, rest);
  }
  const { year: years, ...rest } = parsed.data;
  const options: RosterOptions = { ...rest, year: years[0]!, years };
  // `--output -` is stdout, as everywhere else on the command line.
  if (options.output === '-') delete options.output;
  // An --output name may choose the format (report.html), unless --format says otherwise; a workbook's name always does.
  const named = formatOfFileName(options.output);
  const offered = named !== null && named.commands.includes(command);
  if (raw.format === undefined && offered && !named.byFileNameOnly) options.format = named.name;
  const format = outputFormat(options.format);
  if (options.summary && !format.summary) throw usageError(m.summaryOnlyTable);
  if (named?.byFileNameOnly && (raw.format !== undefined || options.header !== undefined || options.summary)) throw usageError(m.formatNotForXlsx);
  if (options.header !== undefined && !format.header) throw usageError(m.headerOnlyCsv);
  if (options.reasons !== undefined && !format.reasons) throw usageError(m.reasonsOnlyJson);
  if (offered && named.byFileNameOnly) options.format = named.name;
  return options;
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

/** What the format's writer is told of the options (src/cli/output/formats.ts). */
export function writerContext(options: RosterOptions, m: Messages): WriterContext {
  return {
    output: options.output, reasons: options.reasons ?? 'full', header: options.header ?? 'en', summary: options.summary,
    colorLevel: () => outputColorLevel(options), describeOutput: (path, code) => m.outputFailed(path, m.ioReason(code)),
  };
}

/** Colour only on a terminal, never into a file or with NO_COLOR. */
export async function outputColorLevel(options: { output?: string | undefined }): Promise<0 | 1 | 2 | 3> {
  const [{ colorLevel }, { supportsColor }] = await Promise.all([import('../output/color.js'), import('chalk')]);
  return colorLevel({
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    toFile: options.output !== undefined,
    detected: supportsColor ? supportsColor.level : 0,
  });
}

/**
 * The sink of a command that prints text (units, budget, compare): a name only a format of another
 * command writes (an .xlsx workbook) is refused, not filled with text.
 */
export async function openSink(options: Pick<RosterOptions, 'output'>, m: Messages, command: CommandName): Promise<Sink> {
  const named = formatOfFileName(options.output);
  if (named?.byFileNameOnly && !named.commands.includes(command)) throw usageError(m.xlsxOnlyForRoster);
  const { fileSink, stdoutSink } = await import('../../io/sink.js');
  return options.output === undefined ? stdoutSink() : fileSink(options.output, (path, code) => m.outputFailed(path, m.ioReason(code)));
}

/** The rejected rows as the stderr summary needs them: how many, and the first few (a RejectedLog). */
export interface RejectedSummary {
  readonly length: number;
  readonly first: readonly RejectedEntry[];
}

/** One line for the run, then the first few rejected rows, one line each: `第7行 P006 学历：…`. */
export function writeSummary(
  totals: RollupTotals, rejectedRows: readonly RejectedEntry[] | RejectedSummary, m: Messages, column: (key: string, entry: RejectedEntry) => string,
  summary = m.summary(totals.people, rejectedRows.length), sourceLabel: (source: string, entry?: RejectedEntry) => string = (source) => source,
  /** Put before each rejected row, e.g. the worksheet of an xlsx roster. */
  prefix = '',
  /** Where the output lists every rejected row (m.rejectedWhere), said when only the first few are shown here. */
  where = m.rejectedWhere.json,
): void {
  const rejected = Array.isArray(rejectedRows) ? { length: rejectedRows.length, first: rejectedRows.slice(0, REJECTIONS_SHOWN) } : rejectedRows as RejectedSummary;
  const uncomputed = (totals.uncomputed.count ? m.uncomputedSummary(totals.uncomputed.count) : '') + (totals.declined ? m.declinedSummary(totals.declined) : '');
  // The uncomputed note goes before the colon that introduces the rejected rows.
  writeNote(summary.endsWith('：') || summary.endsWith(':') ? `${summary.slice(0, -1)}${uncomputed}${summary.slice(-1)}` : summary + uncomputed);
  for (const entry of rejected.first.slice(0, REJECTIONS_SHOWN)) {
    const [first] = entry.errors;
    const more = entry.errors.length > 1 ? ` (+${entry.errors.length - 1})` : '';
    const line = m.rejectedLine(entry.row, entry.id, first ? column(first.column, entry) : '', first?.message ?? '');
    writeNote(`  ${prefix}${entry.source ? `${sourceLabel(entry.source, entry)} ` : ''}${line}${more}`);
  }
  if (rejected.length > REJECTIONS_SHOWN) writeNote(`  ${m.moreRejected(rejected.length - REJECTIONS_SHOWN, where)}`);
}

/** The files a roster-like run reads besides its roster: --rent-rates and --scenario. */
export function policyInputs(options: RosterOptions): NamedInput[] {
  return [{ option: '--rent-rates', path: options.rentRates }, { option: '--scenario', path: options.scenario }];
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
  rosterMessages.setRosterLanguage(lang);
  const labels = createLabels(policy, lang);

  let roster: OpenedRoster;
  try {
    roster = await reader.openRoster(file, { encoding: options.encoding, sheet: options.sheet });
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
    const sheet = roster.sheet === undefined ? '' : (await import('../../roster/xlsx-messages.js')).xlsxMessages().sheetPrefix(roster.sheet);
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

/** A formatter's end (rejected rows, roll-up) into the sink, piece by piece. */
export async function writeEnd(sink: Sink, text: EndText): Promise<void> {
  const { endPieces } = await import('../output/rejected-rows.js');
  for await (const piece of endPieces(text)) await sink.write(piece);
}

/** Rows as batches of one, for a reader that offers no batches. */
async function* oneByOne<T>(rows: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const row of rows) yield [row];
}

/** A roster that cannot be read (as a whole) is exit status 3; anything else passes through. */
export function asInputError(error: unknown, file: string, reader: typeof import('../../roster/read.js'), m: Messages): unknown {
  if (error instanceof reader.RosterFileError) return new CliError(error.message, ExitCode.INPUT);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && (error as NodeJS.ErrnoException).syscall) {
    return new CliError(code === 'ENOENT' ? m.fileNotFound(file) : m.cannotRead(file, code), ExitCode.INPUT);
  }
  return error;
}
