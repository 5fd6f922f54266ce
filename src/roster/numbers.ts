// Numbers as clerks type them, folded to the plain form the exact parsers read, when the meaning is
// unambiguous: full-width digits and point (１２３．５, from a Chinese input method), and in money
// cells a leading ¥/￥ and thousands separators in proper groups of three (1,200.00). Everything else
// is returned as written, so the exact parser refuses it with the value shown: 1e3, 1,20, 12.5元, -5.
// No float is ever involved: this is text to text.

const FULL_WIDTH_ZERO = 0xff10;
const FULL_WIDTH_NINE = 0xff19;
const FULL_WIDTH_POINT = 0xff0e; // ．
const FULL_WIDTH_COMMA = 0xff0c; // ，
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** True when the cell has only ASCII digits and points (almost every cell): nothing to fold. */
function plain(cell: string): boolean {
  for (let k = 0; k < cell.length; k++) {
    const c = cell.charCodeAt(k);
    if ((c < 48 || c > 57) && c !== 46) return false;
  }
  return true;
}

function halfWidth(cell: string): string {
  let out = '';
  for (let k = 0; k < cell.length; k++) {
    const c = cell.charCodeAt(k);
    if (c >= FULL_WIDTH_ZERO && c <= FULL_WIDTH_NINE) out += String.fromCharCode(c - FULL_WIDTH_ZERO + 48);
    else if (c === FULL_WIDTH_POINT) out += '.';
    else if (c === FULL_WIDTH_COMMA) out += ',';
    else out += cell[k];
  }
  return out;
}

/** A decimal cell (fiscal share): full-width digits and point become ASCII. */
export function foldDecimal(cell: string): string {
  return plain(cell) ? cell : halfWidth(cell);
}

/** A money cell (yuan): also drops a leading ¥/￥ and the commas of well-formed thousands groups. */
export function foldMoney(cell: string): string {
  if (plain(cell)) return cell;
  let text = halfWidth(cell);
  if (text.startsWith('¥') || text.startsWith('￥')) text = text.slice(1).trim();
  return GROUPED.test(text) ? text.replace(/,/g, '') : text;
}
