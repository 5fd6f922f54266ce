// The loop `rencai units` and `rencai budget` share: rows of a people or units roster through the
// engine into the one roll-up and the formatter, a rejected row kept with its line and column and
// the rest going on. Rows flow one at a time (constant memory), the sink waits for the stream.
import type { Rollup } from '../../budget/rollup.js';
import type { EngineOptions } from '../../engine/types.js';
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import type { Policy } from '../../policy/types.js';
import type { OpenedRoster } from '../../roster/read.js';
import type { OpenedUnits } from '../../roster/units.js';
import { loadVocabulary } from '../../policy/vocabulary.js';
import type { Labels } from '../../i18n/labels.js';
import type { Sink } from '../../io/sink.js';
import type { BudgetFormatter, RejectedEntry } from '../output/types.js';

type Engine = typeof import('../../engine/index.js') & typeof import('../../engine/units.js');

export interface StreamRun {
  policy: Policy;
  year: number;
  engineOptions: EngineOptions;
  engine: Engine;
  rollup: Rollup;
  rejected: RejectedEntry[];
  sink: Sink;
  formatter: BudgetFormatter;
  m: Messages;
  /** Print each person or unit (rencai units always; rencai budget only with --detail). */
  detail: boolean;
  /** rencai budget: which roster a rejected row is in. */
  source?: 'people' | 'units';
}

export async function loadEngine(): Promise<Engine> {
  const [people, units] = await Promise.all([import('../../engine/index.js'), import('../../engine/units.js')]);
  return { ...people, ...units };
}

/** Facts the reader let through but the engine cannot use: the row is rejected; anything else is a bug and passes through. */
function engineRejection(error: unknown, row: number, id: string, run: StreamRun): RejectedEntry {
  const source = run.source ? { source: run.source } : {};
  if (error instanceof run.engine.MoneyOverflowError) return { ...source, row, id, errors: [{ column: '', message: run.m.amountTooLarge() }] };
  if (error instanceof run.engine.EngineInputError) return { ...source, row, id, errors: [{ column: '', message: error.message }] };
  throw error;
}

export async function streamPeople(roster: OpenedRoster, run: StreamRun): Promise<void> {
  for await (const row of roster.rows) {
    if (row.kind === 'rejected') {
      run.rejected.push({ ...(run.source ? { source: run.source } : {}), row: row.row, id: row.id, errors: row.errors });
      continue;
    }
    let result;
    try {
      result = run.engine.computePerson(row.person, run.year, run.policy, run.engineOptions);
    } catch (error) {
      run.rejected.push(engineRejection(error, row.row, row.person.id, run));
      continue;
    }
    run.rollup.add(row.person, result);
    if (run.detail) await run.sink.write(run.formatter.person({ row: row.row, person: row.person, result, extra: row.extra }));
  }
}

export async function streamUnits(units: OpenedUnits, run: StreamRun): Promise<void> {
  for await (const row of units.rows) {
    if (row.kind === 'rejected') {
      run.rejected.push({ ...(run.source ? { source: run.source } : {}), row: row.row, id: row.id, errors: row.errors });
      continue;
    }
    let result;
    try {
      result = run.engine.computeUnit(row.unit, run.year, run.policy, run.engineOptions);
    } catch (error) {
      run.rejected.push(engineRejection(error, row.row, row.unit.id, run));
      continue;
    }
    run.rollup.addUnit(row.unit, result);
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
