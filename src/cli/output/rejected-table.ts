// The table of rejected rows, drawn line by line in linear time. cli-table3 lays a table out as a
// whole, and its cost grows faster than its rows (measured: 1,000 rows 0.56 s, 4,000 rows 3.9 s,
// so 100,000 took minutes); this draws the same characters as its compact style (the tests compare
// them byte for byte) from column widths found in a first pass over the spooled rows.
import { createRequire } from 'node:module';

const { strlen } = createRequire(import.meta.url)('cli-table3/src/utils.js') as { strlen(text: string): number };

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Rejected rows repeat their messages: a width is measured once (string-width is slow on CJK). */
const known = new Map<string, number>();
const KNOWN_MAX = 10_000;

/** The display width of a cell, as cli-table3 measures it (CJK two columns, colour codes none). */
export function cellWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = known.get(text);
  if (width === undefined) {
    width = strlen(text);
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(text, width);
  }
  return width;
}

export interface TableLines {
  top: string;
  head: (cells: readonly string[]) => string;
  headRule: string;
  row: (cells: readonly string[]) => string;
  bottom: string;
}

/** Lines of a compact cli-table3 table with one space of padding and left-aligned cells. */
export function compactTable(widths: readonly number[]): TableLines {
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`;
  const line = (cells: readonly string[]) =>
    `│${widths.map((width, index) => {
      const cell = cells[index] ?? '';
      return ` ${cell}${' '.repeat(Math.max(0, width - cellWidth(cell)))} `;
    }).join('│')}│`;
  return { top: rule('┌', '┬', '┐'), head: line, headRule: rule('├', '┼', '┤'), row: line, bottom: rule('└', '┴', '┘') };
}

/** Widths of the head and of every row, in one pass. */
export async function columnWidths(head: readonly string[], rows: AsyncIterable<readonly (readonly string[])[]>): Promise<number[]> {
  const widths = head.map((cell) => cellWidth(cell));
  for await (const batch of rows) {
    for (const cells of batch) {
      for (let index = 0; index < widths.length; index++) {
        const width = cellWidth(cells[index] ?? '');
        if (width > widths[index]!) widths[index] = width;
      }
    }
  }
  return widths;
}

/** Characters gathered before a piece is handed to the sink. */
const PIECE_CHARS = 1 << 15;

/**
 * The whole table, head first, in pieces of about 32 K characters, each line ending in \n but the
 * last. `rows` is read twice (once for the widths, once to draw) unless the widths are `known`.
 */
export async function* streamTable(
  head: readonly string[], rows: () => AsyncIterable<readonly (readonly string[])[]>,
  /** The rows' widths if already measured (the head is measured here). */
  known: readonly number[] | null = null,
): AsyncGenerator<string> {
  const widths = known === null ? await columnWidths(head, rows()) : head.map((cell, index) => Math.max(cellWidth(cell), known[index] ?? 0));
  const lines = compactTable(widths);
  let piece = `${lines.top}\n${lines.head(head)}\n`;
  let first = true;
  for await (const batch of rows()) {
    for (const cells of batch) {
      if (first) piece += `${lines.headRule}\n`; // cli-table3 draws the rule under the head only above a row
      first = false;
      piece += `${lines.row(cells)}\n`;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
  }
  yield `${piece}${lines.bottom}`;
}
