// Where a file stops decoding, by line: the error path only (TextDecoder says that bytes are bad, not
// where), so a clerk is sent to the right line of a file that mixes encodings, not to the start of
// the megabyte it was read in.
import { isAscii } from 'node:buffer';

export interface UndecodableLine {
  /** Line feeds before the line that fails (0 = its first line). */
  linesBefore: number;
  /** The lines before it held non-ASCII text that did decode. */
  textBefore: boolean;
}

/** The first line of `bytes` that does not decode in `encoding`; null when every line decodes. */
export function firstUndecodableLine(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): UndecodableLine | null {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let linesBefore = 0;
  let textBefore = false;
  for (let start = 0; start < bytes.length; ) {
    const feed = bytes.indexOf(10, start);
    const end = feed === -1 ? bytes.length : feed + 1;
    const line = bytes.subarray(start, end);
    try {
      decoder.decode(line, { stream: true });
    } catch {
      return { linesBefore, textBefore };
    }
    if (!textBefore && !isAscii(line)) textBefore = true;
    if (feed !== -1) linesBefore++;
    start = end;
  }
  return null;
}
