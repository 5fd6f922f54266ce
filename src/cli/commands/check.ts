// `rencai check`: one person at the service window. The facts come from the questionnaire (on a
// terminal), from --answers FILE and from fact flags (--work-level …), always as the contract's
// answers object, validated by parsePersonAnswers — the same path as a roster row's JSON twin —
// then computed by the one engine and printed as text, Markdown or one `people` entry of roster.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Lang } from '../../i18n/lang.js';
import { messages } from '../../i18n/messages.js';
import type { Answers } from '../../questionnaire/relevance.js';
import { checkMessages } from '../../questionnaire/messages.js';
import { CliError, usageError, writeProblem } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';

export const CHECK_FORMATS = ['table', 'json', 'md'] as const;

/** The fact flags: each roster key as --kebab-case, taking a cell as written in a roster. */
const FACT_KEYS = [
  'id', 'name', 'honors', 'education', 'degree', 'title', 'skill', 'intro_mode', 'employer_type', 'fiscal_share',
  'employer_level', 'county', 'work_level', 'housing_reform', 'base_salary', 'start', 'end', 'rent_per_m2', 'fresh_graduate',
] as const;

const flagOf = (key: string) => key.replace(/_/g, '-');
const camelOf = (key: string) => key.replace(/_(\w)/g, (_whole, letter: string) => letter.toUpperCase());

export interface CheckOptions {
  year: number;
  format: (typeof CHECK_FORMATS)[number];
  answers?: string | undefined;
  output?: string | undefined;
  rentRates?: string | undefined;
  policy?: string | undefined;
  facts: Answers;
}

export function registerCheck(program: Command, lang: Lang): void {
  const c = checkMessages(lang);
  const command = program
    .command('check')
    .description(c.description)
    .option('-y, --year <year>', c.options.year)
    .option('--answers <file>', c.options.answers)
    .option('-f, --format <format>', c.options.format)
    .option('-o, --output <file>', c.options.output)
    .option('--rent-rates <file>', c.options.rentRates)
    .option('--policy <edition>', c.options.policy);
  for (const key of FACT_KEYS) command.option(`--${flagOf(key)} <value>`, c.options.fact(key));
  command.addHelpText('after', c.examples).action(async (raw: Record<string, unknown>) => {
    process.exitCode = await runCheck(validateCheckOptions(raw, lang), lang);
  });
}

export function validateCheckOptions(raw: Record<string, unknown>, lang: Lang): CheckOptions {
  const m = messages(lang);
  const yearText = raw.year === undefined ? String(new Date().getFullYear()) : String(raw.year);
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2200) throw usageError(m.yearInvalid(yearText));
  const format = raw.format === undefined ? 'table' : String(raw.format);
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) throw usageError(m.choiceInvalid('--format', format, CHECK_FORMATS));
  const facts: Answers = {};
  for (const key of FACT_KEYS) {
    const value = raw[camelOf(key)];
    if (typeof value === 'string') facts[key] = value;
  }
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  return {
    year: Number(yearText),
    format: format as CheckOptions['format'],
    answers: text(raw.answers),
    output: text(raw.output),
    rentRates: text(raw.rentRates),
    policy: text(raw.policy),
    facts,
  };
}

async function readAnswersFile(path: string, lang: Lang): Promise<Answers> {
  const c = checkMessages(lang);
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
  const [{ loadPolicy }, { DataFileError }, { parsePersonAnswers }, { setRosterLanguage }, { computePerson }] = await Promise.all([
    import('../../policy/load.js'),
    import('../../policy/data-dir.js'),
    import('../../roster/person.js'),
    import('../../roster/messages.js'),
    import('../../engine/index.js'),
  ]);
  setRosterLanguage(lang);
  let policy;
  try {
    policy = loadPolicy({ year: options.year, edition: options.policy, rentRatesFile: options.rentRates });
  } catch (error) {
    if (error instanceof DataFileError) throw new CliError(m.dataInvalid(error.file), ExitCode.DATA, error.details);
    throw error;
  }

  const given: Answers = { ...(options.answers ? await readAnswersFile(options.answers, lang) : {}), ...options.facts };
  let answers: Answers;
  let person;
  const interactive = options.answers === undefined && canPrompt();
  if (interactive) {
    const [{ runQuestionnaire }, { createInquirerPrompter, QuestionnaireCancelled }] = await Promise.all([
      import('../../questionnaire/flow.js'),
      import('../../questionnaire/prompter.js'),
    ]);
    const prompter = createInquirerPrompter({ output: process.stderr });
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
    if (options.answers === undefined && Object.keys(options.facts).length === 0) throw usageError(c.noTty);
    answers = given;
    const parsed = parsePersonAnswers(answers);
    if (!parsed.ok) {
      const { createLabels } = await import('../../i18n/labels.js');
      const labels = createLabels(policy, lang);
      throw new CliError(
        c.answersRejected(parsed.errors.length),
        ExitCode.ROWS_REJECTED,
        parsed.errors.map((error) => `${labels.column(error.column)}：${error.message}`),
      );
    }
    person = parsed.person;
  }

  const result = computePerson(person, options.year, policy);
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
    const report = buildReport({ person, result, year: options.year, policy, lang, answers, printedOn: today() });
    await writeNotice(options.output, report, m.outputFailed);
    writeProblem(c.wrote(options.output)); // one `rencai: ` line like every other; a path's line break shown as \n
  }
  return ExitCode.OK;
}
