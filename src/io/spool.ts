// Lines kept for later in a run (rejected rows until the end of the output, an xlsx's rights until
// their sheet): in memory while they are few, in a temporary file once they are many, so a million
// of them cost a file, not the heap. The file is registered with temp-files.ts (removed on any exit
// or signal); a failure to write it (TMPDIR full, missing, read-only) is a TemporaryFileError,
// which the CLI reports as exit 5 with the path and reason, never a crash.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseTemporary, trackTemporary } from './temp-files.js';

export class TemporaryFileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'TemporaryFileError';
  }
}

/** Characters of lines kept in memory before they go to a file. */
const MEMORY_CHARS = 1 << 20;
let spools = 0;

export class LineSpool {
  readonly path: string;
  private memory: string[] = [];
  private memoryChars = 0;
  private stream: WriteStream | null = null;
  private failure: NodeJS.ErrnoException | null = null;
  count = 0;

  /** `prefix` names the file (rencai-rejected-…); `memoryLimit` = 0 always spools to a file. */
  constructor(prefix: string, private readonly memoryLimit = MEMORY_CHARS) {
    this.path = join(tmpdir(), `${prefix}-${process.pid}-${++spools}.jsonl`);
  }

  /** One line (without a line break). Call drain() now and then: the file is written behind. */
  add(line: string): void {
    this.count++;
    if (this.stream === null) {
      if (this.memoryChars + line.length <= this.memoryLimit) {
        this.memory.push(line);
        this.memoryChars += line.length;
        return;
      }
      this.open();
    }
    if (this.failure === null) this.stream!.write(`${line}\n`);
  }

  private open(): void {
    trackTemporary(this.path);
    const stream = createWriteStream(this.path, { flags: 'w', mode: 0o600 });
    stream.on('error', (error: NodeJS.ErrnoException) => { this.failure ??= error; });
    this.stream = stream;
    if (this.memory.length) stream.write(`${this.memory.join('\n')}\n`);
    this.memory = [];
    this.memoryChars = 0;
  }

  private check(): void {
    if (this.failure) throw new TemporaryFileError(this.path, this.failure.code ?? this.failure.message);
  }

  /** True when the file is behind and the caller should await drain(). */
  get needsDrain(): boolean {
    return this.failure !== null || (this.stream?.writableNeedDrain ?? false);
  }

  /** Waits until the file has caught up; throws TemporaryFileError if it cannot be written. */
  async drain(): Promise<void> {
    this.check();
    const stream = this.stream;
    if (stream !== null && stream.writableNeedDrain) {
      await new Promise<void>((resolve) => {
        const done = () => { stream.off('drain', done); stream.off('error', done); stream.off('close', done); resolve(); };
        stream.on('drain', done); stream.on('error', done); stream.on('close', done);
      });
    }
    this.check();
  }

  /** Every line in the order added, a batch at a time (one await per chunk read, not per line); may be read more than once. */
  async *batches(): AsyncGenerator<string[]> {
    if (this.stream === null) {
      if (this.memory.length) yield this.memory;
      return;
    }
    const stream = this.stream;
    if (!stream.writableEnded) {
      await new Promise<void>((resolve) => {
        stream.once('error', () => resolve());
        stream.end(() => resolve());
      });
    }
    this.check();
    let rest = '';
    try {
      for await (const chunk of createReadStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
        const lines = (rest + (chunk as string)).split('\n');
        rest = lines.pop() ?? '';
        if (lines.length) yield lines;
      }
    } catch (error) {
      const failed = error as NodeJS.ErrnoException;
      throw new TemporaryFileError(this.path, failed.code ?? failed.message);
    }
    if (rest !== '') yield [rest];
  }

  /** Every line in the order added. */
  async *lines(): AsyncGenerator<string> {
    for await (const batch of this.batches()) yield* batch;
  }

  /** Removes the file (if there is one); the spool is empty afterwards. */
  async remove(): Promise<void> {
    this.memory = [];
    this.memoryChars = 0;
    if (this.stream === null) return;
    this.stream.destroy();
    this.stream = null;
    await unlink(this.path).catch(() => {});
    releaseTemporary(this.path);
  }
}
