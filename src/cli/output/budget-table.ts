// Tables for rencai units and rencai budget: the roster's table kit over units (and people, with
// --detail), then the rejected rows of either roster and the one roll-up.
import { budgetMessages } from '../../i18n/budget-messages.js';
import { createTableKit, type TableOptions } from './table.js';
import type { BudgetFormatter, RejectedEntry, RunInfo } from './types.js';

export interface BudgetTableOptions {
  colorLevel: TableOptions['colorLevel'];
  mode: 'units' | 'budget';
  /** A rejected row's column header (people and units rosters have their own). */
  column: (key: string, entry: RejectedEntry) => string;
}

export function createBudgetTableFormatter(info: RunInfo, options: BudgetTableOptions): BudgetFormatter {
  const kit = createTableKit(info, options.colorLevel);
  const b = budgetMessages(info.labels.lang);
  const widths = kit.rejectedWidths(options.column);
  return {
    noteRejected: (entry) => widths.note(entry),
    explains: false,
    begin: kit.heading,
    person: kit.personBlock,
    unit: kit.unitBlock,
    async *end(rejected, totals) {
      const count = options.mode === 'units' ? b.table.unitsComputed(totals.units) : b.table.budgetComputed(totals.people, totals.units);
      if (rejected.length) {
        yield* kit.rejectedTable(rejected, options.column, widths.of(rejected));
        yield '\n';
      }
      yield kit.rollupText(totals, count);
    },
  };
}
