// Rejected rows cost linear time and bounded memory in every format (#13): a roster whose every row
// is rejected (学历 "硕博" is no code), run through table, json, csv and xlsx, each timed with its
// peak memory. Not part of `npm test`: these are measurements, not assertions.
//
//   node bench/rejected.js [ROWS=100000] [FORMATS=table,json,csv,xlsx]
//
// Peak memory comes from GNU time (`/usr/bin/time -v`, "Maximum resident set size"); without it only
// the wall time is printed. The roster goes to bench/out/rejected-ROWS.csv and is reused.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 100_000);
const formats = (process.argv[3] ?? 'table,json,csv,xlsx').split(',');
const out = join(ROOT, 'bench/out');
const roster = join(out, `rejected-${rows}.csv`);

async function writeRoster() {
  mkdirSync(out, { recursive: true });
  const [header, first] = readFileSync(join(ROOT, 'data/examples/roster.csv'), 'utf8').split('\n');
  const stream = createWriteStream(roster);
  stream.write(`${header}\n`);
  for (let k = 0; k < rows; k++) {
    if (!stream.write(`${first.replace(/^P001,([^,]*),([^,]*),[^,]*,/, `R${k},$1,$2,硕博,`)}\n`)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
}

if (!existsSync(roster)) await writeRoster();
const gnuTime = existsSync('/usr/bin/time');
for (const format of formats) {
  const target = join(out, `rejected-${rows}.xlsx`);
  const args = ['bin/rencai.js', 'roster', roster, '--year', '2014', ...(format === 'xlsx' ? ['--output', target] : ['--format', format])];
  const started = process.hrtime.bigint();
  const run = gnuTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr.toString())?.[1];
  const memory = peak === undefined ? '' : `, peak ${(Number(peak) / 1024).toFixed(0)} MB`;
  console.log(`${rows} rejected rows, ${format}: ${seconds.toFixed(1)} s${memory} (exit ${run.status})`);
  rmSync(target, { force: true });
}
