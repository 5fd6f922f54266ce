// Every field of the bundled edition's data is live (issue #15): each leaf of every data file of
// lps-2013 is changed in turn (another value its schema allows, or the key removed), and what rencai
// shows for a panel of people and units (knob-panel.ts) must change with it. A field whose change
// shows nowhere would be a knob an office turns for nothing; the few that cannot show are listed in
// NOT_KNOBS with why, and an entry that no longer excuses any field fails the test, so the list
// cannot go stale.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPolicy } from '../../src/policy/load.js';
import type { Policy } from '../../src/policy/types.js';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';
import { ROOT } from '../e2e/helpers.js';
import { panel, showsOtherwise, shown } from './knob-panel.js';

const EDITION = join(ROOT, 'data', 'policies', 'lps-2013');
const SCHEMAS = join(ROOT, 'data', 'schemas');

type Scalar = null | boolean | number | string;
type Json = Scalar | Json[] | { [key: string]: Json };
interface Leaf { file: string; path: (string | number)[]; value: Scalar }
/** A value to try, or REMOVE: the key taken out of its object. */
const REMOVE = Symbol('remove');
type Alternative = Json | typeof REMOVE;

type Status = 'live' | 'dead' | 'fixed';

/**
 * The fields that are not knobs, by file and path (a pattern over `path.join('.')`), with why: `fixed`
 * where no other value loads (the schema or the loader refuses every change of the field alone),
 * `dead` where every change loads and shows nowhere. An entry excuses only leaves of its status, and
 * must excuse at least one, so a field that comes alive, or an entry that matches nothing, fails.
 */
const NOT_KNOBS: { file: RegExp; path: RegExp; status: Exclude<Status, 'live'>; why: string }[] = [
  {
    file: /./, path: /^(item|edition)$|^(items|grants|annual|unitItems|monthly)\.\d+$|^tiers\.\d+\.tier$|^readings\.\d+\.id$/, status: 'fixed',
    why: 'a name other files refer to (an item, a tier, a reading, an edition): the loader refuses a renamed one while its references stand, so it is a reference, not a knob',
  },
  {
    file: /./, path: /(^|\.)kind$/, status: 'fixed',
    why: 'an item\'s kind names its schema: another kind needs that kind\'s fields, so the loader refuses the change alone',
  },
  {
    file: /./, path: /(^|\.)field$/, status: 'fixed',
    why: 'a condition\'s field and its codes (`in`) change together: the loader refuses codes of one field under another',
  },
  {
    file: /^claim-rules\.json$/, path: /\.outcome$/, status: 'fixed',
    why: 'a decline rule names no column, and a reject rule must (the row error points at it), so the loader refuses the outcome changed alone',
  },
  {
    file: /^payers\.json$/, path: /^byEmployerType\.\w+\.rule$/, status: 'fixed',
    why: 'the other payer rule, same_level_finance, needs its share (all or the fiscal share) beside it',
  },
  {
    file: /^column-rules\.json$/, path: /^rules\.\d+\.when\.column$/, status: 'fixed',
    why: 'the codes of `when.in` are codes of the deciding column, checked when the edition loads: another column takes other codes, so the two change together',
  },
  {
    file: /^items\//, path: /^words\.(reason|check)$/, status: 'fixed',
    why: 'the sentence this kind of item is explained with: the schema knows one per kind, and leaving `words` out as a whole is what changes the reasons',
  },
  {
    file: /./, path: /(^|\.)byReading$/, status: 'fixed',
    why: 'the reading a choice in the data belongs to: another reading has other alternatives, so the loader refuses the change alone',
  },
];

