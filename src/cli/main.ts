// The rencai command line. Start-up stays light: this file loads commander and the message
// catalogue only; each command loads the reader, the engine and the formatters when it runs.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { helpConfiguration } from './help.js';
import { StdoutFailed, reportError, setQuiet, usageError } from './errors.js';
import { LANGS, langFromArgv, type Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { registerRoster } from './commands/roster.js';
import { registerPolicy } from './commands/policy.js';
import { registerExplain } from './commands/explain.js';
import { registerCompare } from './commands/compare.js';
import { registerTemplate } from './commands/template.js';
import { registerValidate } from './commands/validate.js';
import { registerCheck } from './commands/check.js';
import { registerUnits } from './commands/units.js';
import { registerBudget } from './commands/budget.js';
import { registerTest } from './commands/test.js';

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '0.0.0';
}

export function buildProgram(lang: Lang): Command {
  const m = messages(lang);
  const program = new Command('rencai');
  program
    .description(m.programDescription)
    .usage(m.programUsage)
    .version(packageVersion(), '-V, --version', m.versionOption)
    .helpOption('-h, --help', m.helpOption)
    .helpCommand(lang === 'zh' ? 'help [命令]' : 'help [command]', m.helpCommand)
    .option('--lang <lang>', m.langOption)
    .option('-q, --quiet', m.quietOption)
    .option('--no-input', m.noInputOption)
    .configureHelp(helpConfiguration(lang))
    .configureOutput({
      // Usage errors are printed by reportError, in the user's language; help goes through as is.
      outputError: () => {},
    })
    .exitOverride()
    .addHelpText('after', m.programExamples)
    .hook('preAction', (command) => {
      const value: unknown = command.opts().lang;
      if (value !== undefined && !LANGS.includes(value as Lang)) throw usageError(m.choiceInvalid('--lang', String(value), LANGS));
      setQuiet(command.opts().quiet === true);
    });
  registerRoster(program, lang);
  registerPolicy(program, lang);
  registerExplain(program, lang);
  registerCompare(program, lang);
  registerTemplate(program, lang);
  registerValidate(program, lang);
  registerCheck(program, lang);
  registerUnits(program, lang);
  registerBudget(program, lang);
  registerTest(program, lang);
  return program;
}

/** Options of the program itself that take a value, so that the value is not read as the command. */
const GLOBAL_VALUE_OPTIONS = new Set(['--lang']);

/** The words of the command line that are not options: the command, then its arguments. */
function operands(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (GLOBAL_VALUE_OPTIONS.has(arg)) i += 1;
    else if (!arg.startsWith('-') || arg === '-') words.push(arg);
  }
  return words;
}

/** Edit distance, for "did you mean" after `rencai help CMD` with an unknown CMD. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** `rencai help CMD` for a CMD that does not exist says so, with the nearest command, instead of the program's help. */
function checkHelpTopic(program: Command, words: readonly string[], lang: Lang): void {
  if (words[0] !== 'help' || words[1] === undefined) return;
  const names = program.createHelp().visibleCommands(program).map((command) => command.name());
  const topic = words[1];
  // `help` is no command of its own to commander; its page is the program's, as `rencai help --help` shows.
  if (topic === 'help') program.help();
  if (names.includes(topic)) return;
  const m = messages(lang);
  const [nearest] = names.map((name) => ({ name, far: distance(topic, name) })).sort((x, y) => x.far - y.far);
  const hint = nearest && nearest.far <= Math.max(2, Math.floor(topic.length / 3)) ? m.didYouMean(nearest.name) : '';
  throw usageError(m.unknownCommand(topic) + hint);
}

/** Runs the CLI; the exit status is left in process.exitCode so stdout can drain. */
export async function main(argv: string[]): Promise<void> {
  const lang = langFromArgv(argv.slice(2));
  const words = operands(argv.slice(2));
  // A reader that closes the pipe early (`| head`) ends the run quietly; the command sees it too.
  // stdout that cannot be written (a full disk) is exit 5 with a sentence; it is reported once.
  let stdoutReported = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || stdoutReported) return;
    stdoutReported = true;
    process.exitCode = reportError(new StdoutFailed(error.code ?? error.message), lang);
  });
  const program = buildProgram(lang);
  const command = words[0] !== undefined && words[0] !== 'help' && program.commands.some((entry) => entry.name() === words[0]) ? `rencai ${words[0]}` : 'rencai';
  try {
    checkHelpTopic(program, words, lang);
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof StdoutFailed && stdoutReported) return;
    if (error instanceof StdoutFailed) stdoutReported = true;
    process.exitCode = reportError(error, lang, command);
  }
}
