// The roster fuzzer: valid rosters edited at random, as text (separators, quotes, line ends, digits,
// full-width forms, byte order marks inserted, cells deleted or repeated) or as bytes (flipped,
// inserted, deleted, repeated, truncated: encodings, NULs, quotes broken); each case goes through
// openRoster (and every tenth through the whole roster command). What must hold for every case:
// the file is either refused with a RosterFileError / exit status 3, or every row comes out once,
// as a person the engine computes or as a rejection with its reasons; nothing else is thrown.
// Each case has its own seed, so a failure is reproduced with FUZZ_SEED=<seed> FUZZ_ITERATIONS=1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRoster } from '../../src/cli/commands/roster.js';
import { CliError } from '../../src/cli/errors.js';
import { ExitCode } from '../../src/cli/exit-codes.js';
import { computePerson, EngineInputError } from '../../src/engine/index.js';
import { loadPolicy } from '../../src/policy/load.js';
import { RosterFileError } from '../../src/roster/read.js';
import { sniffEncoding } from '../../src/roster/encoding.js';
import { random } from '../../bench/generate.js';
import { openBundledRoster } from '../bundled-rules.js';

const ROOT = new URL('../../', import.meta.url);
const SEEDS = ['data/examples/roster.csv', 'tests/fixtures/e2e/small-gb18030.csv', 'tests/fixtures/e2e/bad-rows.csv', 'tests/fixtures/roster/people.zh.utf8.csv']
  .map((path) => readFileSync(new URL(path, ROOT)));
/** Bytes that matter to a CSV reader and a decoder. */
const INTERESTING = [0x22, 0x2c, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xe4, 0xd5, 0x80, 0x20, 0x3b, 0x2d, 0x2e, 0x31];

/** One mutated roster for `seed`. */
export function mutate(seed: number): Buffer {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const source = SEEDS[int(SEEDS.length)]!;
  // Most cases are edited as text (whole characters), so that rows get read and judged; the rest
  // are edited as bytes and may break anything: encodings, quotes, NULs, byte order marks.
  if (next() < 0.65) {
    const encoding = sniffEncoding(source, true);
    const chars = [...new TextDecoder(encoding).decode(source)];
    const gentle = [',', ',', '\n', '\r', '\r\n', ' ', ';', '、', '-', '.', '1', '9', '０', 'x', '=', '""', '"', '\ufeff', '¥', '，'];
    const edits = 1 + int(6);
    for (let m = 0; m < edits; m++) {
      const at = int(chars.length + 1);
      switch (int(4)) {
        case 0: if (at < chars.length) chars[at] = gentle[int(gentle.length)]!; break;
        case 1: chars.splice(at, 0, gentle[int(gentle.length)]!); break;
        case 2: chars.splice(at, 1 + int(20)); break;
        default: chars.splice(at, 0, ...chars.slice(int(chars.length), int(chars.length) + int(120))); break;
      }
    }
    return Buffer.from(chars.join(''));
  }
  let bytes = [...source];
  const byte = () => (next() < 0.7 ? INTERESTING[int(INTERESTING.length)]! : int(256));
  const mutations = 1 + int(8);
  for (let m = 0; m < mutations; m++) {
    const at = int(bytes.length + 1);
    switch (int(7)) {
      case 0: if (at < bytes.length) bytes[at] = byte(); break; // replace
      case 1: bytes.splice(at, 0, byte()); break; // insert
      case 2: bytes.splice(at, 1 + int(40)); break; // delete a run
      case 3: bytes.splice(at, 0, ...bytes.slice(int(bytes.length), int(bytes.length) + int(200))); break; // repeat a piece
      case 4: bytes.splice(at, 0, ...[0x22, 0x22, 0x2c, 0x22, 0x0d, 0x0a, 0x2c, 0x2c].slice(int(4), 4 + int(5))); break; // quote/separator soup
      case 5: bytes.splice(at, 0, 0xef, 0xbb, 0xbf); break; // a byte order mark anywhere
      default: if (next() < 0.2) bytes = bytes.slice(0, at); break; // truncated
    }
  }
  return Buffer.from(bytes);
}

export interface FuzzFailure {
  seed: number;
  error: string;
}

const policy = loadPolicy({ year: 2014 });
/** What the cases exercised: files refused whole, rows read (people and rejections). */
const stats = { refused: 0, rows: 0 };

/** Reads the roster through; a RosterFileError (at the start or half way) is the documented refusal. */
async function readAll(path: string): Promise<string | null> {
  try {
    const roster = await openBundledRoster(path);
    let lastRow = 0;
    for await (const row of roster.rows) {
      if (!(row.row > lastRow)) return `row ${row.row} after row ${lastRow}: a row came twice or out of order`;
      lastRow = row.row;
      stats.rows++;
      if (row.kind === 'rejected') {
        if (row.errors.length === 0) return `row ${row.row} rejected without a reason`;
        for (const error of row.errors) if (typeof error.message !== 'string' || error.message === '') return `row ${row.row}: empty error`;
        continue;
      }
      try {
        computePerson(row.person, 2014, policy);
      } catch (error) {
        if (!(error instanceof EngineInputError)) throw error; // the command rejects such a row
      }
    }
    return null;
  } catch (error) {
    if (error instanceof RosterFileError && error.message.length > 0) {
      stats.refused++;
      return null;
    }
    throw error;
  }
}

/** Runs one case; returns what went wrong, or null. */
export async function fuzzCase(seed: number, dir: string, wholeCommand: boolean): Promise<string | null> {
  const path = join(dir, `case-${seed}.csv`);
  writeFileSync(path, mutate(seed));
  try {
    const problem = await readAll(path);
    if (problem !== null) return problem;
    if (wholeCommand) {
      try {
        const status = await runRoster(path, { year: 2014, format: 'csv', output: `${path}.out`, encoding: 'auto', summary: false }, 'zh');
        if (status !== ExitCode.OK && status !== ExitCode.ROWS_REJECTED) return `roster command returned ${status}`;
      } catch (error) {
        if (!(error instanceof CliError && error.exitCode === ExitCode.INPUT)) throw error;
      }
    }
    return null;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  } finally {
    rmSync(path, { force: true });
    rmSync(`${path}.out`, { force: true });
  }
}

/** Runs cases from `firstSeed` until `iterations` are done or `seconds` have passed. */
export async function fuzz(options: { firstSeed: number; iterations: number; seconds: number }): Promise<{ iterations: number; failures: FuzzFailure[]; refused: number; rows: number }> {
  stats.refused = 0;
  stats.rows = 0;
  const dir = mkdtempSync(join(tmpdir(), 'rencai-fuzz-'));
  const stderrWrite = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write; // the command's summary lines
  const failures: FuzzFailure[] = [];
  const deadline = Date.now() + options.seconds * 1000;
  let iterations = 0;
  try {
    for (let k = 0; k < options.iterations && Date.now() < deadline; k++) {
      const seed = options.firstSeed + k;
      const error = await fuzzCase(seed, dir, k % 10 === 0);
      iterations++;
      if (error !== null) failures.push({ seed, error });
    }
  } finally {
    process.stderr.write = stderrWrite;
    rmSync(dir, { recursive: true, force: true });
  }
  return { iterations, failures, ...stats };
}
