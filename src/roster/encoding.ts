// What a roster file's bytes are: UTF-8 or GB18030 (recognised from the start of the file), or
// something no CSV reader should decode (UTF-16, a workbook, a mix of encodings), refused with a
// sentence that says what to do.
import { isAscii } from 'node:buffer';
import type { RosterMessages } from './messages.js';
import { firstUndecodableLine } from './decode-line.js';
import { RosterFileError, type RosterEncoding } from './rows.js';

export function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Where a UTF-8 sequence cut at the end of `bytes` begins (bytes.length when none is cut): the last
 * lead byte within the final three bytes, if the continuation bytes after it are fewer than it needs.
 */
function cutSequenceStart(bytes: Buffer): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The encoding of a file that starts with `head` (`complete`: head is the whole file). */
export function sniffEncoding(head: Buffer, complete: boolean): RosterEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (isAscii(head)) return 'utf-8';
  try {
    // stream: a multi-byte sequence cut at the end of the head is not an error: the rest follows,
    // or, when the head is the whole file, the file is UTF-8 cut short, which reading the end says
    // (truncatedAtEnd) rather than calling the whole file undecodable GB18030.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !complete || !isAscii(head.subarray(0, cutSequenceStart(head))) ? 'utf-8' : 'gb18030';
  } catch {
    return 'gb18030';
  }
}

/**
 * UTF-16 without a byte order mark: its commas and line feeds are 2C 00 / 0A 00 (or 00 2C / 00 0A),
 * so zeros sit on one parity only, next to ASCII punctuation; a stray zero in a text file does not.
 */
function looksUtf16(head: Buffer): boolean {
  const pairs = Math.min(head.length, 4096) >> 1;
  const zeros = [0, 0];
  const punctuation = [0, 0];
  for (let k = 0; k < pairs; k++) {
    const a = head[2 * k]!;
    const b = head[2 * k + 1]!;
    if (a === 0) zeros[0]!++;
    if (b === 0) zeros[1]!++;
    if (b === 0 && (a === 44 || a === 10)) punctuation[1]!++; // little-endian: the high byte (zero) second
    if (a === 0 && (b === 44 || b === 10)) punctuation[0]!++;
  }
  for (const zero of [0, 1]) {
    const other = 1 - zero;
    if (punctuation[zero]! >= 2 && zeros[other]! * 4 < zeros[zero]!) return true;
  }
  return false;
}

/** Bytes that are surely not a CSV text a reader could decode. */
export function refuseBinary(head: Buffer, m: RosterMessages): void {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || looksUtf16(head)) throw new RosterFileError(m.utf16());
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new RosterFileError(m.spreadsheetNotCsv());
  }
}

/**
 * A head sniffed as GB18030 whose first lines are Chinese text in valid UTF-8 mixes encodings (rows
 * pasted in from another file): read as GB18030 its UTF-8 part would be garbled, so it is refused.
 */
export function refuseMixed(head: Buffer, m: RosterMessages): void {
  const bad = firstUndecodableLine(head, 'utf-8');
  if (bad !== null && bad.textBefore) throw new RosterFileError(m.utf8Mixed(bad.linesBefore + 1), bad.linesBefore + 1);
}
