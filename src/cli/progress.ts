// A progress line for long rosters, on stderr and only when stderr is a terminal (a script or a log
// file gets nothing): a bar from the bytes read out of the file's size, rows so far, rows a second
// and the time left. Redrawn at most every 200 ms, so it costs nothing per row; erased at the end so
// the summary lines that follow start on a clean line.
import type { Messages } from '../i18n/messages.js';

export interface ProgressState {
  rows: number;
  elapsedMs: number;
  /** Bytes of the roster read so far, and its size (null when unknown: standard input). */
  bytes: number;
  total: number | null;
}

const BAR_WIDTH = 20;
const REDRAW_MS = 200;

function grouped(count: number): string {
  return String(Math.floor(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `text` cut to `columns` terminal cells (CJK characters take two). */
export function fitToWidth(text: string, columns: number): string {
  let used = 0;
  for (let k = 0; k < text.length; k++) {
    used += text.charCodeAt(k) >= 0x1100 ? 2 : 1;
    if (used > columns) return text.slice(0, k);
  }
  return text;
}

/** The line drawn (without the carriage return that precedes it). */
export function renderProgress(state: ProgressState, m: Messages): string {
  const seconds = state.elapsedMs / 1000;
  const perSecond = seconds > 0 ? state.rows / seconds : 0;
  let bar = '';
  let secondsLeft: number | null = null;
  if (state.total !== null && state.total > 0) {
    const fraction = Math.min(1, state.bytes / state.total);
    const filled = Math.round(fraction * BAR_WIDTH); // not money: a progress bar's width
    bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%  `;
    // The time left at the pace so far: elapsed × (bytes still to read / bytes read).
    if (state.bytes > 0 && seconds >= 1) secondsLeft = Math.ceil((seconds * (state.total - Math.min(state.bytes, state.total))) / state.bytes);
  }
  return bar + m.progress(grouped(state.rows), grouped(perSecond), secondsLeft);
}

export interface Progress {
  /** Called as often as liked; redraws only when REDRAW_MS have passed. */
  update(rows: number): void;
  /** Erases the line. */
  done(): void;
}

const SILENT: Progress = { update() {}, done() {} };

export function createProgress(options: {
  stream: NodeJS.WriteStream;
  messages: Messages;
  read: () => { bytes: number; total: number | null };
  now?: () => number;
}): Progress {
  const { stream, messages: m, read } = options;
  if (stream.isTTY !== true) return SILENT;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let last = started;
  let drawn = false;
  return {
    update(rows) {
      const time = now();
      if (time - last < REDRAW_MS) return;
      last = time;
      const { bytes, total } = read();
      const width = stream.columns > 1 ? stream.columns - 1 : 79;
      // The line is cut to the terminal's width so it never wraps (a wrapped line cannot be redrawn with \r).
      stream.write(`\r${fitToWidth(renderProgress({ rows, elapsedMs: time - started, bytes, total }, m), width)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
