// Where results go: stdout, or a file written as FILE.tmp-<pid> and renamed into place only when
// complete, so a reader never sees half a file. Writes wait for the stream to drain, so thousands
// of people stream through a small buffer.
import { unlinkSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { OutputClosed, OutputError } from './output-errors.js';

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

/** stdout: a closed pipe (EPIPE, `| head`) ends the run quietly. */
export function stdoutSink(stream: Writable = process.stdout): Sink {
  let closed = false;
  let failure: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else failure = error;
  });
  const check = () => {
    if (closed || stream.destroyed) throw new OutputClosed();
    if (failure) throw failure;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await waitForDrain(stream);
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

/** A file, written whole or not at all. `describe` turns a system error into the user's message. */
export async function fileSink(path: string, describe: (path: string, reason: string) => string): Promise<Sink> {
  const fail = (error: unknown) => new OutputError(describe(path, reasonOf(error)));
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  const temporary = `${path}.tmp-${process.pid}`;
  let handle;
  try {
    handle = await open(temporary, 'w');
  } catch (error) {
    throw fail(error);
  }
  // A buffer of a megabyte rather than the default 16 KB: the next rows are computed while the file
  // system writes the last ones, instead of waiting for every write to finish.
  const stream = handle.createWriteStream({ highWaterMark: 1 << 20 });
  let failure: unknown = null;
  stream.on('error', (error) => { failure ??= error; });
  // Interrupted (Ctrl-C, kill): the temporary file goes too, the target stays as it was.
  const onSignal = (signal: NodeJS.Signals) => {
    try { unlinkSync(temporary); } catch { /* already gone */ }
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const removeTemporary = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await unlink(temporary).catch(() => {});
  };
  const check = async () => {
    if (failure) {
      stream.destroy();
      await removeTemporary();
      throw fail(failure);
    }
  };
  return {
    async write(text) {
      await check();
      if (!stream.write(text)) await waitForDrain(stream);
      await check();
    },
    async finish() {
      await check();
      await new Promise<void>((resolve) => {
        stream.end(() => resolve());
        stream.once('error', () => resolve());
      });
      await check();
      try {
        await rename(temporary, path);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
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
