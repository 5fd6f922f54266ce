// What-if scenarios: `--set KEY=VALUE` and `--scenario FILE` change the raw policy data for one run.
// The change is made to the JSON before validation, so a changed value passes the same zod schemas
// and condition compiler as the bundled one. Pure: no I/O (what-if.ts reads a scenario file).
import { z } from 'zod';

/** A JSON scalar, or (from a scenario file, or --set with a JSON literal) any JSON value. */
export type SetValue = unknown;

export interface ScenarioSet {
  /** A path into the edition's data: items.<code>.…, units.<code>.…, claimRules.<code>.…, columnRules.<id>.…, rights.<id>.…, fund.…, rentRates.<county>, tiers.<tier>.…, readings.<id>.…, payers.…, conditions.…, edition.… */
  key: string;
  value: SetValue;
  /** True when the value came from the command line as text and should take the type of the value it replaces. */
  fromText?: boolean;
  note?: string;
}

export interface Scenario {
  name: string;
  description?: string;
  sets: ScenarioSet[];
}

/** The parts of a key a shape names, for "key incomplete: should be items.<item code>.<field>…". */
export type KeyPart = 'item' | 'unitItem' | 'right' | 'columnRule' | 'county' | 'tier' | 'reading' | 'condition';

/** One problem of a scenario file's shape, as zod found it; rendered in src/i18n/scenario-messages.ts. */
export interface ScenarioFileIssue {
  /** The place in the file, e.g. ["sets", 0, "key"]; empty for the whole file. */
  path: (string | number)[];
  kind: 'missing' | 'wrong_type' | 'unknown_keys' | 'empty' | 'other';
  /** For wrong_type: what the field should be (string, array, object …). */
  expected?: string;
  keys?: string[];
}

/** Why a scenario cannot be applied. The sentences are in src/i18n/scenario-messages.ts, in zh and en. */
export type ScenarioProblem =
  | { kind: 'set_form'; text: string }
  | { kind: 'key_empty_part'; key: string }
  | { kind: 'key_incomplete'; key: string; head: string; part: KeyPart | null; field: boolean }
  | { kind: 'key_unknown_head'; key: string; heads: readonly string[] }
  | { kind: 'key_missing'; key: string; where: string | null; segment: string; known: string[] }
  | { kind: 'key_through_value'; key: string; where: string | null; segment: string }
  | { kind: 'not_number'; key: string; value: string }
  | { kind: 'not_boolean'; key: string; value: string }
  | { kind: 'not_json'; key: string; value: string }
  | { kind: 'file_invalid'; file: string; issues: ScenarioFileIssue[] }
  | { kind: 'file_unreadable'; file: string }
  | { kind: 'keys_unapplied'; edition: string; keys: string[] };

export class ScenarioError extends Error {
  constructor(readonly problem: ScenarioProblem) {
    super(`scenario: ${problem.kind}${'key' in problem ? ` ${problem.key}` : ''}`);
    this.name = 'ScenarioError';
  }
}

/** The heads a key may start with, in the order messages list them. */
export const KEY_HEADS = ['items', 'units', 'claimRules', 'columnRules', 'rights', 'fund', 'rentRates', 'tiers', 'readings', 'conditions', 'payers', 'edition'] as const;

/** The value at a path of the raw JSON (zod does not report what it found). */
function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const segment of path) value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[segment] : undefined;
  return value;
}

function fileIssue(issue: z.core.$ZodIssue, raw: unknown): ScenarioFileIssue {
  const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  if (issue.code === 'invalid_type') {
    return valueAt(raw, path) === undefined ? { path, kind: 'missing' } : { path, kind: 'wrong_type', expected: issue.expected };
  }
  if (issue.code === 'unrecognized_keys') return { path, kind: 'unknown_keys', keys: issue.keys };
  if (issue.code === 'too_small') return { path, kind: 'empty' };
  return { path, kind: 'other' };
}

export const scenarioFileSchema = z.strictObject({
  $comment: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  sets: z.array(z.strictObject({ key: z.string().min(1), value: z.json(), note: z.string().optional() })).min(1),
});

/** "items.x.monthly=1000" → a set; the value stays text until it meets the value it replaces. */
export function parseSetOption(text: string): ScenarioSet {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new ScenarioError({ kind: 'set_form', text });
  return { key: text.slice(0, equals).trim(), value: text.slice(equals + 1).trim(), fromText: true };
}

/** A scenario file's JSON, validated; `source` names the file in messages. */
export function parseScenario(raw: unknown, source: string): Scenario {
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) throw new ScenarioError({ kind: 'file_invalid', file: source, issues: parsed.error.issues.map((issue) => fileIssue(issue, raw)) });
  const { name, description, sets } = parsed.data;
  return { name, ...(description === undefined ? {} : { description }), sets: sets.map((set) => ({ key: set.key, value: set.value, ...(set.note ? { note: set.note } : {}) })) };
}

/** Adds command-line sets after a file's (later sets win), or makes a scenario of them alone. */
export function withSets(scenario: Scenario | null, sets: ScenarioSet[]): Scenario | null {
  if (sets.length === 0) return scenario;
  if (!scenario) return { name: sets.map((set) => `${set.key}=${String(set.value)}`).join(', '), sets };
  return { ...scenario, sets: [...scenario.sets, ...sets] };
}

