// The ids seen so far in a roster, with the line each was first seen on, kept compactly: the
// characters of every id in one growing Uint16Array and an open-addressing hash table of indexes.
// A Map<string, number> of a million ids held about 200 MB of heap (a string object, a map entry
// and a boxed copy per id), which the garbage collector then walked on every major collection; this
// holds the same facts in about 40 MB of flat arrays that it never looks into. Exact: ids whose
// hashes meet are compared character by character. Characters are kept a byte each while every id
// is Latin-1 (ids are almost always ASCII), two bytes each from the first id that is not.
//
// A million ids make a table of megabytes, and each new id's probe lands in a part of it that is not in
// the processor's cache: that wait was most of the set's time (~0.25 s on a 1M-row roster). So each
// slot holds its entry's hash beside the entry (one cache line answers a probe, not two), and a reader
// can `touch` the slots of a batch of ids before adding them one by one, since loads that do not
// depend on each other are waited for together.

const EMPTY = 0;
/** The table is doubled before it is more than half full, so probes stay short. */
const MAX_LOAD = 0.5;

function grown<T extends Uint8Array | Uint16Array | Int32Array>(array: T, minimum: number): T {
  let length = array.length;
  while (length < minimum) length = Math.ceil(length * 1.5) + 16;
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

function isLatin1(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 0xff) return false;
  return true;
}

function hashOf(id: string): number {
  return hashOfRange(id, 0, id.length);
}

function hashOfRange(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0; // FNV-1a over UTF-16 code units
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

export class IdSet {
  private chars: Uint8Array | Uint16Array = new Uint8Array(1 << 16);
  private used = 0;
  /** Per entry: where its characters start (starts[k + 1] is where they end) and its line. */
  private starts = new Int32Array(1 << 12);
  private lines = new Int32Array(1 << 12);
  private count = 0;
  /** Per slot, two numbers: entry index + 1 (or EMPTY), and that entry's hash. */
  private table = new Int32Array(2 << 13);
  /** What `touch` read, kept so that its reads are not optimised away. */
  private touched = 0;

  get size(): number {
    return this.count;
  }

  /**
   * Reads the slots ids of these hashes (IdSet.hashOf) would be looked up in, so that the following
   * addOrFind calls find them in the cache. The hashes come computed, so that this loop is nothing
   * but loads that do not depend on each other, which the processor has in flight together.
   */
  touch(hashes: Int32Array, count: number): void {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let touched = 0;
    for (let k = 0; k < count; k++) touched ^= table[(hashes[k]! & mask) << 1]!;
    this.touched ^= touched;
  }

  static hashOf(id: string): number {
    return hashOf(id);
  }

  /** hashOf(text.slice(from, to)), without the slice. */
  static hashOfRange(text: string, from: number, to: number): number {
    return hashOfRange(text, from, to);
  }

  /** Adds `id` first seen on `line`; when it was already there, returns its earlier line instead (else -1). */
  addOrFind(id: string, line: number): number {
    const hash = hashOf(id);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot << 1]!;
      if (entry === EMPTY) break;
      if (table[(slot << 1) + 1] === hash && this.equals(entry - 1, id)) return this.lines[entry - 1]!;
      slot = (slot + 1) & mask;
    }
    this.insert(slot, id, hash, line);
    return -1;
  }

  /** The text of entry `index` (0 = the first added), as a string again. */
  textAt(index: number): string {
    const from = this.starts[index]!;
    const to = index + 1 < this.count ? this.starts[index + 1]! : this.used;
    let text = '';
    for (let at = from; at < to; at += 4096) text += String.fromCharCode(...this.chars.subarray(at, Math.min(to, at + 4096)));
    return text;
  }

  private equals(index: number, id: string): boolean {
    const from = this.starts[index]!;
    const to = index + 1 < this.count ? this.starts[index + 1]! : this.used;
    if (to - from !== id.length) return false;
    const chars = this.chars;
    for (let k = 0; k < id.length; k++) if (chars[from + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  private insert(slot: number, id: string, hash: number, line: number): void {
    const index = this.count;
    if (this.chars instanceof Uint8Array && !isLatin1(id)) {
      const wide = new Uint16Array(this.chars.length);
      wide.set(this.chars);
      this.chars = wide;
    }
    if (this.used + id.length > this.chars.length) this.chars = grown(this.chars, this.used + id.length);
    if (index + 1 >= this.starts.length) {
      this.starts = grown(this.starts, index + 2);
      this.lines = grown(this.lines, index + 2);
    }
    const chars = this.chars;
    const at = this.used;
    for (let k = 0; k < id.length; k++) chars[at + k] = id.charCodeAt(k);
    this.used = at + id.length;
    this.starts[index] = at;
    this.lines[index] = line;
    this.count = index + 1;
    this.table[slot << 1] = index + 1;
    this.table[(slot << 1) + 1] = hash;
    if (this.count > (this.table.length >> 1) * MAX_LOAD) this.rehash();
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      const entry = old[k]!;
      if (entry === EMPTY) continue;
      const hash = old[k + 1]!;
      let slot = hash & mask;
      while (table[slot << 1] !== EMPTY) slot = (slot + 1) & mask;
      table[slot << 1] = entry;
      table[(slot << 1) + 1] = hash;
    }
    this.table = table;
  }
}
