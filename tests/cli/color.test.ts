import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/output/color.js';

describe('colour for tables', () => {
  it.each([
    [{}, true, false, 1, 'a terminal'],
    [{}, false, false, 0, 'a pipe'],
    [{}, true, true, 0, 'a file from --output'],
    [{ NO_COLOR: '1' }, true, false, 0, 'a terminal with NO_COLOR'],
    [{ NO_COLOR: '' }, true, false, 1, 'a terminal with an empty NO_COLOR (the convention ignores it)'],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, false, 1, 'a pipe with FORCE_COLOR'],
  ] as const)('%j, tty %s, file %s → level %i (%s)', (env, isTTY, toFile, expected, _situation) => {
    expect(colorLevel({ env: { ...env }, isTTY, toFile, detected: 1 })).toBe(expected);
  });
});
