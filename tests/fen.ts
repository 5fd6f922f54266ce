// Tests write amounts as plain numbers of fen (1_200_000 is 12,000.00 yuan); src's Fen is branded so
// that the compiler tells fen from yuan, and these helpers say to it that a test's number is fen.
import type { Fen } from '../src/base/money.js';

/** A number of fen written in a test. */
export const fen = (value: number): Fen => value as Fen;

/** T with every Fen in it a plain number: how a test writes a result, a person or a unit by hand. */
export type Plain<T> = T extends Fen
  ? number
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer E)[]
      ? readonly Plain<E>[]
      : T extends object
        ? { [K in keyof T]: Plain<T[K]> }
        : T;

/** A value written by hand with plain numbers of fen, as the type it stands for. */
export const withFen = <T>(value: Plain<T>): T => value as T;

/** A map of sums in fen, written with plain numbers. */
export const fenMap = (entries: readonly (readonly [string, number])[]): Map<string, Fen> => new Map(entries.map(([key, value]) => [key, fen(value)]));
