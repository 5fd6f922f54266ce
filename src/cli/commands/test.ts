// `rencai test [PATH]`: an edition's own cases, run as the roster is run; one line per failing case.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { caseMessages } from '../../i18n/case-messages.js';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { scenarioFailure } from './policy-options.js';

export function registerTest(program: Command, lang: Lang): void {
  const t = caseMessages(lang);
  program
    .command('test')
    .description(t.description)
    .argument(lang === 'zh' ? '[路径]' : '[path]', t.argument)
    .addHelpText('after', t.examples)
    .action(async (path: string | undefined) => {
      process.exitCode = await runTest(path, lang);
    });
}

export async function runTest(path: string | undefined, lang: Lang): Promise<number> {
  const t = caseMessages(lang);
  const [{ caseFilesOf }, { runCaseFiles }, { DataFileError }, { ScenarioError }, { rosterMessages }] = await Promise.all([
    import('../../cases/files.js'), import('../../cases/run.js'), import('../../policy/data-dir.js'), import('../../policy/scenario.js'),
    import('../../roster/messages.js'),
  ]);
  try {
    const files = caseFilesOf(path);
    if (files === null) throw usageError(t.notFound(path ?? ''));
    if (files.length === 0) throw usageError(t.noCases(path ?? 'data/policies'));
    const outcomes = runCaseFiles(files, rosterMessages(lang));
    const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));
    const failed = outcomes.filter((outcome) => outcome.problems.length > 0);
    for (const outcome of failed) {
      const problems = outcome.problems.map((problem) => (problem.kind === 'person'
        ? t.personInvalid(problem.column, problem.message)
        : t.difference(problem.field, problem.expected, problem.actual))).join(t.separator);
      process.stdout.write(`${t.failed(shown(outcome.file), outcome.name, outcome.year, problems)}\n`);
    }
    process.stderr.write(`${t.summary(outcomes.length, failed.length)}\n`);
    return failed.length > 0 ? ExitCode.CASES_FAILED : ExitCode.OK;
  } catch (error) {
    if (error instanceof DataFileError) throw new CliError(messages(lang).dataInvalid(error.file), ExitCode.DATA, error.details);
    if (error instanceof ScenarioError) throw scenarioFailure(error, lang, ExitCode.DATA);
    throw error;
  }
}
