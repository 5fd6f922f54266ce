// What-if scenarios: `--set KEY=VALUE` and `--scenario FILE` change the raw policy data for one run.
// The change is made to the JSON before validation, so a changed value passes the same zod schemas
// and condition compiler as the bundled one. Pure: no I/O (what-if.ts reads a scenario file).
import { z } from 'zod';

/** A JSON scalar, or (from a scenario file, or --set with a JSON literal) any JSON value. */
export type SetValue = unknown;

export interface ScenarioSet {
  /** A path into the edition's data: items.<code>.…, units.<code>.…, claimRules.<code>.…, rights.<id>.…, fund.…, rentRates.<county>, tiers.<tier>.…, readings.<id>.…, payers.…, conditions.…, edition.… */
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

export class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
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
  if (equals <= 0) throw new ScenarioError(`--set 需要 键=值 的形式（例如 items.talent_allowance.lines.doctor_enterprise_institution.monthly=1000），收到“${text}”`);
  return { key: text.slice(0, equals).trim(), value: text.slice(equals + 1).trim(), fromText: true };
}

/** A scenario file's JSON, validated; `source` names the file in messages. */
export function parseScenario(raw: unknown, source: string): Scenario {
  const parsed = scenarioFileSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(根)'}: ${issue.message}`).join('\n');
    throw new ScenarioError(`情景文件 ${source} 有误（应为 {"name", "description", "sets": [{"key", "value"}]}）：\n${details}`);
  }
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
  if (segments.some((segment) => segment === '')) throw new ScenarioError(`键“${key}”有空的部分`);
  const [head = '', ...rest] = segments;
  const need = (count: number, shape: string) => {
    if (rest.length < count) throw new ScenarioError(`键“${key}”不完整：应为 ${shape}`);
  };
  switch (head) {
    case 'items': {
      need(2, 'items.<项目代码>.<字段>…');
      const [code = '', ...path] = rest;
      return { file: `items/${code}.json`, path };
    }
    case 'units': {
      need(2, 'units.<单位项目代码>.<字段>…');
      const [code = '', ...path] = rest;
      return { file: `units/${code}.json`, path };
    }
    case 'claimRules':
      need(2, 'claimRules.<项目代码>.<字段>…');
      return { file: 'claim-rules.json', path: ['items', ...rest] };
    case 'rights':
      need(2, 'rights.<权利id>.<字段>…');
      return { file: 'rights.json', path: ['rights', ...rest] };
    case 'fund':
      need(1, 'fund.<字段>…');
      return { file: 'fund.json', path: rest };
    case 'rentRates':
      need(1, 'rentRates.<县区代码>');
      return { file: 'rent-rates.json', path: ['rates', ...rest] };
    case 'tiers':
    case 'readings':
      need(2, `${head}.<${head === 'tiers' ? '层次' : '解读id'}>.<字段>…`);
      return { file: `${head}.json`, path: [head, ...rest] };
    case 'conditions':
      need(2, 'conditions.<条件名>.<字段>…');
      return { file: 'conditions.json', path: ['conditions', ...rest] };
    case 'payers':
    case 'edition':
      need(1, `${head}.<字段>…`);
      return { file: `${head}.json`, path: rest };
    default:
      throw new ScenarioError(`键“${key}”不认识：应以 items.、units.、claimRules.、rights.、fund.、rentRates.、tiers.、readings.、conditions.、payers. 或 edition. 开头`);
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
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw new ScenarioError(`${set.key}：“${value}”不是数字`);
    return Number(value);
  }
  if (typeof current === 'boolean') {
    if (value !== 'true' && value !== 'false') throw new ScenarioError(`${set.key}：“${value}”应为 true 或 false`);
    return value === 'true';
  }
  if (typeof current === 'object' && current !== null) {
    try {
      return JSON.parse(value);
    } catch {
      throw new ScenarioError(`${set.key}：替换对象或列表的值须为 JSON，收到“${value}”`);
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
    const where = walked.length ? walked.join('.') : '(根)';
    if (Array.isArray(parent)) {
      const at = elementIndex(parent, segment);
      if (at < 0) throw new ScenarioError(`键“${set.key}”不存在：${where} 中没有“${segment}”（已有：${elementNames(parent).join('、')}）`);
      if (isLast) parent[at] = coerce(set, parent[at]);
      else parent = parent[at];
    } else if (typeof parent === 'object' && parent !== null) {
      const record = parent as Record<string, unknown>;
      if (!Object.hasOwn(record, segment)) {
        throw new ScenarioError(`键“${set.key}”不存在：${where} 中没有“${segment}”（已有：${Object.keys(record).filter((name) => !name.startsWith('$')).join('、')}）`);
      }
      if (isLast) record[segment] = coerce(set, record[segment]);
      else parent = record[segment];
    } else {
      throw new ScenarioError(`键“${set.key}”不存在：${where} 是一个值，不能再往下取“${segment}”`);
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
