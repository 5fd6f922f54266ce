// One parser per kind of command-line value — a year or range of years, a choice from a list, a
// file or edition name, a list of --set texts — each with its one message. Every command checks its
// options through an OptionCheck, so a bad value reads the same in every command: each problem is
// one line, the first the error and the rest its details, exit status 2.
import { parseYears } from '../../base/years.js';
import type { Messages } from '../../i18n/messages.js';
import { CliError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';

export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What a parser of one kind gives: the value, or the sentences that say what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * The options of one command, checked kind by kind in the order the command asks. A method's value
 * is only meaningful once done() has returned: a bad option gives a stand-in and its problem.
 */
export class OptionCheck {
  private readonly problems: string[] = [];

  constructor(private readonly m: Messages) {}

  /** --year: one year or, with `range`, a range A-B; absent means `fallback`, or is a problem without one. */
  years(text: unknown, range: boolean, fallback?: number): number[] {
    if (text === undefined) {
      if (fallback !== undefined) return [fallback];
      this.problems.push(this.m.yearRequired);
      return [];
    }
    const parsed = parseYears(String(text), range);
    if (parsed.ok) return parsed.years;
    const problem = { invalid: this.m.yearInvalid, reversed: this.m.yearReversed, range_not_allowed: this.m.yearRangeNotAllowed }[parsed.problem];
    this.problems.push(problem(String(text)));
    return [];
  }

  /** One year (check, explain, policy): a range is refused. */
  year(text: unknown, fallback?: number): number {
    return this.years(text, false, fallback)[0] ?? Number.NaN;
  }

  /** A value from a fixed list; absent is `fallback` (undefined: the option stays unset). */
  choice<T extends string, F extends T | undefined>(option: string, value: unknown, choices: readonly T[], fallback: F): T | F {
    if (value === undefined) return fallback;
    if (choices.includes(value as T)) return value as T;
    this.problems.push(this.m.choiceInvalid(option, String(value), choices));
    return fallback;
  }

  /** A file or edition name: absent stays absent, an empty text is a problem. */
  name(option: string, value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && value !== '') return value;
    this.problems.push(this.m.optionMissingArgument(option));
    return undefined;
  }

  /** A repeatable option (--set, --people): absent is undefined. */
  list(value: unknown): string[] | undefined {
    if (value === undefined) return undefined;
    return (Array.isArray(value) ? value : [value]).map(String);
  }

  /** A value of a kind with its own parser (--revenue). */
  parsed<T>(value: unknown, parse: (text: string) => Parsed<T>): T | undefined {
    if (value === undefined) return undefined;
    const parsed = parse(String(value));
    if (parsed.ok) return parsed.value;
    this.problems.push(...parsed.problems);
    return undefined;
  }

  /** Throws the problems found so far, if any: the first is the error, the rest its details. */
  done(): void {
    const [first, ...rest] = this.problems;
    if (first !== undefined) throw new CliError(first, ExitCode.USAGE, rest);
  }
}
