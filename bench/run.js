// `npm run bench`: how fast and how lean `rencai roster` is on a large roster, against the floor of
// a bare Node read of the same file, in one run on one machine, with the issue's targets beside
// each figure; and whether the roll-up of the whole roster still equals its CSV amounts to the fen.
//
//   npm run bench                          200,000 rows, 3 runs of each measurement (median)
//   npm run bench -- --full                1,000,000 rows, the size the issue's targets are set at
//   npm run bench -- --rows 500000         any size (or BENCH_ROWS=500000)
//   BENCH_RUNS=5 npm run bench
//   BENCH_READERS=0 npm run bench          skip the comparison of CSV readers
//   BENCH_MONEY=0 npm run bench            skip the comparison of money representations
//   BENCH_OUT=/tmp/bench npm run bench     where the generated rosters and outputs go
//
// Every measurement runs in a fresh child process (wall time from spawn to exit, so start-up is
// included everywhere). The machine may be shared: each target alternates with its own floor (floor,
// run, floor, run …) so both see the same load, its ratio is of the two medians, and the load
// average is printed before and after. 200,000 rows by default: a 1M-row run of every target takes
// a quarter of an hour or more on a shared two-core machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, openSync, readSync, closeSync, createReadStream, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRoster } from './generate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_OUT: where the rosters and outputs go (a million rows are hundreds of MB; /tmp keeps them out of the tree).
const OUT = process.env.BENCH_OUT ?? join(ROOT, 'bench/out');
const CLI = join(ROOT, 'bin/rencai.js');
const SELF = fileURLToPath(import.meta.url);

// --- child modes: one measurement each, printing a JSON line ---

async function floor(file) {
  // The floor: a stream read as UTF-8, split into lines and fields, nothing else.
  let rest = '';
  let lines = 0;
  let fields = 0;
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + chunk;
    let from = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
      fields += text.slice(from, end).split(',').length;
      lines++;
      from = end + 1;
    }
    rest = text.slice(from);
  }
  return { lines, fields };
}

async function handWritten(file) {
  const { CsvParser } = await import(join(ROOT, 'dist/roster/csv.js'));
  const parser = new CsvParser();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let records = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = decoder.decode(chunk, { stream: true });
    for (let from = 0; from < text.length; from += 1 << 16) {
      const out = [];
      parser.push(text.slice(from, from + (1 << 16)), out);
      records += out.length;
    }
  }
  const out = [];
  parser.end(out);
  return { records: records + out.length };
}

async function papaparse(file) {
  const Papa = (await import('papaparse')).default;
  let records = 0;
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), {
      step: () => { records++; },
      complete: resolve,
      error: reject,
    });
  });
  return { records };
}

async function csvParse(file) {
  const { parse } = await import('csv-parse');
  let records = 0;
  const parser = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(parse({ relax_quotes: true }));
  for await (const record of parser) if (record) records++;
  return { records };
}

/**
 * The money arithmetic of one row, on amounts written as text: parse a yuan amount, multiply by the
 * months of the year, take a finance share rounded half up to the fen, the employer the rest, and
 * add both to the totals. The same work in integer fen (src/engine/money.ts) and in decimal.js; both
 * must arrive at the same totals to the fen.
 */
const MONEY_TEXTS = 1 << 16;
function moneyInputs() {
  const texts = [];
  let seed = 20130801;
  for (let k = 0; k < MONEY_TEXTS; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    texts.push(`${seed % 60000}.${String(seed % 100).padStart(2, '0')}`);
  }
  return { texts, shares: ['0.3', '0.45', '0.5', '0.675', '1'] };
}

async function moneyFen(rowsText) {
  const { parseYuan, parseExactDecimal, multiplyFen, splitByShare, addFen, formatFen } = await import(join(ROOT, 'dist/base/money.js'));
  const { texts, shares } = moneyInputs();
  const shareOf = shares.map((text) => parseExactDecimal(text));
  const rows = Number(rowsText);
  const started = performance.now();
  let finance = 0;
  let employer = 0;
  for (let k = 0; k < rows; k++) {
    const whole = multiplyFen(parseYuan(texts[k & (MONEY_TEXTS - 1)]), 1 + (k % 12));
    const split = splitByShare(whole, shareOf[k % shareOf.length], 'half_up');
    finance = addFen(finance, split.share);
    employer = addFen(employer, split.rest);
  }
  return { ms: performance.now() - started, finance: formatFen(finance), employer: formatFen(employer) };
}

