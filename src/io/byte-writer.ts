// Output built as UTF-8 bytes in one growing buffer, for the formats that write a line per payer
// of a million people. Joining those lines as JavaScript strings made ~25 short-lived strings a
// person and a UTF-8 encoding of all of them at the end; writing the bytes in place makes none.
import { MoneyOverflowError } from '../base/money.js';
import type { Fen } from '../base/money.js';

const COMMA = 44;
const POINT = 46;
const MINUS = 45;
const ZERO = 48;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
/** Longer texts (a person's JSON) are encoded by Node: one native call pays off past this length. */
const NATIVE_FROM = 256;
const LF = 10;
/** Byte arrays longer than this are copied by one native call. */
const SET_FROM = 32;
/** What JSON.stringify escapes in a string: the quote, the backslash, control characters, surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what JSON.stringify escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Longer strings (reason sentences) are checked by one regular expression and encoded by Node, faster than a loop here. */
const JSON_NATIVE_FROM = 32;

export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  /** `capacity`: the size of each buffer handed out by take(); a longer output grows past it. */
  constructor(private readonly capacity = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written since the last take(). */
  get size(): number {
    return this.length;
  }

  /** The bytes written so far, now the caller's; the writer starts a new buffer. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.capacity);
    this.length = 0;
    return out;
  }

  private reserve(bytes: number): void {
    const needed = this.length + bytes;
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /**
   * A string as UTF-8, encoded here rather than by a native call per string (names are short and
   * many). A lone surrogate becomes U+FFFD (EF BF BD), as Node's own string writes do.
   */
  text(text: string): void {
    const count = text.length;
    this.reserve(count * 3); // at most 3 bytes a UTF-16 unit (a pair is 4 bytes for 2 units)
    if (count > NATIVE_FROM) {
      this.length += this.buffer.write(text, this.length, 'utf8');
      return;
    }
    const buffer = this.buffer;
    let at = this.length;
    for (let k = 0; k < count; k++) {
      let code = text.charCodeAt(k);
      if (code < 0x80) {
        buffer[at++] = code;
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          const next = k + 1 < count ? text.charCodeAt(k + 1) : 0;
          if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            k++;
            buffer[at++] = 0xf0 | (code >> 18);
            buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
            buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
            buffer[at++] = 0x80 | (code & 0x3f);
            continue;
          }
          code = 0xfffd;
        }
        buffer[at++] = 0xe0 | (code >> 12);
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.length = at;
  }

  /**
   * A string as JSON.stringify writes it, as UTF-8. Most strings need no escape and are encoded here
   * in one pass that also looks for what would need one (the quote, the backslash, a control
   * character, a surrogate); a string with any is left to JSON.stringify itself.
   */
  jsonString(text: string): void {
    const count = text.length;
    this.reserve(count * 3 + 2);
    const buffer = this.buffer;
    if (count > JSON_NATIVE_FROM) {
      if (NEEDS_ESCAPE.test(text)) {
        this.text(JSON.stringify(text));
        return;
      }
      buffer[this.length] = QUOTE;
      this.length += 1 + buffer.write(text, this.length + 1, 'utf8');
      buffer[this.length++] = QUOTE;
      return;
    }
    const start = this.length;
    let at = start;
    buffer[at++] = QUOTE;
    for (let k = 0; k < count; k++) {
      const code = text.charCodeAt(k);
      if (code < 0x80) {
        if (code < 0x20 || code === QUOTE || code === BACKSLASH) return this.escaped(text, start);
        buffer[at++] = code;
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        // A surrogate pair is rare in these outputs; JSON.stringify decides lone ones (\udxxx).
        if (code >= 0xd800 && code <= 0xdfff) return this.escaped(text, start);
        buffer[at++] = 0xe0 | (code >> 12);
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      }
    }
    buffer[at++] = QUOTE;
    this.length = at;
  }

  private escaped(text: string, start: number): void {
    this.length = start;
    this.text(JSON.stringify(text));
  }

  /** Bytes already encoded (the constant pieces of a line). */
  bytes(bytes: Uint8Array): void {
    const count = bytes.length;
    this.reserve(count);
    if (count > SET_FROM) {
      this.buffer.set(bytes, this.length);
    } else {
      // The constant pieces of a JSON entry are a few bytes each: a copy here is cheaper than a native set.
      const buffer = this.buffer;
      const at = this.length;
      for (let k = 0; k < count; k++) buffer[at + k] = bytes[k]!;
    }
    this.length += count;
  }

  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  comma(): void {
    this.byte(COMMA);
  }

  lineEnd(): void {
    this.reserve(2);
    this.buffer[this.length] = CR;
    this.buffer[this.length + 1] = LF;
    this.length += 2;
  }

  /** Where the next byte goes, to repeat what follows with repeat(). */
  get mark(): number {
    return this.length;
  }

  /** Writes again the bytes between two marks of this buffer (since the last take()). */
  repeat(from: number, to: number): void {
    this.reserve(to - from);
    this.buffer.copyWithin(this.length, from, to);
    this.length += to - from;
  }

  /** A whole number ≥ 0 in decimal, as String(value) writes it. */
  integer(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.reserve(digits);
    const buffer = this.buffer;
    let rest = value;
    for (let at = this.length + digits - 1; at >= this.length; at--) {
      const next = Math.floor(rest / 10);
      buffer[at] = ZERO + (rest - next * 10);
      rest = next;
    }
    this.length += digits;
  }

  /** fen as formatFen writes it ("-1234.05"): always two decimals, no grouping. */
  fen(amount: Fen): void {
    if (!Number.isSafeInteger(amount)) throw new MoneyOverflowError(String(amount));
    if (amount < 0) this.byte(MINUS);
    const magnitude = Math.abs(amount);
    const cents = magnitude % 100;
    this.integer((magnitude - cents) / 100);
    this.reserve(3);
    const buffer = this.buffer;
    buffer[this.length] = POINT;
    buffer[this.length + 1] = ZERO + Math.floor(cents / 10);
    buffer[this.length + 2] = ZERO + (cents % 10);
    this.length += 3;
  }
}
