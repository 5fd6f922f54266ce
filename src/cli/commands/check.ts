// `rencai check`: one person at the service window. The facts come from the questionnaire (on a
// terminal), from --answers FILE and from fact flags (--work-level …), always as the contract's
// answers object, validated by parsePersonAnswers — the same path as a roster row's JSON twin —
// then computed by the one engine and printed as text, Markdown or one `people` entry of roster.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DATA_DIR } from '../../policy/data-dir.js';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import { whatIfMessages } from '../../i18n/what-if-messages.js';
import type { Answers } from '../../questionnaire/relevance.js';
import type { ContractKey } from '../../roster/columns.js';
import { checkMessages } from '../../questionnaire/messages.js';
import { CliError, isQuiet, usageError, writeProblem } from '../errors.js';
import { checkInputFile } from '../input-files.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { checkPolicySelection } from './policy-options.js';
import { OptionCheck } from './option-kinds.js';
import { formatHelp, formatNames, type FormatName } from '../output/formats.js';

/** The fact flags: each roster key as --kebab-case, taking a cell as written in a roster. */
const FACT_KEYS = [
  'id', 'name', 'honors', 'education', 'degree', 'title', 'skill', 'intro_mode', 'employer_type', 'fiscal_share',
  'employer_level', 'county', 'work_level', 'housing_reform', 'base_salary', 'start', 'end', 'rent_per_m2', 'fresh_graduate',
] as const;

const flagOf = (key: string) => key.replace(/_/g, '-');
const camelOf = (key: string) => key.replace(/_(\w)/g, (_whole, letter: string) => letter.toUpperCase());

export interface CheckOptions {
  year: number;
  format: FormatName;
  answers?: string | undefined;
  output?: string | undefined;
  rentRates?: string | undefined;
  policy?: string | undefined;
  /** What-if: parameter changes and a scenario file for this check (as in roster). */
  set?: string[] | undefined;
  scenario?: string | undefined;
  facts: Answers;
  /** --no-input: compute from --answers and the fact flags only, never prompt. */
  noInput?: boolean;
}

