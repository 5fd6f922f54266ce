// Two builds of rencai side by side in one process, on a stage of a CSV run (bench/stage-run.js: read,
// engine, rollup = the work of --summary, format = + the CSV bytes, not written). A and B run alternately
// (A B, B A, …) so both see the same load; on a shared machine the minimum and the median of many rounds say
// more than one CLI run.
//
//   node bench/ab-stages.js A_CHECKOUT B_CHECKOUT ROSTER.csv [read|engine|rollup|format] [ROUNDS=9]
//
// A checkout is a directory with a built dist/ (for example a copy of main's bin/, dist/, data/).
import { loadStages, STAGES } from './stage-run.js';

const [aRoot, bRoot, file, stage = 'read', roundsText = '9'] = process.argv.slice(2);
if (!aRoot || !bRoot || !file || !STAGES.includes(stage)) {
  console.error(`usage: node bench/ab-stages.js A_CHECKOUT B_CHECKOUT ROSTER.csv [${STAGES.join('|')}] [ROUNDS]`);
  process.exit(2);
}

async function pipeline(root) {
  const run = await loadStages(root);
  return async () => {
    const { people, bytes } = await run(file, stage);
    return `${people} people, ${bytes} CSV bytes`;
  };
}

const runs = { A: await pipeline(aRoot), B: await pipeline(bRoot) };
const times = { A: [], B: [] };
const checks = {};
for (let round = 0; round < Number(roundsText); round++) {
  for (const which of round % 2 ? ['B', 'A'] : ['A', 'B']) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    checks[which] = await runs[which]();
    const used = process.cpuUsage(cpu);
    times[which].push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
  }
}
const sorted = (values) => [...values].sort((x, y) => x - y);
for (const which of ['A', 'B']) {
  const wall = sorted(times[which].map((t) => t.wall));
  const cpu = sorted(times[which].map((t) => t.cpu));
  const middle = Math.floor(wall.length / 2);
  console.log(`${which} ${stage}: cpu min ${cpu[0].toFixed(0)} median ${cpu[middle].toFixed(0)} ms, wall min ${wall[0].toFixed(0)} median ${wall[middle].toFixed(0)} ms (${checks[which]})`);
}
if (checks.A !== checks.B) console.log('A and B DIFFER');
