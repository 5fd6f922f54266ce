// Runs the built CLI the way a user or a script does: `node bin/rencai.js …`, from the repo root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addFen, type Fen } from '../../src/base/money.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/rencai.js', import.meta.url));
export const FIXTURES = 'tests/fixtures/e2e';
export const EXAMPLE = 'data/examples/roster.csv';

export function requireBuild(): void {
  if (!existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Colour and debug switches are removed from the environment unless a test sets them. */
export function rencai(args: string[], options: { env?: Record<string, string>; input?: string | Buffer } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'RENCAI_DEBUG', 'CI']) delete env[name];
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env, input: options.input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Money text as printed ("1200000.00": digits, a point, exactly two decimals) → fen, exactly. */
export function fen(text: string): Fen {
  const match = /^(\d+)\.(\d{2})$/.exec(text);
  const value = match ? Number(match[1]) * 100 + Number(match[2]) : Number.NaN;
  if (!Number.isSafeInteger(value)) throw new Error(`not money: ${text}`);
  return value as Fen;
}

export function sumYuan(values: Iterable<string>): Fen {
  let total = 0 as Fen;
  for (const value of values) total = addFen(total, fen(value));
  return total;
}

/** The lines of a stderr, each of which must be one `rencai: ` problem or summary line. */
export function stderrLines(run: Run): string[] {
  return run.stderr.split('\n').filter((line) => line !== '');
}

export interface RosterJson {
  policy: string;
  year: number;
  people: {
    row: number; id: string; name: string | null; tier: string | null; total: string;
    items: { item: string; clause: string; status: string; monthly: string | null; months: number | null; amount: string | null; payers: { payer: string; amount: string | null }[] }[];
  }[];
  rejected: { row: number; id: string | null; errors: { column: string; message: string }[] }[];
  rollup: {
    byPayer: Record<string, string>; byItem: Record<string, string>; total: string; byCounty: Record<string, string>;
    uncomputed: { count: number; byItem: Record<string, Record<string, number>>; byPayer: Record<string, Record<string, number>> };
  };
  summary: { computed: number; rejected: number };
}

/** Parses CSV text (RFC 4180, as our writer quotes it) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (char === '"') quoted = false; else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { row.push(cell); cell = ''; } else if (char === '\r') continue;
    else if (char === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += char;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
