// The bytes of a roster file or of standard input, pulled a chunk at a time; a file that cannot be
// opened or read becomes a RosterFileError with the reason in Chinese.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { RosterMessages } from './messages.js';
import { RosterFileError } from './rows.js';

/** Pulls Buffers from a stream, turning read errors into RosterFileError. */
export class ByteSource {
  private readonly iterator: AsyncIterator<Buffer>;
  /** Bytes handed out so far. */
  bytesRead = 0;
  constructor(readonly stream: Readable, private readonly shown: string, readonly size: number | null, private readonly m: RosterMessages) {
    this.iterator = stream[Symbol.asyncIterator]();
  }
  async next(): Promise<Buffer | null> {
    try {
      const result = await this.iterator.next();
      if (result.done) return null;
      const value: unknown = result.value;
      const chunk = typeof value === 'string' ? Buffer.from(value) : (value as Buffer);
      this.bytesRead += chunk.length;
      return chunk;
    } catch (error) {
      throw new RosterFileError(this.m.fileUnreadable(this.shown, errorReason(error)));
    }
  }
  close(): void {
    if (this.stream === process.stdin) this.stream.pause();
    else this.stream.destroy();
  }
}

function errorReason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    if (error.code === 'EACCES' || error.code === 'EPERM') return '没有读取权限';
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function openSource(source: string, chunkBytes: number, m: RosterMessages): Promise<ByteSource> {
  if (source === '-') return new ByteSource(process.stdin, '-', null, m);
  let size: number | null;
  try {
    const info = await stat(source);
    if (info.isDirectory()) throw new RosterFileError(m.fileIsDirectory(source));
    size = info.isFile() ? info.size : null;
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RosterFileError(m.fileMissing(source));
    throw new RosterFileError(m.fileUnreadable(source, errorReason(error)));
  }
  return new ByteSource(createReadStream(source, { highWaterMark: chunkBytes }), source, size, m);
}
