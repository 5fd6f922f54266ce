// Summarises a .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
// their share of the samples, so a profile can be read and pasted without DevTools.
//   node bench/profile-summary.js FILE.cpuprofile [TOP=25]
import { readFileSync } from 'node:fs';

const [file, topText] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/profile-summary.js FILE.cpuprofile [TOP]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const hits = new Map();
const dt = profile.timeDeltas;
for (let k = 0; k < profile.samples.length; k++) {
  const node = byId.get(profile.samples[k]);
  const frame = node.callFrame;
  const where = frame.url ? `${frame.url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${frame.lineNumber + 1}` : '';
  const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
  hits.set(key, (hits.get(key) ?? 0) + (dt[k] ?? 0));
}
const total = [...hits.values()].reduce((a, b) => a + b, 0);
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
for (const [key, time] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, Number(topText ?? 25))) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${key}`);
}

// Inclusive time of the stages of a roster run (a sample counts once for each stage on its stack).
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const STAGES = ['runRoster', 'next', 'rowOf', 'parsePersonRecordWith', 'push', 'computePerson', 'add', 'person', 'write', 'decode', 'renderReason'];
const inclusive = new Map(STAGES.map((name) => [name, 0]));
for (let k = 0; k < profile.samples.length; k++) {
  const seen = new Set();
  for (let id = profile.samples[k]; id !== undefined; id = parent.get(id)) {
    const name = byId.get(id).callFrame.functionName;
    if (inclusive.has(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, inclusive.get(name) + (dt[k] ?? 0));
    }
  }
}
console.log('inclusive:');
for (const [name, time] of inclusive) if (time > 0) console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${name}`);

// Self time by source file: which part of the program the time is spent in.
const byFile = new Map();
for (const [key, time] of hits) {
  const where = /\s(\S+):\d+$/.exec(key)?.[1] ?? key.replace(/\s.*$/, '');
  byFile.set(where, (byFile.get(where) ?? 0) + time);
}
console.log('self time by file:');
for (const [file, time] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(6)} ms  ${file}`);
}
