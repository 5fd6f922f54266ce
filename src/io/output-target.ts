// What `--output PATH` names, decided before anything is written:
// - `-` is stdout, and so are /dev/stdout, /dev/fd/1 (stderr likewise): the stream already open;
// - a device, FIFO or socket (/dev/null, a named pipe, /dev/stdout …) is written to directly, as a
//   shell's `>` would: it is never replaced by a regular file, not even as root;
// - a symlink is followed, and the file it points to is the one replaced (atomically, next to it);
// - anything else is a regular file, replaced atomically (FILE.tmp-<pid>, renamed when complete).
import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'stderr' }
  | { kind: 'direct'; path: string }
  | { kind: 'file'; path: string };

/** How many links a chain may have before it is taken as a loop (as the kernel's ELOOP). */
const MAX_LINKS = 40;

/** Paths the system owns: what is there is written through, never replaced. */
function isSystemPath(path: string): boolean {
  return /^\/(dev|proc)\//.test(path);
}

/** The end of a symlink chain whose last link points at nothing yet: that is where the file goes. */
async function followDangling(path: string): Promise<string> {
  let current = path;
  for (let hop = 0; hop < MAX_LINKS; hop++) {
    const info = await lstat(current).catch(() => null);
    if (info === null || !info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  return path; // a loop: writing to it fails with the system's own reason (ELOOP)
}

/** The names of the process's own stdout and stderr, which may be a socket that cannot be reopened (ENXIO). */
const OWN_STREAM = /^\/(?:dev\/(?:std(out|err)|fd\/([12]))|proc\/self\/fd\/([12]))$/;

export async function resolveOutputTarget(requested: string): Promise<OutputTarget> {
  if (requested === '-') return { kind: 'stdout' };
  const absolute = resolve(requested);
  const own = OWN_STREAM.exec(absolute);
  if (own) return own[1] === 'err' || own[2] === '2' || own[3] === '2' ? { kind: 'stderr' } : { kind: 'stdout' };
  const link = await lstat(absolute).catch(() => null);
  if (link === null) return { kind: 'file', path: requested };
  const target = await stat(absolute).catch(() => null);
  if (target !== null && !target.isFile() && !target.isDirectory()) return { kind: 'direct', path: absolute };
  if (isSystemPath(absolute)) return { kind: 'direct', path: absolute };
  if (!link.isSymbolicLink()) return { kind: 'file', path: requested };
  const real = target === null ? await followDangling(absolute) : await realpath(absolute);
  if (isSystemPath(real)) return { kind: 'direct', path: absolute };
  return { kind: 'file', path: real };
}
