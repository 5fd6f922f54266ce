// Exit statuses of every rencai command: a public interface (README “退出状态”).
// Scripts branch on these, so a number never changes meaning.
export const ExitCode = {
  /** Every row was computed. */
  OK: 0,
  /** Some rows were rejected; every other row was computed and printed. */
  ROWS_REJECTED: 1,
  /** `rencai test`: some case of an edition failed (the same 1: some of the input did not pass). */
  CASES_FAILED: 1,
  /** Bad command line: unknown option, bad --year, bad --format … */
  USAGE: 2,
  /** The input cannot be read as a roster (missing file, directory, undecodable, no header …). */
  INPUT: 3,
  /** The bundled policy data or a --rent-rates file is invalid. */
  DATA: 4,
  /** The output file cannot be written. */
  OUTPUT: 5,
  /** A bug in rencai. */
  INTERNAL: 70,
  /** `rencai check`: the questionnaire was left with Ctrl-C (128 + SIGINT, as shells report it). */
  CANCELLED: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
