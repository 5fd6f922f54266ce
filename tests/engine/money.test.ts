import { describe, expect, test } from 'vitest';
import { addFen, divideRounded, formatFen, MoneyOverflowError, multiplyFen, parseExactDecimal, parseYuan, scaleFen, splitByShare, type Fen } from '../../src/base/money.js';

const share = (text: string) => {
  const value = parseExactDecimal(text);
  if (!value) throw new Error(text);
  return value;
};

describe('money is integer fen, exact from text to text', () => {
  test.each([
    ['0', 0], ['1200000', 120000000], ['0.5', 50], ['12.34', 1234], ['3333.33', 333333],
  ])('yuan text %s reads as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  test.each(['1.005', '-1', '1e3', '1,200', '', ' 1', '¥1', '0x10', '.5', '5.'])('yuan text %j is refused rather than guessed', (text) => {
    expect(parseYuan(text)).toBeNull();
  });

  test.each([
    [0, '0.00'], [1, '0.01'], [10, '0.10'], [99, '0.99'], [100, '1.00'], [120000000, '1200000.00'], [-150, '-1.50'],
  ])('%i fen prints as %s', (fen, text) => {
    expect(formatFen(fen as Fen)).toBe(text);
  });

  test('rounding half up sends exactly .5 fen up and anything less down', () => {
    // 1 / 2 = 0.5 → 1 ; 4 / 10 = 0.4 → 0 ; 5 / 10 = 0.5 → 1 ; 14 / 10 = 1.4 → 1
    expect(divideRounded(1, 2, 'half_up')).toBe(1);
    expect(divideRounded(4, 10, 'half_up')).toBe(0);
    expect(divideRounded(5, 10, 'half_up')).toBe(1);
    expect(divideRounded(14, 10, 'half_up')).toBe(1);
    expect(divideRounded(19, 10, 'down')).toBe(1);
  });

  test('a share that lands on exactly half a fen rounds up, just under half rounds down', () => {
    // 0.01 yuan × 0.5 = 0.005 yuan = 0.5 fen → 1 fen (half up)
    expect(scaleFen(1 as Fen, share('0.5'), 'half_up')).toBe(1);
    // 0.01 yuan × 0.49 = 0.0049 yuan = 0.49 fen → 0 fen
    expect(scaleFen(1 as Fen, share('0.49'), 'half_up')).toBe(0);
    // 3333.33 yuan × 0.20 = 666.666 yuan → 666.67
    expect(scaleFen(333333 as Fen, share('0.20'), 'half_up')).toBe(66667);
    // 3333.325 is not money, but 6666.65 × 0.5 = 3333.325 → 3333.33 (the .005 case)
    expect(scaleFen(666665 as Fen, share('0.5'), 'half_up')).toBe(333333);
  });

  test('a split always sums to the whole: 10.03 at half becomes 5.02 + 5.01', () => {
    // 1003 fen × 0.5 = 501.5 → finance 502, employer the rest 501
    expect(splitByShare(1003 as Fen, share('0.5'), 'half_up')).toEqual({ share: 502, rest: 501 });
  });

  test.each([['0', 0, 12345], ['1', 12345, 0], ['0.333333', 4115, 8230]])('a split at share %s gives %i + %i of 123.45', (text, finance, rest) => {
    // 12345 × 0.333333 = 4114.99588… → 4115 ; rest 12345 − 4115 = 8230
    const parts = splitByShare(12345 as Fen, share(text), 'half_up');
    expect(parts).toEqual({ share: finance, rest });
    expect(parts.share + parts.rest).toBe(12345);
  });

  test('an amount past exact integers is an error, never a rounded float', () => {
    expect(() => multiplyFen(Number.MAX_SAFE_INTEGER as Fen, 2)).toThrow(MoneyOverflowError);
  });
});

describe('large amounts', () => {
  test('a research grant written with fen, 1500000.00, reads exactly (it was refused once)', () => {
    // 1,500,000.00 yuan = 150,000,000 fen
    expect(parseYuan('1500000.00')).toBe(150000000);
    expect(parseYuan('5000000.00')).toBe(500000000);
  });
  test('up to 100 billion yuan reads; beyond that is refused rather than risk inexact products', () => {
    // 100,000,000,000.00 yuan → numerator 10^13 (the limit) ; one fen more → refused
    expect(parseYuan('100000000000.00')).toBe(1e13);
    expect(parseYuan('100000000000.01')).toBeNull();
  });

  test('a plain number is no fen to the compiler: an amount in yuan becomes fen through parseYuan', () => {
    // @ts-expect-error 1200 is a number (yuan, a count, a month …), not a Fen: tests/tsconfig.json fails if it compiles
    const unchecked: Fen = 1200;
    // 1200 yuan + 0.50 yuan = 120,000 + 50 = 120,050 fen
    expect(addFen(parseYuan('1200')!, parseYuan('0.50')!)).toBe(120_050);
    expect(unchecked).toBe(1200);
  });
});
