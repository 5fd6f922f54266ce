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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAGES = ['read', 'engine', 'rollup', 'format'];
const [file, stage = 'format'] = process.argv.slice(2);
if (!file || !STAGES.includes(stage)) {
  console.error(`usage: node bench/stages.js ROSTER.csv ${STAGES.join('|')}`);
  process.exit(2);
}
const upTo = STAGES.indexOf(stage);
const dist = (path) => import(join(ROOT, 'dist', path));
const [{ openRoster }, { loadPolicy }, { computePerson }, { Rollup }, { createLabels }, { createCsvFormatter }, { ByteWriter }] = await Promise.all([
  dist('roster/read.js'), dist('policy/load.js'), dist('engine/index.js'), dist('budget/rollup.js'),
  dist('i18n/labels.js'), dist('cli/output/csv.js'), dist('io/byte-writer.js'),
]);

const started = performance.now();
const policy = loadPolicy({ year: 2014 });
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
    if (upTo < 1) continue;
    let result;
    try {
      result = computePerson(row.person, 2014, policy, { explain: false });
    } catch {
      continue; // rejected by the engine, as the CLI would
    }
    if (upTo < 2) continue;
    rollup.add(row.person, result);
    if (upTo < 3) continue;
    formatter.personBytes({ row: row.row, person: row.person, result, extra: row.extra }, out);
    if (out.size >= 1 << 15) bytes += out.take().length;
  }
}
bytes += out.take().length;
const usage = process.resourceUsage();
console.log(`${stage}: ${people} people, ${bytes} CSV bytes, ${Math.round(performance.now() - started)} ms wall, ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)} ms CPU, peak RSS ${Math.round(usage.maxRSS / 1024)} MB`);
