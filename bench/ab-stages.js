// Two builds of rencai side by side in one process, on the stages of a CSV run: read (decode, parse,
// validate, check ids), rollup (+ the engine and the roll-up: the work of --summary) or format (+ the
// CSV bytes, not written). A and B run alternately (A B, B A, …) so both see the same load; on a
// shared machine the minimum and the median of many rounds say more than one CLI run.
//
//   node bench/ab-stages.js A_CHECKOUT B_CHECKOUT ROSTER.csv [read|rollup|format] [ROUNDS=9]
//
// A checkout is a directory with a built dist/ (for example a copy of main's bin/, dist/, data/).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [aRoot, bRoot, file, stage = 'read', roundsText = '9'] = process.argv.slice(2);
if (!aRoot || !bRoot || !file || !['read', 'rollup', 'format'].includes(stage)) {
  console.error('usage: node bench/ab-stages.js A_CHECKOUT B_CHECKOUT ROSTER.csv [read|rollup|format] [ROUNDS]');
  process.exit(2);
}

async function pipeline(root) {
  const dist = (path) => import(pathToFileURL(join(resolve(root), 'dist', path)).href);
  const [{ openRoster }, { loadPolicy }, { computePerson }, { Rollup }, { createLabels }, { createCsvFormatter }, { ByteWriter }] = await Promise.all([
    dist('roster/read.js'), dist('policy/load.js'), dist('engine/index.js'), dist('budget/rollup.js'),
    dist('i18n/labels.js'), dist('cli/output/csv.js'), dist('io/byte-writer.js'),
  ]);
  const policy = loadPolicy({ year: 2014 });
  return async () => {
    // A build from before the rules between columns were part of the policy reads them itself and ignores the option.
    const roster = await openRoster(file, { columnRules: policy.columnRules });
    const formatter = createCsvFormatter({ policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: roster.header.passthrough }, { header: 'en', bom: false });
    const rollup = new Rollup({});
    const out = new ByteWriter();
    let people = 0;
    let bytes = 0;
    for await (const batch of roster.batches) {
      for (const row of batch) {
        if (row.kind !== 'person') continue;
        people++;
        if (stage === 'read') continue;
        let result;
        try {
          result = computePerson(row.person, 2014, policy, { explain: false });
        } catch {
          continue; // rejected by the engine, as the CLI would
        }
        rollup.add(row.person, result);
        if (stage !== 'format') continue;
        formatter.personBytes({ row: row.row, person: row.person, result, extra: row.extra }, out);
        if (out.size >= 1 << 15) bytes += out.take().length;
      }
    }
    return `${people} people, ${bytes + out.take().length} CSV bytes`;
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
