// Whether an output would land on one of the command's inputs: the same device and inode, with
// symlinks followed (so `x.csv`, `./x.csv`, a link to it and a hard link all count). Only a
// regular file can be destroyed by writing results over it; a device or pipe is left alone.
import { stat } from 'node:fs/promises';

export interface NamedInput {
  /** The option that names it ('' for the command's argument). */
  option: string;
  path: string | undefined;
}

/** The first input that is the same file as `output`, or null. */
export async function inputAtOutput(output: string | undefined, inputs: readonly NamedInput[]): Promise<NamedInput | null> {
  if (output === undefined || output === '-') return null;
  const target = await stat(output).catch(() => null);
  if (target === null || !target.isFile()) return null;
  for (const input of inputs) {
    if (input.path === undefined || input.path === '-') continue;
    const source = await stat(input.path).catch(() => null);
    if (source !== null && source.dev === target.dev && source.ino === target.ino) return input;
  }
  return null;
}
