// What `units` and `budget` both set up before streaming: the policy, the modules they load lazily
// (so `rencai --help` loads none of them), the labels and one roll-up with the §22 fund input.
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { loadPolicyFor, runRollup } from './roster.js';
import type { RosterOptions } from './roster-options.js';
import { loadYearPolicies } from './year-policies.js';

export async function prepareEntityRun(options: RosterOptions, lang: Lang) {
  const m = messages(lang);
  const { plan, policy } = await loadYearPolicies(options, (each, quiet) => loadPolicyFor(each, m, lang, quiet));
  const [reader, unitsReader, stream, { YearsRollup }, { createLabels }, rosterMessages, { rollupNotes }, { createEntityFormatter }] = await Promise.all([
    import('../../roster/read.js'), import('../../roster/units.js'), import('./entity-stream.js'), import('../../budget/years.js'),
    import('../../i18n/labels.js'), import('../../roster/messages.js'), import('../output/rollup-notes.js'),
    import('./entity-formatter.js'),
  ]);
  const labels = createLabels(policy, lang);
  const rollup = await runRollup(options, plan, lang, YearsRollup);
  return { m, readerMessages: rosterMessages.rosterMessages(lang), plan, policy, reader, unitsReader, stream, labels, rollup, rollupNotes, createEntityFormatter };
}
