// The roster reader and the questionnaire take the edition's rules between columns (policy.columnRules)
// from the command that loaded it; tests that read rows outside a command take the bundled edition's.
import { loadLatestPolicy } from '../src/policy/load.js';
import { crossFieldRules } from '../src/roster/cross-field.js';
import { rosterMessages, type RosterMessages } from '../src/roster/messages.js';
import { parsePersonAnswers, parsePersonRecord, type PersonParse, type PersonRecord } from '../src/roster/person.js';
import { openRoster, type OpenedRoster, type OpenRosterOptions } from '../src/roster/read.js';

export const BUNDLED_COLUMN_RULES = loadLatestPolicy().columnRules;
export const BUNDLED_RULES = crossFieldRules(BUNDLED_COLUMN_RULES);

/** One roster row read as the bundled edition reads it. */
export const parseRecord = (record: PersonRecord, m: RosterMessages = rosterMessages('zh')): PersonParse => parsePersonRecord(record, m, BUNDLED_RULES);

/** An answers object read as the bundled edition reads it. */
export const parseAnswers = (answers: unknown, m: RosterMessages = rosterMessages('zh')): PersonParse => parsePersonAnswers(answers, m, BUNDLED_RULES);

/** A roster opened with the bundled edition's rules between columns. */
export const openBundledRoster = (source: string, options: OpenRosterOptions = {}): Promise<OpenedRoster> =>
  openRoster(source, { ...options, columnRules: BUNDLED_COLUMN_RULES });
