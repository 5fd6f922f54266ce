// Options shared by the commands that load a policy edition, possibly with a what-if scenario:
// --year, --policy, --rent-rates, --set (repeatable), --scenario. One place maps their failures
// to exit statuses: a bad scenario key or file is a usage error (2), data made invalid by it is 4.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import type { Scenario } from '../../policy/scenario.js';
import type { Policy } from '../../policy/types.js';
import { CliError, usageError } from '../errors.js';
import type { OptionCheck } from './option-kinds.js';
import { checkInputFile } from '../input-files.js';
import { ExitCode } from '../exit-codes.js';

export interface PolicySelection {
  year?: string;
  policy?: string;
  rentRates?: string;
  /** Absent when no --set was given (no default, so the help shows none in English). */
  set?: string[];
  scenario?: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function addPolicyOptions(command: Command, lang: Lang, options: { year: 'required' | 'optional' }): Command {
  const o = whatIfMessages(lang).policyOptions;
  const year = options.year === 'required' ? messages(lang).rosterOptions.year : o.year;
  return command
    .option('-y, --year <year>', year)
    .option('--policy <edition>', o.policy)
    .option('--rent-rates <file>', o.rentRates)
    .option('--set <key=value>', o.set, collect)
    .option('--scenario <file>', o.scenario);
}

/** --policy, --rent-rates, --set and --scenario, checked by their kinds; the year is each command's own. */
export function checkPolicySelection(check: OptionCheck, raw: PolicySelection): Omit<PolicySelection, 'year'> {
  return {
    policy: check.name('--policy', raw.policy),
    rentRates: check.name('--rent-rates', raw.rentRates),
    set: check.list(raw.set),
    scenario: check.name('--scenario', raw.scenario),
  };
}

/** The scenario of --scenario and --set (null without either); a bad file or key is exit 2. */
export async function readScenario(selection: PolicySelection, lang: Lang): Promise<Scenario | null> {
  const [{ parseSetOption, withSets, ScenarioError }, { readScenarioFile }] = await Promise.all([
    import('../../policy/scenario.js'), import('../../policy/what-if.js'),
  ]);
  if (selection.scenario !== undefined) checkInputFile('scenario', selection.scenario, lang);
  try {
    const fromFile = selection.scenario === undefined ? null : readScenarioFile(selection.scenario);
    return withSets(fromFile, (selection.set ?? []).map(parseSetOption));
  } catch (error) {
    if (error instanceof ScenarioError) throw usageError(whatIfMessages(lang).scenarioInvalid(error.message));
    throw error;
  }
}

/** The edition for the year (or --policy), with the scenario laid over it when one is given. */
export async function loadSelectedPolicy(selection: PolicySelection, year: number, scenario: Scenario | null, lang: Lang): Promise<Policy> {
  const [{ loadPolicyWithScenario }, { DataFileError }, { ScenarioError }] = await Promise.all([
    import('../../policy/what-if.js'), import('../../policy/data-dir.js'), import('../../policy/scenario.js'),
  ]);
  try {
    if (selection.rentRates !== undefined) checkInputFile('rentRates', selection.rentRates, lang);
    return loadPolicyWithScenario({ year, edition: selection.policy, rentRatesFile: selection.rentRates }, scenario);
  } catch (error) {
    if (error instanceof ScenarioError) throw usageError(whatIfMessages(lang).scenarioInvalid(error.message));
    if (error instanceof DataFileError) {
      const message = scenario ? whatIfMessages(lang).scenarioDataInvalid(error.file) : messages(lang).dataInvalid(error.file);
      throw new CliError(message, ExitCode.DATA, error.details);
    }
    throw error;
  }
}
