// `rencai explain`: how each of one person's amounts came about, as a tree or JSON. The person
// comes from --answers PERSON.json or from a roster with --id (the roster streams until found).
import type { Answers } from '../../questionnaire/relevance.js';
import type { Command } from 'commander';
import type { Person } from '../../engine/types.js';
import type { ColumnError } from './claim-rejection.js';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import { checkInputFile } from '../input-files.js';
import { CliError, usageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { formatHelp, formatNames } from '../output/formats.js';
import { addPolicyOptions, checkPolicySelection, loadSelectedPolicy, readScenario, type PolicySelection } from './policy-options.js';
import type { Policy } from '../../policy/types.js';
import { ENCODINGS, OptionCheck, type Encoding } from './option-kinds.js';

interface ExplainOptions extends PolicySelection {
  format?: string;
  answers?: string;
  id?: string;
  encoding?: string;
}

export function registerExplain(program: Command, lang: Lang): void {
  const w = whatIfMessages(lang);
  const command = program
    .command('explain')
    .description(w.explainDescription)
    .argument('[roster]', w.explainArgument)
    .option('--answers <file>', w.explainOptions.answers)
    .option('--id <id>', w.explainOptions.id)
    .option('--encoding <encoding>', w.explainOptions.encoding)
    .option('-f, --format <format>', formatHelp('explain', lang));
  addPolicyOptions(command, lang, { year: 'required' })
    .addHelpText('after', w.explainExamples)
    .action(async (roster: string | undefined, raw: ExplainOptions) => {
      process.exitCode = await runExplain(roster, raw, lang);
    });
}

/** The row errors of a person that cannot be explained, one detail line each, columns named as roster names them. */
async function rowDetails(errors: readonly { column: string; message: string }[], lang: Lang): Promise<string[]> {
  const { columnZh, matchColumn } = await import('../../roster/columns.js');
  return errors.map((error) => {
    const key = matchColumn(error.column);
    return `${lang === 'zh' && key ? columnZh(key) : error.column}${lang === 'zh' ? '：' : ': '}${error.message}`;
  });
}

async function personFromAnswers(file: string, policy: Policy, lang: Lang): Promise<Person> {
  const w = whatIfMessages(lang);
  const [{ readFile }, { parsePersonAnswers }, { crossFieldRules }] = await Promise.all([import('node:fs/promises'), import('../../roster/person.js'), import('../../roster/cross-field.js')]);
  checkInputFile('answers', file, lang);
  let answers: unknown;
  try {
    answers = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? messages(lang).fileNotFound(file) : w.answersUnreadable(file, code ?? (error as Error).message), ExitCode.INPUT);
  }
  // A walk-in's file needs no ID, as in check --answers.
  const { withWalkInId } = await import('../../questionnaire/walk-in.js');
  const parsed = parsePersonAnswers(typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? withWalkInId(answers as Answers) : answers, (await import('../../roster/messages.js')).rosterMessages(lang), crossFieldRules(policy.columnRules));
  if (!parsed.ok) throw new CliError(w.answersInvalid(file), ExitCode.ROWS_REJECTED, await rowDetails(parsed.errors, lang));
  return parsed.person;
}

async function personFromRoster(file: string, id: string, encoding: Encoding, policy: Policy, lang: Lang): Promise<Person> {
  const w = whatIfMessages(lang);
  const { openRoster, RosterFileError } = await import('../../roster/read.js');
  try {
    const roster = await openRoster(file, { encoding, messages: (await import('../../roster/messages.js')).rosterMessages(lang), columnRules: policy.columnRules });
    for await (const row of roster.rows) {
      if (row.kind === 'person' && row.person.id === id) return row.person;
      if (row.kind === 'rejected' && row.id === id) throw new CliError(w.idRejected(id, row.row), ExitCode.ROWS_REJECTED, await rowDetails(row.errors, lang));
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw new CliError(error.message, ExitCode.INPUT);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(messages(lang).fileNotFound(file), ExitCode.INPUT);
    throw error;
  }
  throw new CliError(w.idNotFound(id, file), ExitCode.INPUT);
}

export async function runExplain(roster: string | undefined, options: ExplainOptions, lang: Lang): Promise<number> {
  const w = whatIfMessages(lang);
  const check = new OptionCheck(messages(lang));
  const format = check.choice('--format', options.format, formatNames('explain'), 'table');
  const encoding = check.choice('--encoding', options.encoding, ENCODINGS, 'auto');
  const year = check.year(options.year);
  const selection = checkPolicySelection(check, options);
  check.done();
  if ((roster === undefined) === (options.answers === undefined)) throw usageError(w.explainNeedsOne);
  if (roster !== undefined && options.id === undefined) throw usageError(w.explainNeedsId);
  const scenario = await readScenario(selection, lang);
  const policy = await loadSelectedPolicy(selection, year, scenario, lang);
  const person = options.answers !== undefined
    ? await personFromAnswers(options.answers, policy, lang)
    : await personFromRoster(roster as string, options.id as string, encoding, policy, lang);

  const [{ explainPerson }, { explainView, renderExplainTree }, { createLabels }, { claimViolations }, { violationErrors, claimRejectionErrors }] = await Promise.all([
    import('../../engine/explain.js'), import('../output/explain-tree.js'), import('../../i18n/labels.js'),
    import('../../engine/claim-rules.js'), import('./claim-rejection.js'),
  ]);
  const refused = async (errors: ColumnError[]) => new CliError(w.answersInvalid(options.answers ?? roster ?? ''), ExitCode.ROWS_REJECTED, await rowDetails(errors, lang));
  const violations = claimViolations(person, policy);
  if (violations.length > 0) throw await refused(violationErrors(violations, lang));
  let explained;
  try {
    explained = explainPerson(person, year, policy);
  } catch (error) {
    // A fact the data in use (changed by --set) needs and the person lacks: said like the roster's rejected row.
    const errors = claimRejectionErrors(error, lang, options.answers !== undefined ? 'answers' : 'row');
    if (!errors) throw error;
    throw await refused(errors);
  }
  const view = explainView(explained, person, policy, createLabels(policy, lang), scenario?.name ?? null);
  process.stdout.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : renderExplainTree(view, lang));
  return ExitCode.OK;
}
