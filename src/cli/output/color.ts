// Whether tables get colour: only for a terminal, never for a pipe or a file, never with NO_COLOR
// (https://no-color.org) unless FORCE_COLOR asks for it.
export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(options: {
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  toFile: boolean;
  /** What chalk detects for stdout (it reads FORCE_COLOR and the terminal type). */
  detected: ColorLevel;
}): ColorLevel {
  if (options.toFile) return 0;
  if ('FORCE_COLOR' in options.env) return options.detected;
  if (options.env.NO_COLOR) return 0;
  if (!options.isTTY) return 0;
  return options.detected;
}
