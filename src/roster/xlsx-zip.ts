// The zip container of an .xlsx workbook, read by its central directory (yauzl): any part can be
// opened in any order, so the worksheet is streamed after the shared strings whatever order the
// writer put them in, with no temporary copy. A part comes out as text decoded once, statefully:
// a character whose bytes are split between two inflated chunks is joined, never replaced by U+FFFD.
//
// Bounds: the parts read (workbook, relationships, styles, shared strings, the one worksheet) may
// together inflate to at most MAX_INFLATED_BYTES, checked against the sizes the central directory
// declares before anything is inflated (a bomb is refused at once); yauzl refuses a part that
// inflates to more than it declares, so the declared sizes are a true bound.
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import type { Readable } from 'node:stream';

/**
 * Most bytes the parts read may inflate to: 1 GiB. A roster at Excel's own row limit (1,048,576 rows
 * of some 15 columns) is about 400–700 MB of worksheet XML; a "zip bomb" of a few MB that inflates to
 * gigabytes is refused before it is inflated.
 */
export const MAX_INFLATED_BYTES = 1 << 30;

/**
 * Most bytes the shared strings may inflate to: 256 MiB. They are the one part held in memory (every
 * cell may point at any of them); a roster of a million people with distinct names and notes has
 * about 120 MB of them.
 */
export const MAX_SHARED_STRINGS_BYTES = 256 << 20;

/** A workbook part cannot be read as a zip member (damaged, encrypted, another compression). */
export class ZipDamagedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ZipDamagedError';
  }
}

/** The parts to be read would inflate to more than MAX_INFLATED_BYTES. */
export class ZipTooLargeError extends Error {
  constructor(readonly inflatedBytes: number, readonly limit: number, readonly sharedStrings = false) {
    super(`${sharedStrings ? 'shared strings inflate' : 'workbook parts inflate'} to ${inflatedBytes} bytes, more than ${limit}`);
    this.name = 'ZipTooLargeError';
  }
}

export class WorkbookZip {
  private budget = MAX_INFLATED_BYTES;
  private readonly open = new Set<Readable>();
  private closed = false;

  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the zip and lists its members. Throws ZipDamagedError, or the fs error of the open. */
  static async open(path: string): Promise<WorkbookZip> {
    const zip = await new Promise<ZipFile>((resolve, reject) => {
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, file) => {
        if (error) reject(isFsError(error) ? error : new ZipDamagedError(error.message));
        else resolve(file);
      });
    });
    const entries = new Map<string, Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) => reject(new ZipDamagedError(error.message)));
      zip.readEntry();
    }).catch((error: unknown) => {
      zip.close();
      throw error;
    });
    return new WorkbookZip(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Reserves the declared inflated size of these parts against the bound, before any is read.
   * Throws ZipTooLargeError with the total the workbook would need.
   */
  reserve(names: readonly string[]): void {
    let total = 0;
    for (const name of names) total += this.entries.get(name)?.uncompressedSize ?? 0;
    if (total > this.budget) throw new ZipTooLargeError(MAX_INFLATED_BYTES - this.budget + total, MAX_INFLATED_BYTES);
    this.budget -= total;
  }

  /** Refuses shared strings that would inflate past MAX_SHARED_STRINGS_BYTES (ZipTooLargeError). */
  reserveSharedStrings(name: string): void {
    const size = this.entries.get(name)?.uncompressedSize ?? 0;
    if (size > MAX_SHARED_STRINGS_BYTES) throw new ZipTooLargeError(size, MAX_SHARED_STRINGS_BYTES, true);
  }

  /** A part's text, chunk by chunk, decoded as UTF-8 across chunk boundaries. */
  async *text(name: string): AsyncGenerator<string, void, undefined> {
    const entry = this.entries.get(name);
    if (entry === undefined) throw new ZipDamagedError(`missing part ${name}`);
    const stream = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, readable) => {
        if (error) reject(new ZipDamagedError(error.message));
        else resolve(readable);
      });
    });
    this.open.add(stream);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) yield text;
      }
      const rest = decoder.decode();
      if (rest.length > 0) yield rest;
    } catch (error) {
      if (error instanceof ZipDamagedError || isFsError(error)) throw error;
      throw new ZipDamagedError(error instanceof Error ? error.message : String(error));
    } finally {
      this.open.delete(stream);
      stream.destroy();
    }
  }

  /** Ends every read and releases the file; once (the rows' end and an abandoned run may both ask). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.open) stream.destroy();
    this.open.clear();
    this.zip.close();
  }
}

function isFsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
