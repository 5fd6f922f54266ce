// parseExactDecimal reads digit by digit for speed; this holds it to the plain definition it replaced
// (a regular expression, the digits joined and converted), on the edge cases and on many random texts.
import { describe, expect, test } from 'vitest';
import { parseExactDecimal } from '../../src/base/money.js';

/** The reference: what parseExactDecimal meant before the fast path. */
function reference(text: string): { numerator: number; denominator: number } | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > 6) return null;
  const numerator = Number((match[1] ?? '') + fraction);
  if (!Number.isSafeInteger(numerator) || numerator > 1e13) return null;
  return { numerator, denominator: 10 ** fraction.length };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

describe('the digit-by-digit decimal reader agrees with its definition', () => {
  test.each([
    '0', '00', '007', '1.5', '0.065', '12.345678', '12.3456789', '1.', '.5', '1..2', '1.2.3', '', '-1', '+1', '1e3', '１２', '٣',
    '10000000000000', '10000000000001', '1000000000000.0', '1000000000000.1', '99999999999999', '00000000000000000001', '0.000001', '0.0000001', '00000000000000000001', ' 1', '1 ',
  ])('%j', (text) => {
    const parsed = parseExactDecimal(text);
    expect(parsed && { numerator: parsed.numerator, denominator: parsed.denominator }).toEqual(reference(text));
  });

  test('on 20,000 random short texts of digits, points and a few other characters', () => {
    const next = random(8);
    const alphabet = '0123456789012345678901234567890123456789..-+e ,';
    let disagreements = 0;
    let accepted = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const parsed = parseExactDecimal(text);
      const expected = reference(text);
      if (parsed) accepted++;
      if (JSON.stringify(parsed && { numerator: parsed.numerator, denominator: parsed.denominator }) !== JSON.stringify(expected)) disagreements++;
    }
    expect(disagreements).toBe(0);
    expect(accepted).toBeGreaterThan(1000); // the sample reaches the accepting side too
  });
});
