// Issue #14, "every reading can be switched from the command line in every command", driven by the
// data: every place the edition's data names a reading (enumerated by walking its files, not listed by
// hand) is a `--set` key, and every command that computes must accept all of them, say it runs a
// scenario of that many changes, and give a different result from the bundled policy's. Each reading's
// text (readings.<id>.zh) is switched the same way. One run per command with every key at once: a key
// a command refused would fail the whole run (exit 2), so each is proven accepted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rencai, ROOT } from './helpers.js';

const EDITION = join(ROOT, 'data', 'policies', 'lps-2013');
const readingIds = (JSON.parse(readFileSync(join(EDITION, 'readings.json'), 'utf8')) as { readings: { id: string }[] }).readings.map((reading) => reading.id);
const known = new Set(readingIds);

/** A data file's path → the head of its `--set` keys (README "假设情景"). */
function keyHead(file: string): string[] {
  const [first = '', second] = file.replace(/\.json$/, '').split('/');
  if (first === 'items' || first === 'units') return [first, second!];
  if (first === 'claim-rules') return ['claimRules'];
  return [first];
}

/** Every path at which the data names a reading, as a `--set` key; list elements by their id, tier or item. */
function readingReferences(): { reading: string; key: string }[] {
  const found: { reading: string; key: string }[] = [];
  const walk = (value: unknown, path: string[], head: string[], file: string) => {
    // A choice's node names its reading to say which alternatives it holds: that reading is switched by its choice (below).
    if (path[path.length - 1] === 'byReading') return;
    if (typeof value === 'string' && known.has(value) && /reading$/i.test(path[path.length - 1] ?? '')) {
      // claim-rules.json's "items" is folded into the key's head (claimRules.<item>.…).
      found.push({ reading: value, key: [...head, ...(file === 'claim-rules.json' ? path.slice(1) : path)].join('.') });
      return;
    }
    if (Array.isArray(value)) {
      for (const element of value) {
        const record = element as Record<string, unknown>;
        const name = ['id', 'tier', 'item'].map((field) => record?.[field]).find((entry) => typeof entry === 'string') as string | undefined;
        if (name) walk(element, [...path, name], head, file);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, entry] of Object.entries(value)) walk(entry, [...path, key], head, file);
    }
  };
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'tests' ? [] : files(path)) : name.endsWith('.json') ? [path] : [];
  });
  for (const path of files(EDITION)) {
    const file = relative(EDITION, path).split('\\').join('/');
    if (file === 'readings.json' || file === 'coverage.json') continue;
    const head = keyHead(file);
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    // rights.json and conditions.json keep their list under a key of the same name, which the --set key leaves out.
    const own = file === 'rights.json' ? data.rights : file === 'conditions.json' ? data.conditions : data;
    walk(own, [], head, file);
  }
  return found;
}

/** Every reading with alternatives (readings.json `choice`), switched to another of them. */
function choiceSets(): { reading: string; set: string }[] {
  const readings = (JSON.parse(readFileSync(join(EDITION, 'readings.json'), 'utf8')) as { readings: { id: string; choice?: string; alternatives?: Record<string, unknown> }[] }).readings;
  return readings.flatMap((reading) => {
    const other = Object.keys(reading.alternatives ?? {}).find((name) => name !== reading.choice);
    return other === undefined ? [] : [{ reading: reading.id, set: `readings.${reading.id}.choice=${other}` }];
  });
}

const references = readingReferences();
const choices = choiceSets();
/** Each place names the next reading of readings.json instead: a valid id, so the data still loads. */
const referenceSets = references.map(({ reading, key }) => `${key}=${readingIds[(readingIds.indexOf(reading) + 1) % readingIds.length]}`);
const textSets = readingIds.map((id) => `readings.${id}.zh=换用的解读 ${id}`);

const E = 'data/examples';
const COMMANDS: { name: string; args: string[] }[] = [
  { name: 'roster', args: ['roster', `${E}/roster.csv`, '--year', '2014', '--format', 'json'] },
  { name: 'units', args: ['units', `${E}/units.csv`, '--year', '2014', '--format', 'json'] },
  { name: 'budget', args: ['budget', '--people', `${E}/roster.csv`, '--units', `${E}/units.csv`, '--year', '2014', '--format', 'json'] },
  { name: 'compare', args: ['compare', `${E}/roster.csv`, '--year', '2014', '--format', 'json'] },
  { name: 'explain', args: ['explain', `${E}/grants.csv`, '--id', 'G1', '--year', '2014', '--format', 'json'] },
  { name: 'check', args: ['check', '--answers', `${E}/person.json`, '--year', '2014', '--format', 'json'] },
];
const withSets = (args: string[], sets: string[]) => [...args, ...sets.flatMap((set) => ['--set', set])];

describe('every reading the data names is a switch of every computing command', () => {
  test('the walk finds a place in the data for every reading of readings.json', () => {
    expect(new Set([...references, ...choices].map((entry) => entry.reading))).toEqual(known);
  });

  test.each(COMMANDS)('$name accepts every reading\'s place and every reading\'s text, says so, and its result changes', ({ name, args }) => {
    const sets = [...referenceSets, ...choices.map((entry) => entry.set), ...textSets];
    const bundled = name === 'compare' ? null : rencai(args);
    const run = rencai(withSets(args, sets));
    expect(run.status, run.stderr).toBe(0);
    if (name === 'compare') {
      // compare lists each change it made.
      const changes = (JSON.parse(run.stdout) as { scenario: { sets: { key: string }[] } }).scenario.sets.map((set) => set.key);
      expect(changes).toEqual(sets.map((set) => set.slice(0, set.indexOf('='))));
    } else if (name === 'explain') {
      // explain names its scenario in its own output, as the sets it was given.
      expect((JSON.parse(run.stdout) as { scenario: string }).scenario).toBe(sets.join(', '));
      expect(run.stdout).not.toBe(bundled!.stdout);
    } else {
      expect(run.stderr).toContain(`修改了 ${sets.length} 项政策参数`);
      expect(run.stdout + run.stderr).not.toBe(bundled!.stdout + bundled!.stderr);
    }
    // The commands that cite readings with their text cite the switched text.
    if (['roster', 'explain', 'check'].includes(name)) expect(run.stdout).toContain('换用的解读');
  }, 60_000);
});
