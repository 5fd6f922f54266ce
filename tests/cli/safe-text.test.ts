// The one module every person-facing text goes through (src/io/safe-text.ts).
import { describe, expect, it } from 'vitest';
import { cap, capQuoted, escapeControls, oneLine, safeMessage } from '../../src/io/safe-text.js';

describe('escapeControls', () => {
  it.each([
    ['plain 张三', 'plain 张三'],
    ['red\u001b[31m', 'red\\u001b[31m'],
    ['bell\u0007', 'bell\\u0007'],
    ['a\nb\r\tc', 'a\\nb\\r\\tc'],
    ['del\u007f c1\u009b', 'del\\u007f c1\\u009b'],
    ['rtl\u202eevil', 'rtl\\u202eevil'],
    ['sep\u2028x', 'sep\\u2028x'],
  ])('shows %j as %j', (text, shown) => {
    expect(escapeControls(text)).toBe(shown);
  });
});

describe('oneLine', () => {
  it('turns every kind of line break into a space, so a value cannot start a line', () => {
    expect(oneLine('张三\n# 标题\r\n- 项\r1. 列\u2028x\u000bq')).toBe('张三 # 标题 - 项 1. 列 x q');
  });
  it('escapes the other controls', () => {
    expect(oneLine('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
  });
});

describe('capQuoted and cap', () => {
  it('cuts a quoted value longer than 80 characters, Chinese and English quotes', () => {
    const long = '很'.repeat(200);
    expect(capQuoted(`“学历”填的是“${long}”，无法识别`)).toBe(`“学历”填的是“${'很'.repeat(80)}…”，无法识别`);
    expect(capQuoted(`"education" is "${'x'.repeat(81)}"`)).toBe(`"education" is "${'x'.repeat(80)}…"`);
  });
  it('keeps a value of exactly 80 characters whole (just in) and cuts one of 81 (just out)', () => {
    expect(capQuoted(`值“${'a'.repeat(80)}”`)).toBe(`值“${'a'.repeat(80)}”`);
    expect(capQuoted(`值“${'a'.repeat(81)}”`)).toBe(`值“${'a'.repeat(80)}…”`);
  });
  it('never cuts a surrogate pair in half', () => {
    expect(cap(`${'a'.repeat(79)}😀b`, 80)).toBe(`${'a'.repeat(79)}…`);
  });
  it('caps the whole line too, whatever it quotes', () => {
    expect(safeMessage('x'.repeat(10_000)).length).toBe(2001);
  });
});
