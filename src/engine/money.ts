// Money is integer fen (0.01 yuan) held in a JS number: exact for every integer below 2^53
// (90 trillion yuan), far beyond any budget here. Every operation checks that it stays exact,
// so a result is either right to the fen or an error — never a silently rounded float.

export type Fen = number;

/** A non-negative exact decimal read from text, as numerator / 10^scale (e.g. "0.65" → 65 / 100). */
export interface ExactDecimal {
  readonly numerator: number;
  readonly denominator: number;
  readonly text: string;
}

export class MoneyOverflowError extends Error {
  constructor(what: string) {
    super(`amount too large to stay exact: ${what}`);
    this.name = 'MoneyOverflowError';
  }
}

function checked(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new MoneyOverflowError(what);
  return value;
}

export function addFen(a: Fen, b: Fen): Fen {
  return checked(a + b, `${a} + ${b}`);
}

export function multiplyFen(a: Fen, count: number): Fen {
  return checked(a * count, `${a} × ${count}`);
}

/** The rounding modes the digest names; only half-up is used by the 2013 edition. */
export type RoundingMode = 'half_up' | 'down' | 'up';

/** numerator / denominator, both safe non-negative integers, rounded to an integer by `mode`. */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  checked(numerator, `${numerator} / ${denominator}`);
  if (numerator < 0 || denominator <= 0) throw new RangeError('divideRounded takes a non-negative numerator and a positive denominator');
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (mode === 'half_up' && remainder * 2 >= denominator) return quotient + 1;
  if (mode === 'up' && remainder > 0) return quotient + 1;
  return quotient;
}

/** amount × decimal, rounded to the fen by `mode`. */
export function scaleFen(amount: Fen, factor: ExactDecimal, mode: RoundingMode): Fen {
  return divideRounded(checked(amount * factor.numerator, `${amount} × ${factor.text}`), factor.denominator, mode);
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const MAX_SCALE = 6;
/**
 * The largest numerator read (digits without the point): 10^13 fen is 100 billion yuan. Products
 * beyond exact integers are still caught by the checked operations, as MoneyOverflowError.
 */
const MAX_NUMERATOR = 1e13;

/** Reads "12", "12.5", "0.065" exactly; null for anything else (signs, exponents, separators). */
export function parseExactDecimal(text: string): ExactDecimal | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > MAX_SCALE) return null;
  const denominator = 10 ** fraction.length;
  const numerator = Number((match[1] ?? '') + fraction);
  if (!Number.isSafeInteger(numerator) || numerator > MAX_NUMERATOR) return null;
  return { numerator, denominator, text };
}

/** Yuan text with at most two decimals ("1200000", "0.5", "12.34") → fen; null when not exact to the fen. */
export function parseYuan(text: string): Fen | null {
  const decimal = parseExactDecimal(text);
  if (!decimal || decimal.denominator > 100) return null;
  return decimal.numerator * (100 / decimal.denominator);
}

/** fen → "1234.56": always two decimals, no grouping. */
export function formatFen(amount: Fen): string {
  checked(amount, String(amount));
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const cents = magnitude % 100;
  return `${sign}${(magnitude - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * Splits a whole between a finance share and the rest, as digest §5 says: the share is rounded
 * half up to the fen and the rest takes what is left, so the two parts always sum to the whole.
 */
export function splitByShare(whole: Fen, share: ExactDecimal): { share: Fen; rest: Fen } {
  const part = scaleFen(whole, share, 'half_up');
  return { share: part, rest: whole - part };
}
