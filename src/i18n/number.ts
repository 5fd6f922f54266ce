// Money as people read it: thousands grouped ("1,200,000.00") and 万元 ("120.00万元").
// Integer fen in, text out: no floating point anywhere.
import { divideRounded, formatFen, type Fen } from '../base/money.js';

const FEN_PER_WAN = 1_000_000; // 1 万元 = 10,000 yuan = 1,000,000 fen

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** fen → "1,234,567.89". */
export function formatGrouped(amount: Fen): string {
  const plain = formatFen(amount);
  const negative = plain.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? plain.slice(1) : plain).split('.');
  return `${negative ? '-' : ''}${group(whole)}.${cents}`;
}

/** fen → 万元 with two decimals, rounded half up (away from zero): 123456789 fen → "123.46". */
export function formatWan(amount: Fen): string {
  const magnitude = Math.abs(amount);
  // Hundredths of a 万元 are 10,000 fen each.
  const hundredths = divideRounded(magnitude, FEN_PER_WAN / 100, 'half_up');
  const cents = hundredths % 100;
  const whole = (hundredths - cents) / 100;
  return `${amount < 0 && hundredths > 0 ? '-' : ''}${group(String(whole))}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Whether a 万元 figure reads better than yuan alone: at 10,000 yuan and above. */
export function readsBetterInWan(amount: Fen): boolean {
  return Math.abs(amount) >= FEN_PER_WAN;
}
