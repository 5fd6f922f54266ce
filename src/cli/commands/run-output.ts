// What every streaming run (roster, units, budget; compare for its sink and summary) does around its
// loop: the writer's context, the sink, the stderr summary, the formatter's end, and a roster that
// cannot be read turned into exit status 3.
import type { Messages } from '../../i18n/messages.js';
import { CliError, usageError, writeNote } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { EndText, RejectedEntry } from '../output/types.js';
import type { Sink } from '../../io/sink.js';
import type { RollupTotals } from '../../budget/rollup.js';
import type { NamedInput } from '../../io/same-file.js';
import { formatOfFileName, type CommandName, type WriterContext } from '../output/formats.js';
import type { RosterOptions } from './roster-options.js';

/** How many rejected rows the stderr summary names, one per line. */
const REJECTIONS_SHOWN = 5;

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

/** A formatter's end (rejected rows, roll-up) into the sink, piece by piece. */
export async function writeEnd(sink: Sink, text: EndText): Promise<void> {
  const { endPieces } = await import('../output/rejected-rows.js');
  for await (const piece of endPieces(text)) await sink.write(piece);
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
