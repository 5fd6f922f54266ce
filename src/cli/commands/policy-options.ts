// Options shared by the commands that load a policy edition, possibly with a what-if scenario:
// --year, --policy, --rent-rates, --set (repeatable), --scenario. One place maps their failures
// to exit statuses: a bad scenario key or file is a usage error (2), data made invalid by it is 4.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import type { Scenario, ScenarioError } from '../../policy/scenario.js';
import { scenarioProblemText } from '../../i18n/scenario-messages.js';
import { dataDetailIn } from '../../i18n/data-details.js';
import type { Policy } from '../../policy/types.js';
import { CliError } from '../errors.js';
import type { OptionCheck } from './option-kinds.js';
import { checkInputFile } from '../input-files.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';

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

/** A scenario that cannot be applied, in the user's language: exit 2 on the command line, 4 in a case file. */
export function scenarioFailure(error: ScenarioError, lang: Lang, exitCode: ExitCodeValue = ExitCode.USAGE): CliError {
  const { message, details } = scenarioProblemText(error.problem, lang);
  return new CliError(whatIfMessages(lang).scenarioInvalid(message), exitCode, details);
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
    if (error instanceof ScenarioError) throw scenarioFailure(error, lang);
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
    if (error instanceof ScenarioError) throw scenarioFailure(error, lang);
    if (error instanceof DataFileError) {
      if (!scenario) throw new CliError(messages(lang).dataInvalid(error.file), ExitCode.DATA, error.details);
      // A value set by the user broke the data: they read the reason, so it is in their language.
      throw new CliError(whatIfMessages(lang).scenarioDataInvalid(error.file), ExitCode.DATA, error.details.map((line) => dataDetailIn(line, lang)));
    }
    throw error;
  }
}
