// The options of `rencai roster`, `units` and `budget`, checked once with zod: every problem becomes
// one line, exit status 2. The format's own rules (--reasons, --header, --summary, an --output name that
// chooses a format) come from the registry of formats.
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import type { Fen } from '../../base/money.js';
import { parseYears } from '../../base/years.js';
import { formatNames, formatOfFileName, outputFormat, type CommandName, type FormatName } from '../output/formats.js';

const REASONS = ['full', 'ids', 'none'] as const;
export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
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