async function moneyDecimal(rowsText) {
  const Decimal = (await import('decimal.js')).default;
  const { texts, shares } = moneyInputs();
  const shareOf = shares.map((text) => new Decimal(text));
  const rows = Number(rowsText);
  const started = performance.now();
  let finance = new Decimal(0);
  let employer = new Decimal(0);
  for (let k = 0; k < rows; k++) {
    const whole = new Decimal(texts[k & (MONEY_TEXTS - 1)]).times(1 + (k % 12));
    const share = whole.times(shareOf[k % shareOf.length]).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    finance = finance.plus(share);
    employer = employer.plus(whole.minus(share));
  }
  return { ms: performance.now() - started, finance: finance.toFixed(2), employer: employer.toFixed(2) };
}

const MODES = { floor, handWritten, papaparse, csvParse, moneyFen, moneyDecimal };

/** The CSV roster as a workbook, as an office's spreadsheet would save it (every cell text). */
async function writeXlsxRoster(csvFile, xlsxFile) {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: false });
  const sheet = book.addWorksheet('花名册');
  await eachCsvBatch(csvFile, (records) => { for (const { cells } of records) sheet.addRow(cells.map((cell) => cell.replace(/^\uFEFF/, ''))).commit(); });
  sheet.commit();
  await book.commit();
}

// --- measuring ---

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const HAS_TIME = existsSync('/usr/bin/time');

/**
 * Runs a command to its end: wall ms, CPU ms (user + sys) and peak RSS in MB, from GNU time when
 * there is one, else from /proc/PID/status (VmHWM, read until the process is gone).
 */
function measure(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = HAS_TIME
      ? spawn('/usr/bin/time', ['-f', 'BENCH %U %S %M', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (data) => { stdout += data; });
    child.stderr.on('data', (data) => { stderr += data; });
    const poll = HAS_TIME ? null : setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch { /* gone */ }
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (poll) clearInterval(poll);
      let cpuMs = null;
      const line = /BENCH ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      if (line) {
        cpuMs = (Number(line[1]) + Number(line[2])) * 1000;
        peakKb = Number(line[3]);
        stderr = stderr.slice(0, line.index);
      }
      resolve({ code, wallMs, cpuMs, rssMb: peakKb / 1024, stdout, stderr });
    });
  });
}

function summary(results) {
  return {
    wallMs: median(results.map((r) => r.wallMs)),
    cpuMs: results[0].cpuMs === null ? null : median(results.map((r) => r.cpuMs)),
    rssMb: Math.max(...results.map((r) => r.rssMb)),
    last: results[results.length - 1],
  };
}

async function measured(command, args, accept) {
  const result = await measure(command, args);
  if (!accept(result)) throw new Error(`${command} ${args.join(' ')} ended with ${result.code}: ${result.stderr.slice(0, 500)}`);
  return result;
}

async function repeated(runs, command, args, accept = (result) => result.code === 0) {
  const results = [];
  for (let k = 0; k < runs; k++) results.push(await measured(command, args, accept));
  return summary(results);
}

/** A and B alternately, `runs` times each (A B A B …): both see the same load. */
async function alternated(runs, a, b) {
  const as = [];
  const bs = [];
  for (let k = 0; k < runs; k++) {
    as.push(await measured(...a));
    bs.push(await measured(...b));
  }
  return [summary(as), summary(bs)];
}

// --- exactness at scale ---

/** "1234.56" → 123456 fen, by integer arithmetic on the text. */
function fenOf(text) {
  const match = /^(-?)(\d+)\.(\d\d)$/.exec(text);
  if (!match) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const fen = Number(match[2]) * 100 + Number(match[3]);
  if (!Number.isSafeInteger(fen)) throw new Error(`amount beyond exact integers: ${text}`);
  return match[1] ? -fen : fen;
}

