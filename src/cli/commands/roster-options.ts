// The options of `rencai roster`, `units` and `budget`, checked by the parsers of option-kinds.ts:
// every problem becomes one line, exit status 2. The format's own rules (--reasons, --header,
// --summary, an --output name that chooses a format) come from the registry of formats.
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { usageError } from '../errors.js';
import type { Fen } from '../../base/money.js';
import { ENCODINGS, OptionCheck, type Encoding } from './option-kinds.js';
import { formatNames, formatOfFileName, outputFormat, type CommandName, type FormatName } from '../output/formats.js';

const REASONS = ['full', 'ids', 'none'] as const;
export const HEADERS = ['en', 'zh'] as const;
export const RANGE_POINTS = ['low', 'mid', 'high'] as const;

export interface RosterOptions {
  /** The first budget year (the only one unless --year names a range). */
  year: number;
  /** Every budget year of --year, in order; absent (a caller of runRoster in code) = [year]. */
  years?: readonly number[] | undefined;
  /** The output format (src/cli/output/formats.ts); xlsx when --output names a workbook. */
  format: FormatName;
  output?: string | undefined;
  encoding: Encoding;
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

/** Checks the options kind by kind (option-kinds.ts); every problem becomes one line, exit status 2. */
export async function validateOptions(raw: Record<string, unknown>, m: Messages, lang: Lang = 'zh', command: CommandName = 'roster'): Promise<RosterOptions> {
  const check = new OptionCheck(m);
  const years = check.years(raw.year, true);
  const chosen = {
    format: check.choice('--format', raw.format, formatNames(command), 'table'),
    output: check.name('--output', raw.output),
    encoding: check.choice('--encoding', raw.encoding, ENCODINGS, 'auto'),
    rentRates: check.name('--rent-rates', raw.rentRates),
    policy: check.name('--policy', raw.policy),
    header: check.choice('--header', raw.header, HEADERS, undefined),
    reasons: check.choice('--reasons', raw.reasons, REASONS, undefined),
    summary: raw.summary === true,
    range: check.choice('--range', raw.range, RANGE_POINTS, undefined),
    revenue: raw.revenue === undefined ? undefined : check.parsed(raw.revenue, (await import('./revenue-option.js')).revenueParser(lang)),
    sheet: check.name('--sheet', raw.sheet),
    set: check.list(raw.set),
    scenario: check.name('--scenario', raw.scenario),
  };
  check.done();
  const options: RosterOptions = { ...chosen, year: years[0]!, years };
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
