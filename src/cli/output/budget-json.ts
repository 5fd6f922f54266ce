// JSON for rencai units and rencai budget, streamed like the roster's: the head, each person or
// unit as it comes (in a "people" or "units" array, the roster's entry shape), then the rejected
// rows, the one roll-up over both, the readings and a summary.
import { editionsJson, errorsJson, personJson, rejectedArrayJson, rollupByYearJson, rollupJson, unitJson, yearsJson } from './json.js';
import type { BudgetFormatter, RejectedRows, RunInfo } from './types.js';
import type { RollupTotals } from '../../budget/rollup.js';

export interface BudgetJsonOptions {
  /** units: a units roster (summary {computed, rejected}); budget: people and units (summary {people, units, rejected}). */
  mode: 'units' | 'budget';
  /** Arrays printed even when empty (units: ["units"]; budget --detail: both; budget: none). */
  arrays: readonly ('people' | 'units')[];
}

export function createBudgetJsonFormatter(info: RunInfo, options: BudgetJsonOptions): BudgetFormatter {
  const readingsUsed = new Set<string>();
  const opened = new Set<string>();
  let open: string | null = null;
  let first = true;

  function entry(array: 'people' | 'units', json: Record<string, unknown>, items: readonly { readings: readonly string[] }[]): string {
    for (const item of items) for (const id of item.readings) readingsUsed.add(id);
    let text = '';
    if (open !== array) {
      text += `${open === null ? '' : '\n]'},${JSON.stringify(array)}:[\n`;
      open = array;
      opened.add(array);
      first = true;
    }
    text += `${first ? '' : ',\n'}${JSON.stringify(json)}`;
    first = false;
    return text;
  }

  return {
    explains: true,
    // A range names its years and, when they use more than one edition, the editions (single years as before).
    begin: () => `{"policy":${JSON.stringify(info.policy.edition)},"year":${info.year}${info.years ? `,${yearsJson(info)}${editionsJson(info.policy)}`.slice(0, -1) : ''}`,
    person: (entry_) => entry('people', personJson(entry_, info), entry_.result.items),
    unit: (entry_) => entry('units', unitJson(entry_, info), entry_.result.items),
    async *end(rejected: RejectedRows, totals: RollupTotals) {
      let text = open === null ? '' : '\n]';
      for (const array of options.arrays) if (!opened.has(array)) text += `,${JSON.stringify(array)}:[]`;
      const readings = [...readingsUsed].sort().map((id) => {
        const reading = info.policy.readings.get(id);
        return { id, clause: reading?.clause ?? null, text: reading ? reading[info.labels.lang] : null };
      });
      yield `${text},`;
      yield* rejectedArrayJson(rejected, (entry_) => ({ ...(entry_.source ? { source: entry_.source } : {}), ...(entry_.file !== undefined ? { file: entry_.file } : {}), row: entry_.row, id: entry_.id, errors: errorsJson(entry_) }));
      const tail = JSON.stringify({
        rollup: { ...rollupJson(totals, info), people: totals.people, units: totals.units },
        ...rollupByYearJson(totals, info, (own) => ({ people: own.people, units: own.units })),
        readings,
        summary: options.mode === 'units'
          ? { computed: totals.units, rejected: rejected.length, declined: totals.declined }
          : { people: totals.people, units: totals.units, rejected: rejected.length, declined: totals.declined },
      }, null, 2);
      yield `,${tail.slice(1)}\n`;
    },
  };
}