/** Which data file a key changes, and the path inside that file's JSON. */
export function locateKey(key: string): { file: string; path: string[] } {
  const segments = key.split('.');
  if (segments.some((segment) => segment === '')) throw new ScenarioError({ kind: 'key_empty_part', key });
  const [head = '', ...rest] = segments;
  const need = (count: number, part: KeyPart | null) => {
    if (rest.length < count) throw new ScenarioError({ kind: 'key_incomplete', key, head, part, field: count > 1 || part === null });
  };
  switch (head) {
    case 'items': {
      need(2, 'item');
      const [code = '', ...path] = rest;
      return { file: `items/${code}.json`, path };
    }
    case 'units': {
      need(2, 'unitItem');
      const [code = '', ...path] = rest;
      return { file: `units/${code}.json`, path };
    }
    case 'claimRules':
      need(2, 'item');
      return { file: 'claim-rules.json', path: ['items', ...rest] };
    case 'columnRules':
      need(2, 'columnRule');
      return { file: 'column-rules.json', path: ['rules', ...rest] };
    case 'rights':
      need(2, 'right');
      return { file: 'rights.json', path: ['rights', ...rest] };
    case 'fund':
      need(1, null);
      return { file: 'fund.json', path: rest };
    case 'rentRates':
      need(1, 'county');
      return { file: 'rent-rates.json', path: ['rates', ...rest] };
    case 'tiers':
    case 'readings':
      need(2, head === 'tiers' ? 'tier' : 'reading');
      return { file: `${head}.json`, path: [head, ...rest] };
    case 'conditions':
      need(2, 'condition');
      return { file: 'conditions.json', path: ['conditions', ...rest] };
    case 'payers':
    case 'edition':
      need(1, null);
      return { file: `${head}.json`, path: rest };
    default:
      throw new ScenarioError({ kind: 'key_unknown_head', key, heads: KEY_HEADS });
  }
}

/** Array elements are addressed by their identifying field, never by position. */
const ELEMENT_KEYS = ['id', 'tier', 'item'] as const;

function elementIndex(array: unknown[], segment: string): number {
  return array.findIndex((element) => {
    if (typeof element !== 'object' || element === null) return false;
    return ELEMENT_KEYS.some((field) => (element as Record<string, unknown>)[field] === segment);
  });
}

function elementNames(array: unknown[]): string[] {
  return array.flatMap((element) => {
    if (typeof element !== 'object' || element === null) return [];
    const record = element as Record<string, unknown>;
    const field = ELEMENT_KEYS.find((name) => typeof record[name] === 'string');
    return field ? [record[field] as string] : [];
  });
}

/** A command-line value takes the type of the value it replaces; a file's value is used as written. */
function coerce(set: ScenarioSet, current: unknown): unknown {
  const value = set.value;
  if (typeof current === 'string' && typeof value === 'number') return String(value);
  if (!set.fromText || typeof value !== 'string') return value;
  if (value === 'null') return null;
  if (typeof current === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new ScenarioError({ kind: 'not_number', key: set.key, value });
    return Number(value);
  }
  if (typeof current === 'boolean') {
    if (value !== 'true' && value !== 'false') throw new ScenarioError({ kind: 'not_boolean', key: set.key, value });
    return value === 'true';
  }
  if (typeof current === 'object' && current !== null) {
    try {
      return JSON.parse(value);
    } catch {
      throw new ScenarioError({ kind: 'not_json', key: set.key, value });
    }
  }
  return value;
}

/** A copy of `raw` with the value at `path` replaced; every step of the path must exist. */
export function setAtPath(raw: unknown, path: readonly string[], set: ScenarioSet): unknown {
  const root: unknown = structuredClone(raw);
  let parent: unknown = root;
  const walked: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const segment = path[index] as string;
    const isLast = index === path.length - 1;
    const where = walked.length ? walked.join('.') : null;
    if (Array.isArray(parent)) {
      const at = elementIndex(parent, segment);
      if (at < 0) throw new ScenarioError({ kind: 'key_missing', key: set.key, where, segment, known: elementNames(parent) });
      if (isLast) parent[at] = coerce(set, parent[at]);
      else parent = parent[at];
    } else if (typeof parent === 'object' && parent !== null) {
      const record = parent as Record<string, unknown>;
      if (!Object.hasOwn(record, segment)) {
        throw new ScenarioError({ kind: 'key_missing', key: set.key, where, segment, known: Object.keys(record).filter((name) => !name.startsWith('$')) });
      }
      if (isLast) record[segment] = coerce(set, record[segment]);
      else parent = record[segment];
    } else {
      throw new ScenarioError({ kind: 'key_through_value', key: set.key, where, segment });
    }
    walked.push(segment);
  }
  return root;
}

export interface Overlay {
  /** The hook loadPolicy calls with each data file's raw JSON. */
  apply(file: string, raw: unknown): unknown;
  /** Sets whose file was never read: their key names nothing in this edition. */
  unapplied(): ScenarioSet[];
}

/** Locates every key up front (a malformed key fails before any file is read). */
export function createOverlay(scenario: Scenario): Overlay {
  const located = scenario.sets.map((set) => ({ set, ...locateKey(set.key) }));
  const applied = new Set<ScenarioSet>();
  return {
    apply(file, raw) {
      let result = raw;
      for (const entry of located) {
        if (entry.file !== file) continue;
        result = setAtPath(result, entry.path, entry.set);
        applied.add(entry.set);
      }
      return result;
    },
    unapplied: () => located.filter((entry) => !applied.has(entry.set)).map((entry) => entry.set),
  };
}
