// Money is integer fen (0.01 yuan) held in a JS number: exact for every integer below 2^53
// (90 trillion yuan), far beyond any budget here. Every operation checks that it stays exact,
// so a result is either right to the fen or an error — never a silently rounded float.

declare const fenBrand: unique symbol;
/**
 * A sum in fen. Branded so that the compiler tells it from yuan and from other numbers (a count, a
 * month, a share): only the operations here and parseYuan make one, and `0 as Fen` the empty sum. At
 * run time it is a plain number; the brand costs nothing.
 */
export type Fen = number & { readonly [fenBrand]: true };

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

// The description of an overflow is built only when there is one: these run millions of times on a
// roster, and turning two numbers into text on every call cost more than the arithmetic.

export function addFen(a: Fen, b: Fen): Fen {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new MoneyOverflowError(`${a} + ${b}`);
  return sum as Fen;
}

export function multiplyFen(a: Fen, count: number): Fen {
  const product = a * count;
  if (!Number.isSafeInteger(product)) throw new MoneyOverflowError(`${a} × ${count}`);
  return product as Fen;
}

/** The rounding modes policy data may name; only half-up is used by the 2013 edition. */
export type RoundingMode = 'half_up' | 'down' | 'up';

/** numerator / denominator, both safe non-negative integers, rounded to an integer by `mode`. */
export function divideRounded(numerator: number, denominator: number, mode: RoundingMode): number {
  if (!Number.isSafeInteger(numerator)) throw new MoneyOverflowError(`${numerator} / ${denominator}`);
  if (numerator < 0 || denominator <= 0) throw new RangeError('divideRounded takes a non-negative numerator and a positive denominator');
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (mode === 'half_up' && remainder * 2 >= denominator) return quotient + 1;
  if (mode === 'up' && remainder > 0) return quotient + 1;
  return quotient;
}

/** amount × decimal, rounded to the fen by `mode`. */
export function scaleFen(amount: Fen, factor: ExactDecimal, mode: RoundingMode): Fen {
  const product = amount * factor.numerator;
  if (!Number.isSafeInteger(product)) throw new MoneyOverflowError(`${amount} × ${factor.text}`);
  return divideRounded(product, factor.denominator, mode) as Fen;
}

const MAX_SCALE = 6;
/**
 * The largest numerator read (digits without the point): 10^13 fen is 100 billion yuan. Products
 * beyond exact integers are still caught by the checked operations, as MoneyOverflowError.
 */
const MAX_NUMERATOR = 1e13;

/**
 * Reads "12", "12.5", "0.065" exactly; null for anything else (signs, exponents, separators): ASCII
 * digits with at most one point between digits, at most six decimals. Read digit by digit (no regular
 * expression, no string joined and converted): it runs on every salary, share and rent of a roster.
 */
export function parseExactDecimal(text: string): ExactDecimal | null {
  const length = text.length;
  if (length === 0) return null;
  let numerator = 0;
  let point = -1;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) {
      numerator = numerator * 10 + (code - 48);
      if (numerator > MAX_NUMERATOR) return null; // more digits only make it larger
    } else if (code === 46 && point === -1 && k > 0 && k < length - 1) {
      point = k;
    } else {
      return null;
    }
  }
  const scale = point === -1 ? 0 : length - point - 1;
  if (scale > MAX_SCALE) return null;
  return { numerator, denominator: 10 ** scale, text };
}

/** Yuan text with at most two decimals ("1200000", "0.5", "12.34") → fen; null when not exact to the fen. */
export function parseYuan(text: string): Fen | null {
  const decimal = parseExactDecimal(text);
  if (!decimal || decimal.denominator > 100) return null;
  return (decimal.numerator * (100 / decimal.denominator)) as Fen;
}

/** fen → "1234.56": always two decimals, no grouping. */
export function formatFen(amount: Fen): string {
  if (!Number.isSafeInteger(amount)) throw new MoneyOverflowError(String(amount));
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  const cents = magnitude % 100;
  return `${sign}${(magnitude - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * Splits a whole between a finance share and the rest (§16, §17: 差额拨款 units): the share is rounded
 * half up to the fen and the rest takes what is left, so the two parts always sum to the whole.
 */
export function splitByShare(whole: Fen, share: ExactDecimal, mode: RoundingMode): { share: Fen; rest: Fen } {
  const part = scaleFen(whole, share, mode);
  return { share: part, rest: (whole - part) as Fen };
}