function leavesOf(file: string, value: Json, path: (string | number)[] = []): Leaf[] {
  if (value !== null && typeof value === 'object') {
    const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    return entries.filter(([key]) => key !== '$comment' && key !== '$schema').flatMap(([key, item]) => leavesOf(file, item, [...path, key]));
  }
  return [{ file, path, value: value as Scalar }];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

// coverage.json maps the text's sentences to what rencai does with them: a checked map, not policy
// (tests/policy/coverage.test.ts holds it to the text and the data).
const files = filesUnder(EDITION)
  .filter((file) => file.endsWith('.json') && !file.includes(`${join(EDITION, 'tests')}`))
  .map((file) => ({ file: relative(EDITION, file).split('\\').join('/'), json: JSON.parse(readFileSync(file, 'utf8')) as Json }))
  .filter(({ file }) => file !== 'coverage.json');
const leaves = files.flatMap(({ file, json }) => leavesOf(file, json));

/** Values seen at each key anywhere in the edition, and each enum or const the schemas allow under a key. */
const valuesAtKey = new Map<string, Set<Json>>();
const note = (key: string, value: Json) => {
  if (!valuesAtKey.has(key)) valuesAtKey.set(key, new Set());
  valuesAtKey.get(key)!.add(value);
};
for (const leaf of leaves) note(String(leaf.path.at(-1)), leaf.value);

// A reading with alternatives (readings.json `choice`): each of its alternatives' names is a value its choice may take.
interface RawReading { id: string; choice?: string; alternatives?: Record<string, unknown> }
const rawReadings = (files.find((entry) => entry.file === 'readings.json')!.json as unknown as { readings: RawReading[] }).readings;
const choiceOf = new Map(rawReadings.filter((reading) => reading.choice !== undefined).map((reading) => [reading.id, reading.choice!]));
for (const reading of rawReadings) for (const name of Object.keys(reading.alternatives ?? {})) note('choice', name);

/** A reading switched to another alternative: what a leaf in that alternative needs in force before its change can show. */
interface Switch { reading: string; name: string }

/**
 * The switch a leaf needs when it lies in an alternative not in force (a byReading node's, or a reading's
 * own text of it): changed alone it could show nothing, so it is changed with its alternative chosen and
 * compared with the panel under that choice.
 */
function switchFor(leaf: Leaf): Switch | null {
  let node: Json = files.find((entry) => entry.file === leaf.file)!.json;
  for (let index = 0; index < leaf.path.length - 1; index++) {
    const key = leaf.path[index]!;
    const next = leaf.path[index + 1];
    if (key === 'alternatives' && node !== null && typeof node === 'object' && !Array.isArray(node) && typeof next === 'string') {
      const reading = leaf.file === 'readings.json' ? String(node.id) : String(node.byReading);
      if (choiceOf.get(reading) !== next) return { reading, name: next };
    }
    node = (node as Record<string | number, Json>)[key]!;
  }
  return null;
}

function switched(raw: Json, change: Switch): Json {
  const copy = structuredClone(raw) as unknown as { readings: RawReading[] };
  copy.readings.find((reading) => reading.id === change.reading)!.choice = change.name;
  return copy as unknown as Json;
}
function enumsOf(schema: unknown, key: string | null): void {
  if (schema === null || typeof schema !== 'object') return;
  const node = schema as Record<string, unknown>;
  if (key !== null && Array.isArray(node.enum)) for (const value of node.enum as Json[]) note(key, value);
  if (key !== null && 'const' in node) note(key, node.const as Json);
  for (const [name, child] of Object.entries(node)) {
    if (name === 'properties' && child && typeof child === 'object') for (const [property, sub] of Object.entries(child)) enumsOf(sub, property);
    else if (name === 'anyOf' || name === 'oneOf' || name === 'allOf') for (const sub of child as unknown[]) enumsOf(sub, key);
    else if (name === 'items') enumsOf(child, key); // an array's elements take the values of its key
    else if (name !== 'enum' && name !== 'const') enumsOf(child, null);
  }
}
for (const file of readdirSync(SCHEMAS)) enumsOf(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')), null);

const vocabulary = loadVocabulary();
const TIERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

/** The codes a code leaf could take instead: those of the roster field its condition names, honours, tiers, unit types. */
function codesNear(leaf: Leaf): string[] {
  const json = files.find((entry) => entry.file === leaf.file)!.json;
  let parent: Json = json;
  for (const key of leaf.path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  let owner: Json = json;
  for (const key of leaf.path.slice(0, Array.isArray(parent) ? -2 : -1)) owner = (owner as Record<string | number, Json>)[key]!;
  // A condition names its roster field `field`; a rule between columns names its deciding one `column`.
  const field = owner !== null && typeof owner === 'object' && !Array.isArray(owner) ? (owner.field ?? owner.column) : undefined;
  const keys = leaf.path.map(String);
  if (typeof field === 'string' && vocabulary.columns.some((column) => column.key === field)) {
    try {
      return [...vocabulary.codesOf(field as CodeField)];
    } catch {
      // a number or yes/no field has no code list
    }
  }
  if (keys.some((key) => key === 'honorAny' || key === 'newHonors')) return [...vocabulary.codesOf('honors')];
  if (keys.some((key) => key === 'meetsTier' || key === 'tier')) return TIERS;
  if (keys.includes('unitTypes')) return [...vocabulary.codesOf('unit_type')];
  if (keys.includes('introModes')) return [...vocabulary.codesOf('intro_mode')];
  return [];
}

/** Other values to try for a leaf, those most likely to validate first; the key's removal last. */
function alternatives(leaf: Leaf): Alternative[] {
  const { value } = leaf;
  // A byReading alternative's value stands for its node's key (tiersPaid.alternatives.each_tier: a tiersPaid).
  const inAlternative = leaf.file !== 'readings.json' && leaf.path.at(-2) === 'alternatives' && leaf.path.length >= 3;
  const key = String(leaf.path.at(inAlternative ? -3 : -1));
  const out: Alternative[] = [];
  if (typeof value === 'boolean') out.push(!value);
  else if (typeof value === 'number') out.push(...[value + 1, value * 2, value / 2, value - 1, 0].filter((other) => other !== value));
  else if (value === null) out.push(100000, 1, 0, '2014-01-01', true, '3000', '100000');
  else {
    const text = value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) out.push(`${Number(text.slice(0, 4)) + 1}${text.slice(4)}`, `${Number(text.slice(0, 4)) - 1}${text.slice(4)}`);
    if (/^-?\d+(\.\d+)?$/.test(text)) out.push(String(Number(text) / 2), String(Number(text) + 1));
    // An element of a list takes the values of the list's key (fund.levels: city, county).
    const listKey = typeof leaf.path.at(-1) === 'number' ? String(leaf.path.at(-2)) : key;
    if (/^[A-Za-z][A-Za-z0-9_:]*$/.test(text)) out.push(...codesNear(leaf), ...(valuesAtKey.get(listKey) ?? []));
    out.push(`${text}改`);
  }
  if (typeof leaf.path.at(-1) === 'string') out.push(REMOVE);
  return [...new Set(out)].filter((other) => other !== value).slice(0, 16);
}

function setAt(raw: Json, path: (string | number)[], value: Alternative): Json {
  const copy = structuredClone(raw) as Record<string | number, Json>;
  let at: Record<string | number, Json> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  if (value === REMOVE) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return copy;
}

function withLeaf(leaf: Leaf, value: Alternative, change: Switch | null): Policy | null {
  try {
    return loadPolicy({
      year: 2014,
      overlay: (file, raw) => {
        const chosen = change && file === 'readings.json' ? switched(raw as Json, change) : (raw as Json);
        return file === leaf.file ? setAt(chosen, leaf.path, value) : chosen;
      },
    });
  } catch {
    return null; // not a value the schema or the loader's checks allow
  }
}

const shownAs = (value: Alternative) => (value === REMOVE ? '(removed)' : JSON.stringify(value));

describe('every field of lps-2013 changes what rencai shows, or is listed with why it cannot', () => {
  test('each leaf of each data file, changed alone', { timeout: 3_600_000 }, () => {
    const people = panel(Number(process.env.KNOB_RUNS ?? 40));
    const baselines = new Map<string, string[]>([['', [...shown(loadPolicy({ year: 2014 }), people)]]]);
    const baselineOf = (change: Switch | null) => {
      const key = change ? `${change.reading}=${change.name}` : '';
      if (!baselines.has(key)) {
        baselines.set(key, [...shown(loadPolicy({ year: 2014, overlay: (file, raw) => (file === 'readings.json' ? switched(raw as Json, change!) : raw) }), people)]);
      }
      return baselines.get(key)!;
    };
    const statusOf = (leaf: Leaf): { status: Status; tried: Alternative[] } => {
      const tried: Alternative[] = [];
      const change = switchFor(leaf);
      for (const value of alternatives(leaf)) {
        const policy = withLeaf(leaf, value, change);
        if (policy === null) continue;
        tried.push(value);
        if (showsOtherwise(policy, people, baselineOf(change))) return { status: 'live', tried };
      }
      return { status: tried.length === 0 ? 'fixed' : 'dead', tried };
    };
    const problems: string[] = [];
    const excused = new Set<number>();
    for (const leaf of leaves) {
      const { status, tried } = statusOf(leaf);
      if (status === 'live') continue;
      const where = `${leaf.file} ${leaf.path.join('.')} = ${JSON.stringify(leaf.value)}`;
      const entry = NOT_KNOBS.findIndex((knob) => knob.status === status && knob.file.test(leaf.file) && knob.path.test(leaf.path.join('.')));
      if (entry >= 0) excused.add(entry);
      else problems.push(`${status === 'dead' ? 'no change shows' : 'no other value loads'}: ${where}; tried ${tried.map(shownAs).join(', ') || 'nothing that loads'}`);
    }
    NOT_KNOBS.forEach((entry, index) => {
      if (!excused.has(index)) problems.push(`NOT_KNOBS entry excuses no field (it has come alive, or matches nothing): ${entry.file} ${entry.path}`);
    });
    expect(problems).toEqual([]);
  });
});
