import { describe, expect, it } from 'vitest';
import type { Fen } from '../../src/base/money.js';
import { formatGrouped, formatWan, readsBetterInWan } from '../../src/i18n/number.js';
import { moneyWithWan } from '../../src/cli/output/table-style.js';

// Cases: [fen, grouped yuan, 万元 (two decimals, half up), shown in 万元?]
const cases: [number, string, string, boolean][] = [
  [0, '0.00', '0.00', false],
  [9_999, '99.99', '0.01', false], // 99.99 yuan = 0.009999 万 → 0.01
  [999_999, '9,999.99', '1.00', false], // 9,999.99 yuan = 0.999999 万 → 1.00; below 10,000 yuan, so not shown
  [1_000_000, '10,000.00', '1.00', true], // exactly 10,000 yuan = 1 万
  [123_456_789, '1,234,567.89', '123.46', true], // 123.456789 万 → 123.46 (…6789 rounds up)
  [120_000_000, '1,200,000.00', '120.00', true],
  [1_234_950_000, '12,349,500.00', '1,234.95', true],
  [5_000, '50.00', '0.01', false], // 0.005 万 rounds half up to 0.01
  [4_999, '49.99', '0.00', false], // 0.004999 万 rounds down
];

describe('money as people read it', () => {
  it.each(cases)('%i fen is grouped as %s yuan and %s 万元', (fen, grouped, wan, shown) => {
    expect(formatGrouped(fen as Fen)).toBe(grouped);
    expect(formatWan(fen as Fen)).toBe(wan);
    expect(readsBetterInWan(fen as Fen)).toBe(shown);
  });

  it('shows 万元 beside yuan in Chinese from 10,000 yuan up, and yuan alone below or in English', () => {
    expect(moneyWithWan(120_000_000 as Fen, 'zh')).toBe('1,200,000.00（120.00万元）');
    expect(moneyWithWan(999_999 as Fen, 'zh')).toBe('9,999.99');
    expect(moneyWithWan(120_000_000 as Fen, 'en')).toBe('1,200,000.00');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatGrouped(-123_456 as Fen)).toBe('-1,234.56');
    expect(formatWan(-1_000_000 as Fen)).toBe('-1.00');
  });
});
