// Readings the text leaves open between named alternatives (readings.json `choice` and `alternatives`).
// The data holds each alternative where it applies, as { "byReading": "<id>", "alternatives": { "<name>": value } },
// and the loader puts the chosen value in its place before validation: an office switches the reading with
// one `--set readings.<id>.choice=<name>`, and the engine only ever sees the data of the reading in force.
// Pure: raw JSON in, raw JSON out; where each choice was made is returned for explain and `rencai policy`.
import type { Condition } from './conditions.js';
import { DataFileError } from './data-dir.js';
import type { Predicate, Reading, ReadingsFor } from './types.js';

/** A reading with alternatives: the one in force and the names of all. */
export interface ReadingChoice {
  choice: string;
  names: readonly string[];
}

/** One place a choice was made: the path of the byReading node in its file, and the reading. */
export interface ChoiceUse {
  path: readonly (string | number)[];
  reading: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The raw JSON with every byReading node replaced by its chosen alternative; `uses` collects where.
 * A node naming a reading without alternatives, or whose alternatives are not exactly the reading's,
 * is a problem of the data (the office would switch a reading that changes nothing, or nothing at all).
 */
export function resolveChoices(raw: unknown, choices: ReadonlyMap<string, ReadingChoice>, uses: ChoiceUse[], problems: string[], path: (string | number)[] = []): unknown {
  if (Array.isArray(raw)) return raw.map((entry, index) => resolveChoices(entry, choices, uses, problems, [...path, index]));
  if (!isObject(raw)) return raw;
  if ('byReading' in raw) {
    const where = path.join('.') || '(根)';
    const id = raw.byReading;
    const alternatives = raw.alternatives;
    const choice = typeof id === 'string' ? choices.get(id) : undefined;
    if (!choice || !isObject(alternatives)) {
      problems.push(`${where}: byReading“${String(id)}”不是 readings.json 中有 alternatives 的解读，或本节点没有 alternatives（byReading "${String(id)}" is not a reading with alternatives in readings.json, or the node has none）`);
      return raw;
    }
    const names = Object.keys(alternatives);
    if (names.length !== choice.names.length || names.some((name) => !choice.names.includes(name))) {
      problems.push(`${where}: alternatives 应恰为解读“${String(id)}”的 ${choice.names.join('、')}，这里是 ${names.join('、')}（alternatives should be those of reading "${String(id)}": ${choice.names.join(', ')}, not ${names.join(', ')}）`);
      return raw;
    }
    uses.push({ path, reading: id as string });
    return resolveChoices(alternatives[choice.choice], choices, uses, problems, [...path, 'alternatives', choice.choice]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) out[key] = resolveChoices(value, choices, uses, problems, [...path, key]);
  return out;
}

/** A file's raw JSON with its choices made, and where; a byReading node that cannot be resolved is a data error of the file. */
export function resolveFile(raw: unknown, choices: ReadonlyMap<string, ReadingChoice>, shown: string): { resolved: unknown; uses: ChoiceUse[] } {
  const uses: ChoiceUse[] = [];
  const problems: string[] = [];
  const resolved = resolveChoices(raw, choices, uses, problems);
  if (problems.length > 0) throw new DataFileError(shown, problems);
  return { resolved, uses };
}

interface ReadingData { id: string; clause: string; zh: string; en: string; choice?: string | undefined; alternatives?: Record<string, { zh: string; en: string }> | undefined }

/** readings.json's readings by id, a reading with alternatives read as its question and the answer in force; and the choices. */
export function readingsIn(data: readonly ReadingData[]): { readings: Map<string, Reading>; choices: Map<string, ReadingChoice> } {
  const readings = new Map<string, Reading>();
  const choices = new Map<string, ReadingChoice>();
  for (const reading of data) {
    const chosen = reading.choice === undefined ? null : reading.alternatives![reading.choice]!;
    if (!chosen) {
      readings.set(reading.id, { id: reading.id, clause: reading.clause, zh: reading.zh, en: reading.en });
      continue;
    }
    const names = Object.keys(reading.alternatives!);
    readings.set(reading.id, { id: reading.id, clause: reading.clause, zh: `${reading.zh}${chosen.zh}`, en: `${reading.en} ${chosen.en}`, choice: { name: reading.choice!, names } });
    choices.set(reading.id, { choice: reading.choice!, names });
  }
  return { readings, choices };
}

/** The readings of the uses under a path (a tier's entry, a named condition), each once. */
export function readingsUnder(uses: readonly ChoiceUse[], prefix: readonly (string | number)[]): string[] {
  const found: string[] = [];
  for (const use of uses) {
    if (prefix.every((segment, index) => use.path[index] === segment) && !found.includes(use.reading)) found.push(use.reading);
  }
  return found;
}

/** The named conditions a condition reaches through `ref` and `meetsTier`, transitively (cycles are the compiler's to refuse). */
function reachable(when: unknown, named: ReadonlyMap<string, Condition>, tiers: ReadonlyMap<string, Condition>, found: Set<string>, tiersSeen: Set<string>): void {
  if (Array.isArray(when)) {
    for (const entry of when) reachable(entry, named, tiers, found, tiersSeen);
    return;
  }
  if (!isObject(when)) return;
  if (typeof when.ref === 'string' && !found.has(when.ref)) {
    found.add(when.ref);
    reachable(named.get(when.ref), named, tiers, found, tiersSeen);
  }
  if (typeof when.meetsTier === 'string' && !tiersSeen.has(when.meetsTier)) {
    tiersSeen.add(when.meetsTier);
    reachable(tiers.get(when.meetsTier), named, tiers, found, tiersSeen);
  }
  for (const value of Object.values(when)) if (typeof value === 'object') reachable(value, named, tiers, found, tiersSeen);
}

/** A named condition whose data holds a choice: its readings decide a result only for a person who meets it. */
export interface ChoiceCondition {
  name: string;
  readings: readonly string[];
  holds: Predicate;
}

/** The named conditions (conditions.json) whose data holds a choice, each with its predicate. */
export function choiceConditionsOf(names: Iterable<string>, uses: readonly ChoiceUse[], compile: (name: string) => Predicate): ChoiceCondition[] {
  return [...names].flatMap((name) => {
    const readings = readingsUnder(uses, ['conditions', name]);
    return readings.length ? [{ name, readings, holds: compile(name) }] : [];
  });
}

/**
 * The readings a condition's result depends on: those of the named conditions with a choice it reaches that
 * the person meets (a doctor with a 正高 title meets "硕士及以上" by the reading; a 中华技能大奖 winner meets
 * tier F without it), and `own` (the choices in the condition itself) always. Null when there are none.
 */
export function readingsFor(when: Condition, own: readonly string[], conditions: readonly ChoiceCondition[], named: ReadonlyMap<string, Condition>, tiers: ReadonlyMap<string, Condition>): ReadingsFor | null {
  const names = new Set<string>();
  reachable(when, named, tiers, names, new Set());
  const through = conditions.filter((entry) => names.has(entry.name));
  if (through.length === 0 && own.length === 0) return null;
  return (person) => {
    const out = [...own];
    for (const entry of through) if (entry.holds(person)) for (const id of entry.readings) if (!out.includes(id)) out.push(id);
    return out;
  };
}
