// One worksheet's XML built as UTF-8 bytes, row by row, for the .xlsx output (xlsx.ts): text as an
// inline string (a spreadsheet never evaluates it, so "=1+1" stays text), numbers as number cells,
// a style index per cell (xlsx-parts.ts: 0 plain, 1 bold, 2 money, 3 bold money), the header row
// frozen. XML 1.0 cannot hold most control characters (BEL, ESC, a lone surrogate …): they are
// shown escaped as the table and the notices show them (\u0007), never dropped; tab and line
// break are kept, a carriage return as &#13; so the reader gets it back.
import { ByteWriter } from '../../io/byte-writer.js';
import type { Fen } from '../../base/money.js';

export const STYLE = { plain: 0, bold: 1, money: 2, boldMoney: 3 } as const;

/** The columns of a row that hold money: none. */
export const NO_MONEY: ReadonlySet<number> = new Set();

/**
 * A cell of money: the amount in yuan. fen / 100 is the double nearest to the decimal amount, which
 * is what Excel itself stores for a typed 1234.56, so it is exact to the fen.
 */
export function moneyCell(amount: Fen | null): number | null {
  return amount === null ? null : amount / 100;
}

const COLUMN_LETTERS: string[] = [];
function letters(column: number): string {
  let known = COLUMN_LETTERS[column];
  if (known === undefined) {
    let name = '';
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    COLUMN_LETTERS[column] = known = name;
  }
  return known;
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold, and the ones it must escape
const NEEDS_ESCAPE = /[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- as above
const ESCAPES = /[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

function escapeOne(char: string): string {
  switch (char) {
    case '&': return '&amp;';
    case '<': return '&lt;';
    case '>': return '&gt;';
    case '"': return '&quot;';
    case '\r': return '&#13;';
    default:
      // A surrogate pair is a character XML holds; a lone surrogate or a control is shown escaped.
      return char.length === 2 ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/** A text as XML character data: escaped, and every character XML 1.0 cannot hold shown as \uXXXX. */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, escapeOne) : text;
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const FROZEN = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>';
const INLINE_OPEN = Buffer.from('" t="inlineStr"><is><t xml:space="preserve">');
const INLINE_CLOSE = Buffer.from('</t></is></c>');
const VALUE_OPEN = Buffer.from('"><v>');
const VALUE_CLOSE = Buffer.from('</v></c>');
const ROW_CLOSE = Buffer.from('</row>');

export type CellValue = string | number | null;

/** Bytes of one sheet's XML; the caller takes them (take()) whenever it has enough to deflate. */
export class SheetXml {
  readonly out = new ByteWriter(1 << 16);
  private row = 0;
  private readonly escaped = new Map<string, string>();

  constructor(widths: readonly number[]) {
    this.out.text(SHEET_HEAD + FROZEN);
    if (widths.length) this.out.text(`<cols>${widths.map((width, k) => `<col min="${k + 1}" max="${k + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`);
    this.out.text('<sheetData>');
  }

  get rows(): number {
    return this.row;
  }

  startRow(): void {
    this.row++;
    this.out.text('<row r="');
    this.out.integer(this.row);
    this.out.text('">');
  }

  endRow(): void {
    this.out.bytes(ROW_CLOSE);
  }

  private ref(column: number, style: number): void {
    const out = this.out;
    out.text('<c');
    if (style !== 0) {
      out.text(' s="');
      out.integer(style);
      out.byte(34);
    }
    out.text(' r="');
    out.text(letters(column));
    out.integer(this.row);
  }

  /** A text cell; an empty text is no cell. `repeated`: a code or label, its escaped text kept. */
  text(column: number, value: string, style = 0, repeated = false): void {
    if (value === '') return;
    let xml: string;
    if (repeated) {
      const known = this.escaped.get(value);
      if (known === undefined) this.escaped.set(value, (xml = xmlText(value)));
      else xml = known;
    } else {
      xml = xmlText(value);
    }
    this.ref(column, style);
    this.out.bytes(INLINE_OPEN);
    this.out.text(xml);
    this.out.bytes(INLINE_CLOSE);
  }

  /** A number cell (its shortest round-trip text); null is no cell. */
  number(column: number, value: number | null, style = 0): void {
    if (value === null) return;
    this.ref(column, style);
    this.out.bytes(VALUE_OPEN);
    if (Number.isSafeInteger(value) && value >= 0) this.out.integer(value);
    else this.out.text(String(value));
    this.out.bytes(VALUE_CLOSE);
  }

  /** Money in fen as a number cell of yuan with two decimals (the double nearest to it, as Excel stores a typed amount). */
  fen(column: number, amount: Fen | null, style: number = STYLE.money): void {
    if (amount === null) return;
    this.ref(column, style);
    this.out.bytes(VALUE_OPEN);
    this.out.fen(amount);
    this.out.bytes(VALUE_CLOSE);
  }

  /** A row of values; cells at `moneyAt` (0-based) hold yuan and get the money format. */
  values(values: readonly CellValue[], moneyAt: ReadonlySet<number>, bold: boolean): void {
    this.startRow();
    for (let k = 0; k < values.length; k++) {
      const value = values[k]!;
      const money = moneyAt.has(k);
      const style = bold ? (money ? STYLE.boldMoney : STYLE.bold) : money ? STYLE.money : STYLE.plain;
      if (typeof value === 'number') this.number(k, value, style);
      else if (value !== null) this.text(k, value, style);
    }
    this.endRow();
  }

  /** The end of the sheet's XML. */
  close(): void {
    this.out.text('</sheetData></worksheet>');
  }
}
