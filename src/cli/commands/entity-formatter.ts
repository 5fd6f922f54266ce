// The formatter of `rencai units` and `rencai budget` for --format table | json | csv | html.
import type { BudgetFormatter, RejectedEntry, RunInfo } from '../output/types.js';
import { outputColorLevel, type RosterOptions } from './roster.js';

export interface EntityFormatterOptions {
  mode: 'units' | 'budget';
  /** Per-entity lines (units: unless --summary; budget: with --detail). */
  detail: boolean;
  column: (key: string, entry: RejectedEntry) => string;
}

export async function createEntityFormatter(info: RunInfo, options: RosterOptions, entity: EntityFormatterOptions): Promise<BudgetFormatter> {
  if (options.format === 'html') {
    return (await import('../output/budget-html.js')).createBudgetHtmlFormatter(info, { command: `rencai ${entity.mode}`, column: entity.column });
  }
  if (options.format === 'json') {
    const arrays = entity.mode === 'units' ? ['units' as const] : entity.detail ? ['people' as const, 'units' as const] : [];
    return (await import('../output/budget-json.js')).createBudgetJsonFormatter(info, { mode: entity.mode, arrays });
  }
  if (options.format === 'csv') {
    const csv = { header: options.header ?? 'en', bom: options.output !== undefined };
    return entity.mode === 'units'
      ? (await import('../output/units-csv.js')).createUnitsCsvFormatter(info, csv)
      : (await import('../output/budget-csv.js')).createBudgetCsvFormatter(info, csv);
  }
  const { createBudgetTableFormatter } = await import('../output/budget-table.js');
  return createBudgetTableFormatter(info, { colorLevel: await outputColorLevel(options), mode: entity.mode, column: entity.column });
}
