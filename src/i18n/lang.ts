// The language of everything a person reads: Chinese by default, English with --lang en.
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language asked for on the command line, read before commander parses it, so that
 * commander's own usage errors and the help text are already in the right language.
 */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return 'zh';
}
