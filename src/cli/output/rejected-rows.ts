// The rejected rows of a run, on their way to the end of the output (JSON's "rejected", the table's
// list, the xlsx sheet): streamed through a spool (src/io/spool.ts) rather than held in an array, so
// a million rejected rows cost linear time and bounded memory. The first few are kept for stderr.
import { LineSpool } from '../../io/spool.js';
import type { EndText, RejectedEntry, RejectedRows } from './types.js';

/** How many rejected rows the stderr summary names. */
export const FIRST_KEPT = 5;

export class RejectedLog implements RejectedRows {
  private readonly spool: LineSpool | null;
  readonly first: RejectedEntry[] = [];
  length = 0;
  sourced = false;

  /** `keep` = false: only the count and the first few (compare prints no rejected rows). */
  constructor(options: { keep?: boolean; memoryLimit?: number; onAdd?: ((entry: RejectedEntry) => void) | undefined } = {}) {
    this.spool = options.keep === false ? null : new LineSpool('rencai-rejected', options.memoryLimit);
    this.onAdd = options.onAdd;
  }

  private readonly onAdd: ((entry: RejectedEntry) => void) | undefined;

  add(entry: RejectedEntry): void {
    this.length++;
    if (entry.source !== undefined) this.sourced = true;
    if (this.first.length < FIRST_KEPT) this.first.push(entry);
    this.onAdd?.(entry);
    this.spool?.add(JSON.stringify(entry));
  }

  get needsDrain(): boolean {
    return this.spool?.needsDrain ?? false;
  }

  /** Waits for the spool's file to catch up (bounded memory); throws TemporaryFileError if it cannot. */
  async drain(): Promise<void> {
    await this.spool?.drain();
  }

  async *batches(): AsyncGenerator<RejectedEntry[]> {
    if (this.spool === null) throw new Error('rejected rows were not kept');
    for await (const lines of this.spool.batches()) yield lines.map((line) => JSON.parse(line) as RejectedEntry);
  }

  async remove(): Promise<void> {
    await this.spool?.remove();
  }
}

/** Rows already in an array (tests, small runs): the same interface. */
export function rejectedRowsOf(entries: readonly RejectedEntry[]): RejectedRows {
  return {
    length: entries.length,
    sourced: entries.some((entry) => entry.source !== undefined),
    async *batches() { if (entries.length) yield entries; },
  };
}

export async function* endPieces(text: EndText): AsyncGenerator<string> {
  if (typeof text === 'string') {
    if (text !== '') yield text;
    return;
  }
  yield* text;
}

/** All of an end's text (tests, small outputs). */
export async function endString(text: EndText): Promise<string> {
  let out = '';
  for await (const piece of endPieces(text)) out += piece;
  return out;
}