/** Hands every record of a CSV file, batch by batch, to `take`, read with rencai's own CSV parser. */
async function eachCsvBatch(file, take) {
  const { CsvParser } = await import(join(ROOT, 'dist/roster/csv.js'));
  const parser = new CsvParser();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const out = [];
    parser.push(decoder.decode(chunk, { stream: true }), out);
    take(out);
  }
  const out = [];
  parser.end(out);
  take(out);
}

async function csvAmountSum(file) {
  let column = -1;
  let sum = 0;
  let lines = 0;
  const take = (records) => {
    for (const { cells } of records) {
      if (column === -1) {
        column = cells.map((cell) => cell.replace(/^\uFEFF/, '')).indexOf('amount');
        continue;
      }
      lines++;
      if (cells[column] !== '') sum += fenOf(cells[column]);
      if (!Number.isSafeInteger(sum)) throw new Error('CSV sum beyond exact integers');
    }
  };
  await eachCsvBatch(file, take);
  return { sum, lines };
}

/** The JSON output's tail (rejected, rollup, readings, summary) without parsing a million people. */
function jsonTail(file) {
  const size = statSync(file).size;
  const length = Math.min(size, 32 << 20);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  readSync(fd, buffer, 0, length, size - length);
  closeSync(fd);
  const text = buffer.toString('utf8');
  const at = text.lastIndexOf('\n],\n');
  if (at === -1) throw new Error('JSON output: end of "people" not found');
  return JSON.parse(`{${text.slice(at + 3)}`);
}

// --- the report ---

const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const row = (label, value, ratio, target) => console.log(`${label.padEnd(34)} ${value.padStart(22)}  ${ratio.padStart(8)}  ${target}`);

