// The one place where a failure becomes a line on stderr and an exit status.
// User errors print one line each, never a stack; internal errors print one line, plus the
// stack only with RENCAI_DEBUG=1.
import { CommanderError } from 'commander';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { OutputClosed, OutputError } from '../io/output-errors.js';

/** A failure the user can fix: its message is already in the user's language. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    /** Further lines (e.g. each bad field of a data file), one problem per line. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }

  /** Whether the message itself says what to do (then no "run … --help" follows it). */
  get selfExplaining(): boolean {
    return false;
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, ExitCode.USAGE);
}

export { OutputClosed };

export function writeProblem(line: string): void {
  process.stderr.write(`rencai: ${line}\n`);
}

let quiet = false;

/** `-q, --quiet`: the closing summary and notes are left out; problems are still printed. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

export function isQuiet(): boolean {
  return quiet;
}

/** A closing note of a run (summary, bounds, what was written): on stderr unless --quiet. */
export function writeNote(line: string): void {
  if (!quiet) writeProblem(line);
}

/** Commander's own usage errors, in the user's language; its codes are listed in commander's docs. */
function commanderMessage(error: CommanderError, lang: Lang): string {
  const m = messages(lang);
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const suggestion = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
  const hint = suggestion ? m.didYouMean(suggestion) : '';
  switch (error.code) {
    case 'commander.unknownOption': return m.unknownOption(quoted) + hint;
    case 'commander.unknownCommand': return m.unknownCommand(quoted) + hint;
    case 'commander.missingArgument': return m.missingArgument(quoted);
    case 'commander.optionMissingArgument': return m.optionMissingArgument(quoted.split(/[ ,]/)[0] ?? quoted);
    case 'commander.excessArguments': return m.excessArguments();
    default: return (error.message.split('\n')[0] ?? '').replace(/^error: /, '');
  }
}

/**
 * Prints a failure and returns the exit status it stands for. `command` is the subcommand the
 * command line named (`rencai roster`), whose own help a usage error points at.
 */
export function reportError(error: unknown, lang: Lang, command = 'rencai'): ExitCodeValue {
  if (error instanceof OutputClosed) return ExitCode.OK;
  if (error instanceof CommanderError) {
    // --help, `help CMD` and --version "fail" with status 0; `rencai` alone prints the help and is a usage error.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.OK;
    if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    const hinted = error.code === 'commander.unknownCommand' ? 'rencai' : command;
    writeProblem(`${commanderMessage(error, lang)}${messages(lang).seeHelp(hinted)}`);
    return ExitCode.USAGE;
  }
  if (error instanceof OutputError) {
    writeProblem(error.message);
    return ExitCode.OUTPUT;
  }
  if (error instanceof CliError) {
    // A usage error points at the command's own help, unless its sentence already says what to do.
    const hint = error.exitCode === ExitCode.USAGE && error.details.length === 0 && !error.selfExplaining ? messages(lang).seeHelp(command) : '';
    writeProblem(error.message + hint);
    for (const detail of error.details) writeProblem(`  ${detail}`);
    return error.exitCode;
  }
  const text = error instanceof Error ? error.message : String(error);
  writeProblem(messages(lang).internal(text.split('\n')[0] ?? text));
  if (process.env.RENCAI_DEBUG === '1' && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  return ExitCode.INTERNAL;
}
