// The loop `rencai units` and `rencai budget` share: rows of a people or units roster through the
// engine into the one roll-up and the formatter, a rejected row kept with its line and column and
// the rest going on. Rows flow one at a time (constant memory), the sink waits for the stream.
import { RollupOverflowError } from '../../budget/rollup.js';
import { computeYears, type YearPlan, type YearsRollup } from '../../budget/years.js';
import type { EngineOptions } from '../../engine/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import type { OpenedRoster } from '../../roster/read.js';
import type { OpenedUnits } from '../../roster/units.js';
import { loadVocabulary } from '../../policy/vocabulary.js';
import type { Labels } from '../../i18n/labels.js';
import type { Sink } from '../../io/sink.js';
import type { BudgetFormatter, RejectedEntry } from '../output/types.js';
import { claimRejectionErrors } from './claim-rejection.js';
import type { RejectedLog } from '../output/rejected-rows.js';

type Engine = typeof import('../../engine/index.js') & typeof import('../../engine/units.js');

export interface StreamRun {
  /** The budget years, each with its policy. */
  plan: YearPlan;
  engineOptions: EngineOptions;
  engine: Engine;
  rollup: YearsRollup;
  /** Streamed to a spool, not held (src/cli/output/rejected-rows.ts). */
  rejected: RejectedLog;
  sink: Sink;
  formatter: BudgetFormatter;
  m: Messages;
  /** The language of rejected rows' sentences (default zh). */
  lang?: Lang;
  /** Print each person or unit (rencai units always; rencai budget only with --detail). */
  detail: boolean;
  /** rencai budget: which roster a rejected row is in. */
  source?: 'people' | 'units';
  /** rencai budget with several --people files: the file a rejected row is in. */
  file?: string;
}

/** What a rejected row of this run says of where it is. */
function whereOf(run: StreamRun): Pick<RejectedEntry, 'source' | 'file'> {
  return { ...(run.source ? { source: run.source } : {}), ...(run.file !== undefined ? { file: run.file } : {}) };
}

export async function loadEngine(): Promise<Engine> {
  const [people, units] = await Promise.all([import('../../engine/index.js'), import('../../engine/units.js')]);
  return { ...people, ...units };
}

/** Facts the reader let through but the engine cannot use: the row is rejected; anything else is a bug and passes through. */
function engineRejection(error: unknown, row: number, id: string, run: StreamRun): RejectedEntry {
  const source = whereOf(run);
  if (error instanceof run.engine.MoneyOverflowError) return { ...source, row, id, errors: [{ column: '', message: run.m.amountTooLarge() }] };
  if (error instanceof run.engine.EngineInputError) return { ...source, row, id, errors: claimRejectionErrors(error, run.lang ?? 'zh') ?? [{ column: '', message: error.message }] };
  throw error;
}

export async function streamPeople(roster: OpenedRoster, run: StreamRun): Promise<void> {
  for await (const row of roster.rows) {
    if (row.kind === 'rejected') {
      run.rejected.add({ ...whereOf(run), row: row.row, id: row.id, errors: row.errors });
      if (run.rejected.needsDrain) await run.rejected.drain();
      continue;
    }
    let computed;
    try {
      computed = computeYears(run.plan, (year, policy) => run.engine.computePerson(row.person, year, policy, run.engineOptions), row.person.count);
    } catch (error) {
      run.rejected.add(engineRejection(error, row.row, row.person.id, run));
      continue;
    }
    const result = computed.result;
    try {
      run.rollup.add(row.person, computed, row.person.count);
    } catch (error) {
      if (!(error instanceof RollupOverflowError)) throw error;
      run.rejected.add({ ...whereOf(run), row: row.row, id: row.person.id, errors: [{ column: '', message: run.m.totalTooLarge() }] });
      continue;
    }
    if (run.detail) await run.sink.write(run.formatter.person({ row: row.row, person: row.person, result, extra: row.extra }));
  }
}

export async function streamUnits(units: OpenedUnits, run: StreamRun): Promise<void> {
  for await (const row of units.rows) {
    if (row.kind === 'rejected') {
      run.rejected.add({ ...whereOf(run), row: row.row, id: row.id, errors: row.errors });
      if (run.rejected.needsDrain) await run.rejected.drain();
      continue;
    }
    let computed;
    try {
      computed = computeYears(run.plan, (year, policy) => run.engine.computeUnit(row.unit, year, policy, run.engineOptions));
    } catch (error) {
      run.rejected.add(engineRejection(error, row.row, row.unit.id, run));
      continue;
    }
    const result = computed.result;
    try {
      run.rollup.add(row.unit, computed, 1, true);
    } catch (error) {
      if (!(error instanceof RollupOverflowError)) throw error;
      run.rejected.add({ ...whereOf(run), row: row.row, id: row.unit.id, errors: [{ column: '', message: run.m.totalTooLarge() }] });
      continue;
    }
    if (run.detail) await run.sink.write(run.formatter.unit({ row: row.row, unit: row.unit, result, extra: row.extra }));
  }
}

/** A units roster's column key as its header: 类别 for unit_type (English: the key). */
export function unitColumnLabel(lang: Lang): (key: string) => string {
  const zh = new Map(loadVocabulary().unitColumns.map((column) => [column.key, column.zh]));
  return (key) => (lang === 'en' ? key : zh.get(key) ?? key);
}

/** A rejected row's column header, from the roster it is in. */
export function rejectedColumn(labels: Labels, defaultSource: 'people' | 'units'): (key: string, entry: RejectedEntry) => string {
  const unitColumn = unitColumnLabel(labels.lang);
  return (key, entry) => ((entry.source ?? defaultSource) === 'units' ? unitColumn(key) : labels.column(key));
}
