// The formatter of `rencai units` and `rencai budget`: the writer of the format's registry entry.
import { outputFormat, type EntityContext } from '../output/formats.js';
import type { BudgetFormatter, RunInfo } from '../output/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { RosterOptions } from './roster-options.js';
import { writerContext } from './run-output.js';

export async function createEntityFormatter(info: RunInfo, options: RosterOptions, entity: EntityContext, m: Messages): Promise<BudgetFormatter> {
  return outputFormat(options.format).entities!(info, writerContext(options, m), entity);
}
