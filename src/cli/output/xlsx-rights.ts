// The non-money rights of an .xlsx output wait here until their sheet (xlsx.ts).
import { LineSpool } from '../../io/spool.js';

/**
 * Rights are written to their own sheet after the items sheet is complete (a zip holds one sheet
 * after another; a second sheet written alongside would wait in memory), so they wait in a spool
 * (src/io/spool.ts: memory, then a temporary file removed on every exit), one JSON line each.
 */
export class RightsSpool {
  private readonly spool = new LineSpool('rencai-rights');

  add(cells: readonly string[]): void {
    this.spool.add(JSON.stringify(cells));
  }

  get needsDrain(): boolean {
    return this.spool.needsDrain;
  }

  drain(): Promise<void> {
    return this.spool.drain();
  }

  async *lines(): AsyncGenerator<string[][]> {
    for await (const batch of this.spool.batches()) yield batch.map((line) => JSON.parse(line) as string[]);
  }

  remove(): Promise<void> {
    return this.spool.remove();
  }
}

