// The people of a run on their way to the sink: gathered until there is enough for one write, so
// a million people make a few thousand writes and awaits rather than a million. A formatter that
// can write bytes (CSV) writes into one buffer; the others give text.
import { ByteWriter } from '../../io/byte-writer.js';
import type { Sink } from '../../io/sink.js';
import type { BytesFormatter, Formatter, PersonEntry } from './types.js';

/**
 * Written once this much has gathered: each string or buffer stays small enough (64 KB) for V8's
 * young generation; batch-sized strings of half a megabyte went to the large-object space and grew
 * the heap of a JSON run past 250 MB.
 */
const FLUSH_AT = 1 << 15;

export interface PersonOutput {
  /** Formats one person; true when enough has gathered that the caller should flush(). */
  add(entry: PersonEntry): boolean;
  /** Writes what has gathered (nothing when nothing has). */
  flush(): Promise<void>;
}

export function personOutput(formatter: Formatter | (Formatter & BytesFormatter), sink: Sink): PersonOutput {
  if ('personBytes' in formatter) {
    const out = new ByteWriter(FLUSH_AT * 2);
    return {
      add(entry) {
        formatter.personBytes(entry, out);
        return out.size >= FLUSH_AT;
      },
      flush: () => (out.size === 0 ? Promise.resolve() : sink.write(out.take())),
    };
  }
  // Text is encoded as it comes, so each person's string dies young and what waits for the sink is
  // bytes outside the JavaScript heap (a lower peak RSS on a 1M-row JSON run: bench/PROFILE.md).
  const out = new ByteWriter(FLUSH_AT * 2);
  return {
    add(entry) {
      out.text(formatter.person(entry));
      return out.size >= FLUSH_AT || (formatter.wantsWrite?.() ?? false);
    },
    // A formatter that keeps its own bytes (the workbook) writes them when the sink is called.
    flush: () => (out.size > 0 ? sink.write(out.take()) : formatter.wantsWrite?.() ? sink.write('') : Promise.resolve()),
  };
}
