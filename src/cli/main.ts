// The rencai command line. Start-up stays light: this file loads commander and the message
// catalogue only; each command loads the reader, the engine and the formatters when it runs.
import { readFileSync } from 'node:fs';
import { Command, Help } from 'commander';
import { reportError, usageError } from './errors.js';
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
    .helpCommand('help [command]', m.helpCommand)
    .option('--lang <lang>', m.langOption)
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title: string) => m.helpTitles[title] ?? Help.prototype.styleTitle.call(new Help(), title),
    })
    .configureOutput({
      // Usage errors are printed by reportError, in the user's language; help goes through as is.
      outputError: () => {},
    })
    .exitOverride()
    .addHelpText('after', m.programExamples)
    .hook('preAction', (command) => {
      const value: unknown = command.opts().lang;
      if (value !== undefined && !LANGS.includes(value as Lang)) throw usageError(m.choiceInvalid('--lang', String(value), LANGS));
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

/** Runs the CLI; the exit status is left in process.exitCode so stdout can drain. */
export async function main(argv: string[]): Promise<void> {
  const lang = langFromArgv(argv.slice(2));
  // A reader that closes the pipe early (`| head`) ends the run quietly; the command sees it too.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = reportError(error, lang);
  });
  try {
    await buildProgram(lang).parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error, lang);
  }
}
