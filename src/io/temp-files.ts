// Every temporary file rencai makes (an output's FILE.tmp-<pid>, a spool of rights or rejected
// rows) is registered here and removed on every way out: a normal exit, an error, Ctrl-C (SIGINT),
// SIGTERM and SIGHUP (a closed terminal). Only SIGKILL, which no program can catch, leaves one.
// A signal is passed on after the clean-up, so the process still ends as killed by it.
import { unlinkSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const paths = new Set<string>();
let installed = false;

function removeAllSync(): void {
  for (const path of paths) {
    try { unlinkSync(path); } catch { /* already gone */ }
  }
  paths.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  uninstall();
  // Other listeners (a questionnaire's Ctrl-C) still hear it; with none left, the default action ends us.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeAllSync);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeAllSync);
}

/** From now on `path` is removed however the process ends, until released. */
export function trackTemporary(path: string): void {
  paths.add(path);
  install();
}

/** `path` was renamed into place or removed: no longer ours to clean up. */
export function releaseTemporary(path: string): void {
  paths.delete(path);
  if (paths.size === 0) uninstall();
}

/** The registered paths, for tests. */
export function trackedTemporaries(): readonly string[] {
  return [...paths];
}