export function registerCheck(program: Command, lang: Lang): void {
  const c = checkMessages(lang);
  const command = program
    .command('check')
    .description(c.description)
    .option('-y, --year <year>', c.options.year)
    .option('--answers <file>', c.options.answers)
    .option('-f, --format <format>', formatHelp('check', lang))
    .option('-o, --output <file>', c.options.output)
    .option('--rent-rates <file>', c.options.rentRates)
    .option('--policy <edition>', c.options.policy)
    .option('--set <key=value>', whatIfMessages(lang).policyOptions.set, (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--scenario <file>', whatIfMessages(lang).policyOptions.scenario);
  const headers = lang === 'zh' ? columnHeaders() : {};
  for (const key of FACT_KEYS) command.option(`--${flagOf(key)} <value>`, c.options.fact(headers[key] ?? key));
  command.addHelpText('after', c.examples).action(async (raw: Record<string, unknown>, self: Command) => {
    const options = validateCheckOptions(raw, lang);
    // --no-input is global: never prompt, even at a terminal.
    if (self.optsWithGlobals().input === false) options.noInput = true;
    process.exitCode = await runCheck(options, lang);
  });
}

/** The Chinese header of each roster column (data/codes.json), read without the vocabulary's schema: help stays light. */
function columnHeaders(): Record<string, string> {
  try {
    const codes = JSON.parse(readFileSync(join(DATA_DIR, 'codes.json'), 'utf8')) as { columns?: { key: string; zh: string }[] };
    return Object.fromEntries((codes.columns ?? []).map((column) => [column.key, column.zh]));
  } catch {
    return {}; // the data error is reported when the command runs
  }
}

export function validateCheckOptions(raw: Record<string, unknown>, lang: Lang): CheckOptions {
  const check = new OptionCheck(messages(lang));
  const year = check.year(raw.year, new Date().getFullYear());
  const format = check.choice('--format', raw.format, formatNames('check'), 'table');
  const facts: Answers = {};
  for (const key of FACT_KEYS) {
    const value = raw[camelOf(key)];
    if (typeof value === 'string') facts[key] = value;
  }
  // An empty file name is taken as none here, as it always was for check.
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const options: CheckOptions = {
    year,
    format,
    answers: text(raw.answers),
    output: text(raw.output),
    ...checkPolicySelection(check, { policy: text(raw.policy), rentRates: text(raw.rentRates), scenario: text(raw.scenario), set: raw.set as string[] | undefined }),
    facts,
  };
  check.done();
  return options;
}

async function readAnswersFile(path: string, lang: Lang): Promise<Answers> {
  const c = checkMessages(lang);
  checkInputFile('answers', path, lang, true);
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError(code === 'ENOENT' ? messages(lang).fileNotFound(path) : c.cannotReadAnswers(path, code), ExitCode.INPUT);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as Answers;
  } catch (error) {
    throw new CliError(c.cannotReadAnswers(path, error instanceof Error ? error.message : String(error)), ExitCode.INPUT);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Prompts need a person at a terminal: keys in on stdin, questions out on stderr (stdout keeps the result). */
function canPrompt(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}

/** The notice's folder exists and can be written, and the name is not a folder (exit 5 otherwise, as a failed write). */
function checkOutputPath(path: string, m: ReturnType<typeof messages>): void {
  const fail = (code: string): never => {
    throw new CliError(m.outputFailed(path, m.ioReason(code)), ExitCode.OUTPUT);
  };
  try {
    if (statSync(path).isDirectory()) fail('EISDIR');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail((error as NodeJS.ErrnoException).code ?? 'EACCES');
  }
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) fail('ENOTDIR');
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    fail((error as NodeJS.ErrnoException).code ?? 'EACCES');
  }
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function runCheck(options: CheckOptions, lang: Lang): Promise<ExitCodeValue> {
  const c = checkMessages(lang);
  const m = messages(lang);
  const inputs = [{ option: '--answers', path: options.answers }, { option: '--rent-rates', path: options.rentRates }];
  await (await import('./output-guard.js')).refuseOutputOverInput(options.output, inputs, lang);
  const [{ loadPolicy }, { DataFileError }, { parsePersonAnswers }, { rosterMessages }, { computePerson }] = await Promise.all([
    import('../../policy/load.js'),
    import('../../policy/data-dir.js'),
    import('../../roster/person.js'),
    import('../../roster/messages.js'),
    import('../../engine/index.js'),
  ]);
  let policy;
  if (options.set?.length || options.scenario !== undefined) {
    const { readScenario, loadSelectedPolicy } = await import('./policy-options.js');
    const selection = { policy: options.policy, rentRates: options.rentRates, set: options.set, scenario: options.scenario };
    const scenario = await readScenario(selection, lang);
    policy = await loadSelectedPolicy(selection, options.year, scenario, lang);
    if (scenario) process.stderr.write(`${whatIfMessages(lang).scenarioApplied(scenario.name, scenario.sets.length)}\n`);
  } else {
    try {
      if (options.rentRates !== undefined) checkInputFile('rentRates', options.rentRates, lang);
      policy = loadPolicy({ year: options.year, edition: options.policy, rentRatesFile: options.rentRates });
    } catch (error) {
      if (error instanceof DataFileError) throw new CliError(m.dataInvalid(error.file), ExitCode.DATA, error.details);
      throw error;
    }
  }

  const given: Answers = { ...(options.answers ? await readAnswersFile(options.answers, lang) : {}), ...options.facts };
  let answers: Answers;
  let person;
  const interactive = options.answers === undefined && options.noInput !== true && canPrompt();
  // Before the first question: a notice that cannot be written, or a fact option that is wrong, is
  // said now, not after the person has answered everything.
  if (options.output !== undefined) checkOutputPath(options.output, m);
  if (interactive) {
    const { fieldProblem } = await import('../../questionnaire/relevance.js');
    const { createLabels } = await import('../../i18n/labels.js');
    const labels = createLabels(policy, lang);
    const problems = Object.entries(options.facts).flatMap(([key, value]) => {
      const problem = fieldProblem(key as ContractKey, value ?? '', given, options.year, policy, lang);
      return problem === null ? [] : [`${labels.column(key)}${lang === 'zh' ? '：' : ': '}${problem}`];
    });
    if (problems.length > 0) throw new CliError(c.answersRejected(problems.length), ExitCode.ROWS_REJECTED, problems);
    const [{ runQuestionnaire }, { createInquirerPrompter, QuestionnaireCancelled }] = await Promise.all([
      import('../../questionnaire/flow.js'),
      import('../../questionnaire/prompter.js'),
    ]);
    const prompter = createInquirerPrompter({ output: process.stderr }, lang);
    try {
      ({ answers, person } = await runQuestionnaire(
        { prompter, lang, policy, year: options.year, say: (line) => process.stderr.write(`${line}\n`) },
        given,
      ));
    } catch (error) {
      if (error instanceof QuestionnaireCancelled) throw new CliError(c.cancelled, ExitCode.CANCELLED);
      throw error;
    }
  } else {
    if (options.answers === undefined && Object.keys(options.facts).length === 0) throw usageError(options.noInput === true ? c.noInput : c.noTty);
    const { withWalkInId } = await import('../../questionnaire/walk-in.js');
    answers = given;
    const parsed = parsePersonAnswers(withWalkInId(answers), rosterMessages(lang), (await import('../../roster/cross-field.js')).crossFieldRules(policy.columnRules));
    if (!parsed.ok) {
      const { createLabels } = await import('../../i18n/labels.js');
      const labels = createLabels(policy, lang);
      throw new CliError(
        c.answersRejected(parsed.errors.length),
        ExitCode.ROWS_REJECTED,
        parsed.errors.map((error) => `${labels.column(error.column)}${lang === 'zh' ? '：' : ': '}${error.message}`),
      );
    }
    person = parsed.person;
  }

  // The claim rules of the text (claim-rules.json), the same the roster applies: a contradiction is refused here too.
  const { claimViolations } = await import('../../engine/claim-rules.js');
  const violations = claimViolations(person, policy);
  if (violations.length > 0) {
    const [{ createLabels }, { violationErrors }] = await Promise.all([import('../../i18n/labels.js'), import('./claim-rejection.js')]);
    const labels = createLabels(policy, lang);
    throw new CliError(c.answersRejected(violations.length), ExitCode.ROWS_REJECTED,
      violationErrors(violations, lang).map((error) => `${labels.column(error.column)}${lang === 'zh' ? '：' : ': '}${error.message}`));
  }
  let result;
  try {
    result = computePerson(person, options.year, policy);
  } catch (error) {
    // A fact the data in use (changed by --set) needs and the answers leave out: said like the roster's rejected row.
    const errors = (await import('./claim-rejection.js')).claimRejectionErrors(error, lang, 'answers');
    if (!errors) throw error;
    const labels = (await import('../../i18n/labels.js')).createLabels(policy, lang);
    throw new CliError(c.answersRejected(errors.length), ExitCode.ROWS_REJECTED, errors.map((entry) => `${labels.column(entry.column)}${lang === 'zh' ? '：' : ': '}${entry.message}`));
  }
  const { buildReport, renderReport } = await import('../../questionnaire/report.js');
  const { writeNotice } = await import('../../questionnaire/notice.js');
  let text: string;
  if (options.format === 'json') {
    const { checkJson } = await import('../output/check-json.js');
    text = `${JSON.stringify(checkJson(person, result, options.year, policy, lang), null, 2)}\n`;
  } else {
    const report = buildReport({ person, result, year: options.year, policy, lang });
    text = renderReport(report, options.format === 'md' ? 'markdown' : 'text');
  }
  process.stdout.write(text);

  if (options.output !== undefined) {
    const { buildNotice } = await import('../../questionnaire/notice-model.js');
    const notice = buildNotice({ result, year: options.year, policy, lang, printedOn: today() });
    await writeNotice(options.output, notice, lang, m.outputFailed);
    if (!isQuiet()) writeProblem(c.wrote(options.output)); // one `rencai: ` line like every other; a path's line break shown as \n
  }
  return ExitCode.OK;
}
