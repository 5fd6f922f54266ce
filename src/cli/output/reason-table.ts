// What an item's `reasons` carry in JSON and jsonl (--reasons): the sentences, ids into one
// top-level `reasonTexts` table, or nothing. The table of a million-row run holds tens of thousands
// of sentences (they carry amounts and months), so it is written out entry by entry at the end: one
// JSON.stringify of the whole table made a string and its bytes of tens of megabytes at the peak of
// the run (~250 MB RSS at 1M rows, bench/PROFILE.md).
import type { Reason } from '../../engine/types.js';
import type { RunInfo } from './types.js';
import { IdSet } from '../../roster/id-set.js';

export type ReasonMode = 'full' | 'ids' | 'none';
export type ReasonOf = (reason: Reason) => string;

/** Text gathered before it is handed on. */
const PIECE_CHARS = 1 << 15;

export interface ReasonTable {
  /** An item's reason as the person carries it; null: `reasons` stays empty. */
  reasonOf: ReasonOf | null;
  /** Spread into the tail object: an empty `reasonTexts` that `spliced` fills in (ids only). */
  placeholder(): { reasonTexts?: [] };
  /**
   * The tail text (JSON.stringify of an object that had `placeholder()` spread in) in pieces, with
   * the table's entries in place of the empty list, formatted as JSON.stringify with `indent` would
   * (2: the JSON format's tail; 0: a jsonl line).
   */
  spliced(tail: string, indent: 0 | 2): Generator<string>;
}

/**
 * The reasons of a run as --reasons asks: full renders each sentence where it stands; ids renders
 * it once, gives it an id ("r1", "r2" … in order of first use) and the person carries the id, the
 * sentence then standing once in the top-level "reasonTexts"; none leaves `reasons` empty.
 */
export function reasonTable(info: RunInfo, mode: ReasonMode): ReasonTable {
  if (mode !== 'ids') {
    return { reasonOf: mode === 'full' ? info.labels.reason : null, placeholder: () => ({}), *spliced(tail) { yield tail; } };
  }
  // The sentences are kept as characters in flat arrays (IdSet, the number of each as its "line"),
  // not as strings in a Map: 61,154 sentences at 1M rows, as strings, grew the heap by tens of MB
  // and the old generation's garbage with it.
  const sentences = new IdSet();
  const ids: string[] = [];
  return {
    reasonOf(reason) {
      const number = sentences.addOrFind(info.labels.reason(reason), ids.length + 1);
      if (number !== -1) return ids[number - 1]!;
      const id = `r${ids.length + 1}`;
      ids.push(id);
      return id;
    },
    placeholder: () => ({ reasonTexts: [] }),
    *spliced(tail, indent) {
      const empty = indent === 0 ? '"reasonTexts":[]' : '\n  "reasonTexts": []';
      const at = tail.lastIndexOf(empty);
      if (at === -1 || ids.length === 0) {
        yield tail;
        return;
      }
      let piece = `${tail.slice(0, at + empty.length - 1)}`;
      let first = true;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const text = sentences.textAt(k);
        piece += indent === 0
          ? `${first ? '' : ','}{"id":${JSON.stringify(id)},"text":${JSON.stringify(text)}}`
          : `${first ? '' : ','}\n    {\n      "id": ${JSON.stringify(id)},\n      "text": ${JSON.stringify(text)}\n    }`;
        first = false;
        if (piece.length >= PIECE_CHARS) {
          yield piece;
          piece = '';
        }
      }
      yield `${piece}${indent === 0 ? '' : '\n  '}${tail.slice(at + empty.length - 1)}`;
    },
  };
}
