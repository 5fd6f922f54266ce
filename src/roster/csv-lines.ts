// The line cutting the CSV reader (csv.ts) does outside its state machine: the line breaks a quoted
// segment holds, and a whole line without quotes cut at its commas.
import type { PlainLine } from './csv-limits.js';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Line breaks in text[from, to): every CR, and every LF not preceded by a CR. */
export function countLineBreaks(text: string, from: number, to: number, previousWasCr: boolean): number {
  let count = 0;
  let afterCr = previousWasCr;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === CR) {
      count++;
      afterCr = true;
    } else {
      if (c === LF && !afterCr) count++;
      afterCr = false;
    }
  }
  return count;
}

/**
 * The cells of text[from, to), one line without its line end, sized like the previous line's
 * (`expected`); null when the line holds a quote or a CR, which the general path reads. Checking
 * here, in the loop that looks at every character anyway, is cheaper than searching the chunk for
 * them apart.
 */
export function cellsOf(text: string, from: number, to: number, expected: number): string[] | null {
  const cells: string[] = new Array<string>(expected);
  let count = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > COMMA) continue;
    if (c === COMMA) {
      cells[count++] = k === start ? '' : text.slice(start, k);
      start = k + 1;
    } else if (c === QUOTE || c === CR) {
      return null;
    }
  }
  cells[count++] = to === start ? '' : text.slice(start, to);
  if (count < expected) cells.length = count;
  return cells;
}

/** The cells of a plain line (it holds no quote or CR), sized like `expected`. */
export function cellsOfPlainLine(plain: PlainLine, expected: number): string[] {
  return cellsOf(plain.text, plain.from, plain.to, expected) ?? [];
}
