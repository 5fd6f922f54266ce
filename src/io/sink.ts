// Where results go: stdout, a device or FIFO written directly, or a file written as
// FILE.tmp-<pid> and renamed into place only when complete, so a reader never sees half a file
// (src/io/output-target.ts decides which). Writes wait for the stream to drain, so thousands of
// people stream through a small buffer. Every temporary file is registered with src/io/temp-files.ts,
// which removes it on any exit, error or signal.
import { open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { OutputClosed, OutputError, StdoutFailed } from './output-errors.js';
import { resolveOutputTarget } from './output-target.js';
import { releaseTemporary, trackTemporary } from './temp-files.js';

export interface Sink {
  /** Resolves once the stream can take more; throws OutputClosed when the reader went away. */
  write(text: string | Uint8Array): Promise<void>;
  /** Completes the output (a file is renamed into place). */
  finish(): Promise<void>;
  /** Abandons the output (a file's temporary copy is removed). */
  abort(): Promise<void>;
}

function waitForDrain(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done); stream.off('error', done); stream.off('close', done);
      resolve();
    };
    stream.on('drain', done); stream.on('error', done); stream.on('close', done);
  });
}

/** A closed pipe: the reader went away (`| head`), which ends the run quietly. */
function closedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

/** stdout: a closed pipe (EPIPE, `| head`) ends the run quietly; a full disk is exit 5. */
export function stdoutSink(stream: Writable = process.stdout): Sink {
  let closed = false;
  let failure: NodeJS.ErrnoException | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closedPipe(error)) closed = true;
    else failure ??= error;
  });
  const check = () => {
    if (failure) throw new StdoutFailed(reasonOf(failure));
    if (closed || stream.destroyed) throw new OutputClosed();
  };
  return {
    async write(text) {
      check();
      try {
        if (!stream.write(text)) await waitForDrain(stream);
      } catch (error) {
        // stdout to a file writes synchronously and throws (ENOSPC on a full disk).
        if (closedPipe(error as NodeJS.ErrnoException)) throw new OutputClosed();
        throw new StdoutFailed(reasonOf(error));
      }
      check();
    },
    async finish() {
      check();
    },
    async abort() {},
  };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

type Describe = (path: string, reason: string) => string;

/**
 * An output named on the command line: `-` is stdout, a device or FIFO is written directly, a
 * symlink's target or a plain path is a file written whole or not at all. `describe` turns a
 * system error into the user's message (exit 5).
 */
export async function fileSink(path: string, describe: Describe): Promise<Sink> {
  const target = await resolveOutputTarget(path);
  if (target.kind === 'stdout') return stdoutSink();
  if (target.kind === 'stderr') return stdoutSink(process.stderr);
  if (target.kind === 'direct') return directSink(path, target.path, describe);
  return atomicFileSink(path, target.path, describe);
}

/** A write stream with its failure kept: the first error is thrown at the next write. */
function guardedStream(stream: Writable) {
  let failure: NodeJS.ErrnoException | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => { failure ??= error; });
  return {
    get failure() { return failure; },
    async write(text: string | Uint8Array) {
      if (failure) return;
      if (!stream.write(text)) await waitForDrain(stream);
    },
    end(): Promise<void> {
      return new Promise<void>((resolve) => {
        if (failure || stream.destroyed) return resolve();
        stream.once('error', () => resolve());
        stream.end(() => resolve());
      });
    },
  };
}

/** A device, FIFO or socket: opened for writing and written through; nothing is renamed or removed. */
async function directSink(requested: string, path: string, describe: Describe): Promise<Sink> {
  const fail = (error: unknown) => new OutputError(describe(requested, reasonOf(error)));
  let handle;
  try {
    handle = await open(path, 'a');
  } catch (error) {
    throw fail(error);
  }
  const stream = handle.createWriteStream({ highWaterMark: 1 << 20 });
  const guarded = guardedStream(stream);
  const check = () => {
    const failure = guarded.failure;
    if (failure === null) return;
    if (closedPipe(failure)) throw new OutputClosed();
    throw fail(failure);
  };
  return {
    async write(text) {
      check();
      await guarded.write(text);
      check();
    },
    async finish() {
      check();
      await guarded.end();
      check();
    },
    async abort() {
      stream.destroy();
    },
  };
}

/** A regular file (or a symlink's target): FILE.tmp-<pid> beside it, renamed over it when complete. */
async function atomicFileSink(requested: string, path: string, describe: Describe): Promise<Sink> {
  const fail = (error: unknown) => new OutputError(describe(requested, reasonOf(error)));
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const parent = await stat(dirname(path)).catch(() => null);
  if (parent !== null && !parent.isDirectory()) throw fail(Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }));
  const temporary = `${path}.tmp-${process.pid}`;
  let handle;
  try {
    handle = await open(temporary, 'w');
  } catch (error) {
    throw fail(error);
  }
  trackTemporary(temporary);
  // A buffer of a megabyte rather than the default 16 KB: the next rows are computed while the file
  // system writes the last ones, instead of waiting for every write to finish.
  const stream = handle.createWriteStream({ highWaterMark: 1 << 20 });
  const guarded = guardedStream(stream);
  const removeTemporary = async () => {
    await unlink(temporary).catch(() => {});
    releaseTemporary(temporary);
  };
  const check = async () => {
    if (guarded.failure) {
      stream.destroy();
      await removeTemporary();
      throw fail(guarded.failure);
    }
  };
  return {
    async write(text) {
      await check();
      await guarded.write(text);
      await check();
    },
    async finish() {
      await check();
      await guarded.end();
      await check();
      try {
        await rename(temporary, path);
        releaseTemporary(temporary);
      } catch (error) {
        await removeTemporary();
        throw fail(error);
      }
    },
    async abort() {
      stream.destroy();
      await new Promise((resolve) => setImmediate(resolve));
      await removeTemporary();
    },
  };
}
