// One CSV line as a spreadsheet reads it safely: RFC 4180 quoting, and no cell taken for a formula.
// Shared by the results' CSV, the budget's and units' CSV, the comparison and the roster template.

const PLAIN_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe: one starting with
 * = + @ tab or CR, or with - unless the whole cell is a plain negative number.
 */
export function neutralise(cell: string): string {
  if (/^[=+@\t\r]/.test(cell)) return `'${cell}`;
  if (cell.startsWith('-') && cell.length > 1 && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
  return cell;
}

/** RFC 4180: a cell with a comma, quote, CR or LF is quoted, quotes doubled. */
export function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * quote(neutralise(cell)), without a regular expression for the common cell (a million-row roster
 * writes tens of millions of cells): only a cell that starts with = + @ - tab or CR, or holds a
 * comma, quote or line break, takes the full path.
 */
export function csvCell(cell: string): string {
  const length = cell.length;
  if (length === 0) return cell;
  const first = cell.charCodeAt(0);
  if (first === 61 || first === 43 || first === 64 || first === 45 || first === 9 || first === 13) return quote(neutralise(cell));
  for (let k = 0; k < length; k++) {
    const code = cell.charCodeAt(k);
    if (code === 44 || code === 34 || code === 10 || code === 13) return quote(cell);
  }
  return cell;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