async function main() {
  const argAt = process.argv.indexOf('--rows');
  const rows = process.argv.includes('--full') ? 1_000_000 : Number(argAt !== -1 ? process.argv[argAt + 1] : process.env.BENCH_ROWS ?? 200_000);
  if (!Number.isSafeInteger(rows) || rows < 1) throw new Error('--rows takes a whole number of rows');
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const startRuns = Math.max(5, runs * 2 + 1);
  mkdirSync(OUT, { recursive: true });
  const roster = join(OUT, `roster-${rows}.csv`);
  const coreRoster = join(OUT, `roster-core-${rows}.csv`);
  for (const [file, shape] of [[roster, 'claims'], [coreRoster, 'core']]) {
    if (existsSync(file)) continue;
    console.log(`writing ${file} …`);
    await writeRoster(file, rows, undefined, shape);
  }
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const size = statSync(roster).size;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`rencai bench: ${rows.toLocaleString('en-US')} rows, ${(size / 1e6).toFixed(0)} MB; median of ${runs} runs (start-up: ${startRuns})`);
  console.log(`machine: ${cpus().length} × ${cpu}, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('');
  if (rows !== 1_000_000) console.log(`the targets are set at 1,000,000 rows (npm run bench -- --full); at ${rows.toLocaleString('en-US')} the ratios carry more start-up and the peaks are lower`);
  console.log(`${'measurement'.padEnd(34)} ${'wall (cpu), peak RSS'.padStart(22)}  ${'ratio'.padStart(8)}  target`);

  const figure = (r) => `${ms(r.wallMs)}${r.cpuMs === null ? '' : ` (${ms(r.cpuMs)})`}, ${r.rssMb.toFixed(0)} MB`;
  const verdict = (ratio, limit, rssMb, rssLimit) => {
    const met = ratio <= limit && rssMb <= rssLimit;
    if (!met) missed++;
    return `≤ ${limit}× and ≤ ${rssLimit} MB: ${met ? 'pass' : 'FAIL'}`;
  };
  let missed = 0;
  const rejectedOk = (result) => result.code === 0 || result.code === 1;
  const cliArgs = (file, args) => [process.execPath, [CLI, 'roster', file, '--year', '2014', ...args], rejectedOk];
  const cli = (file, args) => repeated(runs, ...cliArgs(file, args));
  const csvOut = join(OUT, 'bench-out.csv');
  const jsonOut = join(OUT, 'bench-out.json');
  let bare = null;
  // Both shapes of roster: the contract's 19 core columns only (the issue's targets), and with the
  // 21 claim columns (a longer line, so a longer floor). Each against its own floor, in this run.
  for (const [shape, file] of [['core', coreRoster], ['claims', roster]]) {
    console.log('');
    console.log(`${shape === 'core' ? '19 core columns' : 'with the claim columns'}: ${(statSync(file).size / 1e6).toFixed(0)} MB`);
    const floorArgs = [process.execPath, [SELF, '--child', 'floor', file], (result) => result.code === 0];
    const floorRun = await repeated(runs, ...floorArgs);
    if (shape === 'claims') bare = floorRun;
    row('  bare read + split (floor)', figure(floorRun), '1.00×', '');
    // Each target alternates with a floor of its own; the ratio is of the two medians.
    const target = async (label, command, limit, rssLimit) => {
      const [floorNow, run] = await alternated(runs, floorArgs, command);
      const ratio = run.wallMs / floorNow.wallMs;
      // The CPU ratio beside the wall one: on a shared machine the wall times of a pair can differ by
      // half while their CPU times agree (bench/PROFILE.md, issue #18 fifth round).
      const cpuRatio = run.cpuMs === null || !floorNow.cpuMs ? '' : `, cpu ${(run.cpuMs / floorNow.cpuMs).toFixed(2)}×`;
      row(`  ${label}`, figure(run), `${ratio.toFixed(2)}×`, `${verdict(ratio, limit, run.rssMb, rssLimit)} (floor ${ms(floorNow.wallMs)}${cpuRatio})`);
    };
    await target('roster --format csv --output', cliArgs(file, ['--format', 'csv', '--output', csvOut]), 2, 150);
    for (const reasons of ['full', 'ids', 'none']) {
      await target(`roster --format json --reasons ${reasons}`, cliArgs(file, ['--format', 'json', '--reasons', reasons, '--output', jsonOut]), 4, 200);
    }
    await target('roster --format jsonl --reasons ids', cliArgs(file, ['--format', 'jsonl', '--reasons', 'ids', '--output', join(OUT, 'bench-out.jsonl')]), 4, 200);
    await target('roster --summary (roll-up only)', cliArgs(file, ['--summary']), 1.9, 200);
    await target('budget (roll-up only, no --detail)', [process.execPath, [CLI, 'budget', '--people', file, '--year', '2014'], rejectedOk], 1.9, 200);
  }
  // The last JSON written above is --reasons none; the exactness check below reads a default one.
  await cli(roster, ['--format', 'json', '--output', jsonOut]);

  // Workbooks: 200,000 people written as .xlsx against the same as CSV, and a 200,000-row .xlsx
  // roster read (validate) against the same rows as CSV.
  console.log('');
  const xlsxRows = Math.min(rows, 200_000);
  const small = join(OUT, `roster-core-${xlsxRows}.csv`);
  if (!existsSync(small)) await writeRoster(small, xlsxRows, undefined, 'core');
  const smallXlsx = join(OUT, `roster-core-${xlsxRows}.xlsx`);
  if (!existsSync(smallXlsx)) await writeXlsxRoster(small, smallXlsx);
  console.log(`workbooks: ${xlsxRows.toLocaleString('en-US')} people (19 core columns)`);
  const [smallCsv, xlsxRun] = await alternated(runs, cliArgs(small, ['--format', 'csv', '--output', join(OUT, 'bench-out-small.csv')]), cliArgs(small, ['--output', join(OUT, 'bench-out.xlsx')]));
  row('  roster --format csv --output', figure(smallCsv), '1.00×', '');
  const xlsxRatio = xlsxRun.wallMs / smallCsv.wallMs;
  row('  roster --output .xlsx', figure(xlsxRun), `${xlsxRatio.toFixed(2)}×`, verdict(xlsxRatio, 3, xlsxRun.rssMb, 200));
  const validate = (file) => [process.execPath, [CLI, 'validate', file], rejectedOk];
  const [readCsv, readXlsx] = await alternated(runs, validate(small), validate(smallXlsx));
  row('  validate (read) .csv', figure(readCsv), '1.00×', '');
  const readRatio = readXlsx.wallMs / readCsv.wallMs;
  row('  validate (read) .xlsx', figure(readXlsx), `${readRatio.toFixed(2)}×`, verdict(readRatio, 3, readXlsx.rssMb, 200));
  console.log('');
  console.log(missed === 0 ? 'every target met' : `${missed} target(s) MISSED`);
  console.log(`load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  const child = (mode) => repeated(runs, process.execPath, [SELF, '--child', mode, roster]);
  if (process.env.BENCH_READERS !== '0') {
    console.log('');
    console.log('CSV readers (read, decode, split into records; no validation):');
    for (const [mode, label] of [['handWritten', 'hand-written (src/roster/csv.ts)'], ['papaparse', 'papaparse 5 (step)'], ['csvParse', 'csv-parse 6 (arrays)']]) {
      const result = await child(mode);
      row(`  ${label}`, figure(result), `${(result.wallMs / bare.wallMs).toFixed(2)}×`, '');
    }
  }

  if (process.env.BENCH_MONEY !== '0') {
    console.log('');
    console.log(`money arithmetic of ${rows.toLocaleString('en-US')} rows (parse, × months, share half up, rest, two sums), in process:`);
    const money = {};
    for (const [mode, label] of [['moneyFen', 'integer fen (src/engine/money.ts)'], ['moneyDecimal', 'decimal.js 10']]) {
      const result = JSON.parse(spawnSync(process.execPath, [SELF, '--child', mode, String(rows)], { encoding: 'utf8' }).stdout);
      money[mode] = result;
      row(`  ${label}`, `${ms(result.ms)}`, `${((result.ms * 1000) / rows).toFixed(2)} µs`, `finance ${result.finance}, employer ${result.employer}`);
    }
    const same = money.moneyFen.finance === money.moneyDecimal.finance && money.moneyFen.employer === money.moneyDecimal.employer;
    console.log(`  ${same ? 'same totals to the fen' : 'TOTALS DIFFER'}`);
    if (!same) process.exitCode = 1;
  }

  console.log('');
  const nodeBare = await repeated(startRuns, process.execPath, ['-e', '0']);
  row('node -e 0', figure(nodeBare), '1.00×', '');
  for (const flag of ['--version', '--help']) {
    const result = await repeated(startRuns, process.execPath, [CLI, flag]);
    const ratio = result.wallMs / nodeBare.wallMs;
    row(`rencai ${flag}`, figure(result), `${ratio.toFixed(2)}×`, `≤ 3× node -e 0 ${ratio <= 3 ? 'met' : 'MISSED'}`);
  }
  // What every roster run pays before its first row (modules, zod, the policy loaded and compiled):
  // a fixed cost the floor does not have, which weighs more in the ratios the fewer the rows.
  const oneRow = join(OUT, 'roster-core-1.csv');
  if (!existsSync(oneRow)) await writeRoster(oneRow, 1, undefined, 'core');
  const startUp = await repeated(startRuns, ...cliArgs(oneRow, ['--format', 'csv', '--output', join(OUT, 'bench-out-1.csv')]));
  row('rencai roster, 1 row (start-up)', figure(startUp), `${(startUp.wallMs / nodeBare.wallMs).toFixed(2)}×`, 'fixed cost of every roster run');

  console.log('');
  const { sum, lines } = await csvAmountSum(csvOut);
  const tail = jsonTail(jsonOut);
  const total = fenOf(tail.rollup.total);
  const byPayer = Object.values(tail.rollup.byPayer).reduce((acc, amount) => acc + fenOf(amount), 0);
  const byItem = Object.values(tail.rollup.byItem).reduce((acc, amount) => acc + fenOf(amount), 0);
  const exact = sum === total && byPayer === total && byItem === total;
  console.log(`exactness: ${lines.toLocaleString('en-US')} CSV lines, amount column sums to ${sum} fen; JSON rollup.total ${total} fen, Σ byPayer ${byPayer}, Σ byItem ${byItem} — ${exact ? 'equal to the fen' : 'MISMATCH'}`);
  console.log(`people computed ${tail.summary.computed.toLocaleString('en-US')}, rejected ${tail.summary.rejected.toLocaleString('en-US')}`);
  if (!exact) process.exitCode = 1;
}

if (process.argv[2] === '--child') {
  const result = await MODES[process.argv[3]](process.argv[4]);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await main();
}
