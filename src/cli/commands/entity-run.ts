// What `units` and `budget` both set up before streaming: the policy, the modules they load lazily
// (so `rencai --help` loads none of them), the labels and one roll-up with the §22 fund input.
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { loadPolicyFor, type RosterOptions } from './roster.js';

export async function prepareEntityRun(options: RosterOptions, lang: Lang) {
  const m = messages(lang);
  const policy = await loadPolicyFor(options, m, lang);
  const [reader, unitsReader, stream, { Rollup }, { createLabels }, rosterMessages, { fundInput }, { rollupNotes }, { createEntityFormatter }] = await Promise.all([
    import('../../roster/read.js'), import('../../roster/units.js'), import('./entity-stream.js'), import('../../budget/rollup.js'),
    import('../../i18n/labels.js'), import('../../roster/messages.js'), import('./revenue-option.js'), import('../output/rollup-notes.js'),
    import('./entity-formatter.js'),
  ]);
  rosterMessages.setRosterLanguage(lang);
  const labels = createLabels(policy, lang);
  const rollup = new Rollup({ fund: fundInput(options.revenue, policy, options.year, lang), byCountyItem: options.format === 'html' });
  return { m, policy, reader, unitsReader, stream, labels, rollup, rollupNotes, createEntityFormatter };
}
