// Text from a roster, an answers file or a data file on its way to a person or a terminal. A value
// may hold anything a spreadsheet cell can: line breaks, escape sequences, BEL, bidirectional
// overrides. Printed as is, these forge lines in a notice or a stderr message, or drive the
// terminal (colours, cursor moves, a title change) even with NO_COLOR. Every text a person sees
// goes through one of these functions; machine formats (JSON, CSV, xlsx) keep values exact.

/**
 * C0 and C1 controls, DEL, the line and paragraph separators, and the invisible direction
 * controls that can make a line read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Every control character shown escaped (`\u001b`, `\n`): the text is one line, inert on a terminal. */
export function escapeControls(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

// eslint-disable-next-line no-control-regex -- matching line breaks of every kind is the point
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/**
 * For a line of a document (a notice in text or Markdown): line breaks become spaces, so a value
 * can never start a line of its own (a heading, a list item); other controls are shown escaped.
 */
export function oneLine(text: string): string {
  return escapeControls(text.replace(LINE_BREAKS, ' '));
}

/** How much of a quoted value a message shows. */
export const QUOTED_MAX = 80;
/** No stderr line is longer than this, whatever it quotes. */
export const LINE_MAX = 2000;

/** `text` cut to `max` characters (never inside a surrogate pair), with … when cut. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

const QUOTED = [/“([^“”]*)”/g, /"([^"]*)"/g];

/** Whether some quoted stretch ("…" or “…”) is longer than `max`: a scan, so a common message costs no regular expression. */
function hasLongQuote(text: string, max: number): boolean {
  let open = -1;
  let ascii = -1;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x201c) open = k;
    else if (code === 0x201d) {
      if (open >= 0 && k - open - 1 > max) return true;
      open = -1;
    } else if (code === 0x22) {
      if (ascii >= 0) {
        if (k - ascii - 1 > max) return true;
        ascii = -1;
      } else ascii = k;
    }
  }
  return false;
}

/** Each quoted value (“…” or "…") of a message cut to QUOTED_MAX characters, then the whole line to LINE_MAX. */
export function capQuoted(text: string, max = QUOTED_MAX): string {
  if (text.length <= max + 2) return text; // too short to hold a quoted value longer than max
  let out = text;
  if (hasLongQuote(text, max)) {
    for (const pattern of QUOTED) {
      out = out.replace(pattern, (whole, inner: string) => (inner.length > max ? whole.replace(inner, () => cap(inner, max)) : whole));
    }
  }
  return cap(out, LINE_MAX);
}

/** A line for stderr: one line, inert, its quoted values capped. */
export function safeMessage(text: string): string {
  return capQuoted(escapeControls(text));
}
