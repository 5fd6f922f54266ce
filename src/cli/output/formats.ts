// The one registry of output formats: which commands print each, which --output names choose it,
// which options it takes, and the factory of its writer for the streaming commands (roster, units,
// budget). Commands, option checks and help texts read it; a new format is one entry here plus its
// writer. Light on purpose: every writer is loaded only when its format is used.
import type { Lang } from '../../i18n/lang.js';
import { outputMessages } from '../../i18n/output-messages.js';
import type { Sink } from '../../io/sink.js';
import type { ReasonMode } from './json.js';
import type { BudgetFormatter, Formatter, RejectedEntry, RunInfo } from './types.js';

export type FormatName = 'table' | 'json' | 'jsonl' | 'csv' | 'html' | 'md' | 'xlsx';
export type CommandName = 'roster' | 'units' | 'budget' | 'compare' | 'check' | 'explain' | 'policy' | 'validate';

/** What a writer of the streaming commands is told besides the run (from the validated options). */
export interface WriterContext {
  /** --output, absent for stdout. */
  output?: string | undefined;
  reasons: ReasonMode;
  header: 'en' | 'zh';
  summary: boolean;
  colorLevel(): Promise<0 | 1 | 2 | 3>;
  /** The sentence of a failed write (for a writer that opens its own file). */
  describeOutput(path: string, code: string): string;
}

/** units and budget: which of the two, whether each entity is listed, and a rejected row's column header. */
export interface EntityContext {
  mode: 'units' | 'budget';
  detail: boolean;
  column: (key: string, entry: RejectedEntry) => string;
}

export interface OutputFormat {
  readonly name: FormatName;
  /** The commands that print it. */
  readonly commands: readonly CommandName[];
  /** Endings of an --output name that choose this format when --format is not given. */
  readonly extensions: readonly string[];
  /** Chosen by the --output name only (an Excel workbook): --format does not name it. */
  readonly byFileNameOnly: boolean;
  /**
   * Writes each person or unit as it is computed. When false the output is made at the end from the
   * roll-up alone (the HTML report), which then keeps its county × item table.
   */
  readonly streams: boolean;
  /** Takes --reasons (what each item's reasons carry). */
  readonly reasons: boolean;
  /** Takes --header (English keys or Chinese headers). */
  readonly header: boolean;
  /** Takes --summary (the roll-up only). */
  readonly summary: boolean;
  /** Where the output lists every rejected row (a key of Messages.rejectedWhere); null: it does not. */
  readonly listsRejected: 'table' | 'json' | 'jsonl' | 'xlsx' | null;
  /** rencai roster's writer; a sink of its own when the format writes its file itself. */
  people?(info: RunInfo, context: WriterContext): Promise<{ formatter: Formatter; sink?: Sink }>;
  /** rencai units and budget's writer. */
  entities?(info: RunInfo, context: WriterContext, entity: EntityContext): Promise<BudgetFormatter>;
}

const ALL: readonly CommandName[] = ['roster', 'units', 'budget', 'compare', 'check', 'explain', 'policy', 'validate'];

/** In the order the help texts and messages list them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  {
    name: 'table', commands: ALL, extensions: [], byFileNameOnly: false, streams: true, reasons: false, header: false, summary: true, listsRejected: 'table',
    async people(info, context) {
      const { createTableFormatter } = await import('./table.js');
      return { formatter: createTableFormatter(info, { colorLevel: await context.colorLevel(), summary: context.summary }) };
    },
    async entities(info, context, entity) {
      const { createBudgetTableFormatter } = await import('./budget-table.js');
      return createBudgetTableFormatter(info, { colorLevel: await context.colorLevel(), mode: entity.mode, column: entity.column });
    },
  },
  {
    name: 'json', commands: ALL, extensions: [], byFileNameOnly: false, streams: true, reasons: true, header: false, summary: false, listsRejected: 'json',
    async people(info, context) {
      return { formatter: (await import('./json.js')).createJsonFormatter(info, { reasons: context.reasons }) };
    },
    async entities(info, _context, entity) {
      const arrays = entity.mode === 'units' ? ['units' as const] : entity.detail ? ['people' as const, 'units' as const] : [];
      return (await import('./budget-json.js')).createBudgetJsonFormatter(info, { mode: entity.mode, arrays });
    },
  },
  {
    name: 'jsonl', commands: ['roster'], extensions: [], byFileNameOnly: false, streams: true, reasons: true, header: false, summary: false, listsRejected: 'jsonl',
    async people(info, context) {
      return { formatter: (await import('./json.js')).createJsonlFormatter(info, { reasons: context.reasons }) };
    },
  },
  {
    name: 'csv', commands: ['roster', 'units', 'budget', 'compare'], extensions: [], byFileNameOnly: false, streams: true, reasons: false, header: true, summary: false,
    listsRejected: null,
    async people(info, context) {
      return { formatter: (await import('./csv.js')).createCsvFormatter(info, { header: context.header, bom: context.output !== undefined }) };
    },
    async entities(info, context, entity) {
      const csv = { header: context.header, bom: context.output !== undefined };
      return entity.mode === 'units'
        ? (await import('./units-csv.js')).createUnitsCsvFormatter(info, csv)
        : (await import('./budget-csv.js')).createBudgetCsvFormatter(info, csv);
    },
  },
  {
    name: 'html', commands: ['roster', 'units', 'budget'], extensions: ['.html', '.htm'], byFileNameOnly: false, streams: false, reasons: false, header: false,
    summary: false, listsRejected: null,
    async people(info) {
      return { formatter: (await import('./budget-html.js')).createBudgetHtmlFormatter(info, { command: 'rencai roster', column: info.labels.column }) };
    },
    async entities(info, _context, entity) {
      return (await import('./budget-html.js')).createBudgetHtmlFormatter(info, { command: `rencai ${entity.mode}`, column: entity.column });
    },
  },
  {
    name: 'md', commands: ['check'], extensions: [], byFileNameOnly: false, streams: false, reasons: false, header: false, summary: false, listsRejected: null,
  },
  {
    name: 'xlsx', commands: ['roster'], extensions: ['.xlsx'], byFileNameOnly: true, streams: true, reasons: false, header: false, summary: false, listsRejected: 'xlsx',
    async people(info, context) {
      return (await import('./xlsx.js')).createXlsxOutput(info, context.output!, context.describeOutput);
    },
  },
];

export function outputFormat(name: FormatName): OutputFormat {
  return OUTPUT_FORMATS.find((format) => format.name === name)!;
}

/** The names --format takes in a command, in the registry's order. */
export function formatNames(command: CommandName): FormatName[] {
  return OUTPUT_FORMATS.filter((format) => !format.byFileNameOnly && format.commands.includes(command)).map((format) => format.name);
}

/** The format an --output name chooses (by its ending), whether or not the command prints it; null: none. */
export function formatOfFileName(output: string | undefined): OutputFormat | null {
  if (output === undefined) return null;
  const lower = output.toLowerCase();
  return OUTPUT_FORMATS.find((format) => format.extensions.some((extension) => lower.endsWith(extension))) ?? null;
}

/** The help of a command's --format, from this registry. */
export function formatHelp(command: CommandName, lang: Lang): string {
  return outputMessages(lang).formatOption(formatNames(command), command);
}
