// Where the time of `rencai roster --format csv` goes, stage by stage: runs the CLI's own pieces in
// one process on a roster and stops after the named stage, so the differences between runs are the
// cost of each stage (the CPU profile's shares, as wall time).
//
//   node bench/stages.js bench/out/roster-1000000.csv read     decode, parse, validate, check ids
//   node bench/stages.js bench/out/roster-1000000.csv engine   + computePerson (explain: false, as the CSV run)
//   node bench/stages.js bench/out/roster-1000000.csv rollup   + the roll-up
//   node bench/stages.js bench/out/roster-1000000.csv format   + CSV bytes (not written)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStages, STAGES } from './stage-run.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, stage = 'format'] = process.argv.slice(2);
if (!file || !STAGES.includes(stage)) {
  console.error(`usage: node bench/stages.js ROSTER.csv ${STAGES.join('|')}`);
  process.exit(2);
}

const started = performance.now();
const { people, bytes } = await (await loadStages(ROOT))(file, stage);
const usage = process.resourceUsage();
console.log(`${stage}: ${people} people, ${bytes} CSV bytes, ${Math.round(performance.now() - started)} ms wall, ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)} ms CPU, peak RSS ${Math.round(usage.maxRSS / 1024)} MB`);
