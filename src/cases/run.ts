// Runs an edition's cases: each person through the roster's own validation and the engine, under
// the timeline of the edition the case belongs to; a case fails with every difference named.
import { ClaimRejectedError, computePerson } from '../engine/index.js';
import { formatFen, parseYuan, type Fen } from '../base/money.js';
import type { ItemResult, PersonResult } from '../engine/types.js';
import { computeUnit, type UnitResult } from '../engine/units.js';
import type { UnitColumnKey } from '../policy/columns.js';
import { parseUnitRecord, unitColumnOf } from '../roster/units.js';
import { parseSetOption, withSets } from '../policy/scenario.js';
import type { Policy } from '../policy/types.js';
import { loadPolicyWithScenario } from '../policy/what-if.js';
import type { RosterMessages } from '../roster/messages.js';
import { parsePersonAnswers } from '../roster/person.js';
import { crossFieldRules } from '../roster/cross-field.js';
import { readCaseFile, type CaseFileRef } from './files.js';
import type { ExpectedItem, PolicyCase } from './schema.js';

/** One difference between what a case expects and what rencai gives. */
export type CaseProblem =
  | { kind: 'value'; field: string; expected: string; actual: string }
  | { kind: 'person'; column: string; message: string };

export interface CaseOutcome {
  file: string;
  name: string;
  year: number;
  problems: CaseProblem[];
}

const NONE = '—';

function moneyText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  const fen = parseYuan(String(value));
  return fen === null ? String(value) : formatFen(fen);
}

const fenText = (fen: Fen | null) => (fen === null ? 'null' : formatFen(fen));

/** Runs every case of the files, loading each edition's policy once per year and --set; `m` says a bad person's problems. */
export function runCaseFiles(files: readonly CaseFileRef[], m: RosterMessages): CaseOutcome[] {
  const policies = new Map<string, Policy>();
  const policyFor = (editionDir: string, year: number, sets: readonly string[]) => {
    const key = `${editionDir}\u0000${year}\u0000${sets.join('\u0000')}`;
    let policy = policies.get(key);
    if (!policy) {
      const scenario = withSets(null, sets.map(parseSetOption));
      policy = loadPolicyWithScenario({ year, editionDir }, scenario);
      policies.set(key, policy);
    }
    return policy;
  };
  const outcomes: CaseOutcome[] = [];
  for (const ref of files) {
    const data = readCaseFile(ref.path);
    for (const entry of data.cases) {
      const sets = entry.set === undefined ? [] : typeof entry.set === 'string' ? [entry.set] : entry.set;
      const policy = policyFor(ref.editionDir, entry.year, sets);
      const problems = data.unit !== undefined || entry.unit !== undefined
        ? runUnitCase(entry, { id: 'case', ...data.unit, ...entry.unit }, policy, m)
        : runCase(entry, { id: 'case', ...data.person, ...entry.person }, policy, m);
      outcomes.push({ file: ref.path, name: entry.name, year: entry.year, problems });
    }
  }
  return outcomes;
}

type Value = (field: string, expected: string, actual: string) => void;

/** The problems of one case, and the check that adds one where expected and actual differ. */
function differences(): { problems: CaseProblem[]; value: Value } {
  const problems: CaseProblem[] = [];
  const value: Value = (field, expected, actual) => {
    if (expected !== actual) problems.push({ kind: 'value', field, expected, actual });
  };
  return { problems, value };
}

/** The result, or null when the engine rejects the row; either is held to the case's `rejected`. */
function computedOrRejected<R>(entry: PolicyCase, compute: () => R, value: Value): R | null {
  try {
    const result = compute();
    if (entry.rejected !== undefined) value('rejected', entry.rejected, NONE);
    return result;
  } catch (error) {
    if (!(error instanceof ClaimRejectedError)) throw error;
    const columns = error.violations.map((violation) => violation.column);
    value('rejected', entry.rejected ?? NONE, entry.rejected !== undefined && columns.includes(entry.rejected) ? entry.rejected : columns.join(', '));
    return null;
  }
}

function runCase(entry: PolicyCase, cells: Record<string, unknown>, policy: Policy, m: RosterMessages): CaseProblem[] {
  const { problems, value } = differences();
  const parsed = parsePersonAnswers(cells, m, crossFieldRules(policy.columnRules));
  if (!parsed.ok) {
    // A row the reader rejects: expected when the case names the column, a fault of the case otherwise.
    const columns = parsed.errors.map((error) => error.column);
    if (entry.rejected !== undefined && columns.includes(entry.rejected)) return [];
    if (entry.rejected !== undefined) value('rejected', entry.rejected, columns.join(', '));
    return [...problems, ...parsed.errors.map((error): CaseProblem => ({ kind: 'person', column: error.column, message: error.message }))];
  }
  const result = computedOrRejected(entry, () => computePerson(parsed.person, entry.year, policy, entry.range ? { rangePoint: entry.range } : {}), value);
  if (result !== null) compareResult(entry, result, value);
  return problems;
}

/** What a person and a unit result share: totals, items, declined claims. */
function compareResult(entry: PolicyCase, result: PersonResult | UnitResult, value: Value): void {
  if (entry.tier !== undefined) value('tier', entry.tier ?? 'null', ('tier' in result ? result.tier : null) ?? 'null');
  if (entry.rights !== undefined) value('rights', entry.rights.join(', ') || NONE, (('rights' in result ? result.rights : undefined) ?? []).map((right) => right.id).join(', ') || NONE);
  if (entry.total !== undefined) value('total', moneyText(entry.total), formatFen(result.total));
  if (entry.taxTotal !== undefined) value('taxTotal', moneyText(entry.taxTotal), formatFen(result.taxTotal ?? (0 as Fen)));
  if (entry.declined !== undefined) value('declined', entry.declined.join(', ') || NONE, (result.declined ?? []).map((claim) => claim.item).join(', ') || NONE);
  for (const [code, expected] of Object.entries(entry.items ?? {})) {
    const actual = result.items.filter((item) => item.item === code);
    const wanted = expected === null ? [] : Array.isArray(expected) ? expected : [expected];
    if (wanted.length !== actual.length) {
      value(`${code}`, describeResults(wanted.length), describeResults(actual.length, actual));
      continue;
    }
    wanted.forEach((want, index) => compareItem(want, actual[index]!, actual.length > 1 ? `${code}[${index}]` : code, value));
  }
}

/** A unit case: the cells through the unit roster's own reading, then the unit items. */
function runUnitCase(entry: PolicyCase, cells: Record<string, unknown>, policy: Policy, m: RosterMessages): CaseProblem[] {
  const { problems, value } = differences();
  const record: Partial<Record<UnitColumnKey, string>> = {};
  for (const [label, cell] of Object.entries(cells)) {
    const key = unitColumnOf(label);
    if (key === null) return [{ kind: 'person', column: label, message: m.answersUnknownKey(label) }];
    record[key] = cell === null || cell === undefined ? '' : String(cell);
  }
  const parsed = parseUnitRecord(record, [], m);
  if (!parsed.ok) return parsed.errors.map((error) => ({ kind: 'person', column: error.column, message: error.message }));
  const result = computedOrRejected(entry, () => computeUnit(parsed.unit, entry.year, policy, entry.range ? { rangePoint: entry.range } : {}), value);
  if (result !== null) compareResult(entry, result, value);
  return problems;
}

function describeResults(count: number, actual: readonly ItemResult[] = []): string {
  if (count === 0) return NONE;
  if (actual.length === 0) return `${count}×`;
  return actual.map((item) => fenText(item.amount)).join(' + ');
}

function compareItem(want: ExpectedItem, item: ItemResult, where: string, value: Value): void {
  if (want.amount !== undefined) value(`${where}.amount`, moneyText(want.amount), fenText(item.amount));
  if (want.monthly !== undefined) value(`${where}.monthly`, moneyText(want.monthly), fenText(item.monthly));
  if (want.months !== undefined) value(`${where}.months`, String(want.months), String(item.months));
  if (want.status !== undefined) value(`${where}.status`, want.status, item.status);
  if (want.edition !== undefined) value(`${where}.edition`, want.edition, item.edition ?? NONE);
  if (want.payers !== undefined) {
    const expected = Object.entries(want.payers).map(([payer, amount]) => `${payer}=${moneyText(amount)}`).sort().join(', ');
    const actual = item.payers.map((part) => `${part.payer}=${fenText(part.amount)}`).sort().join(', ');
    value(`${where}.payers`, expected, actual);
  }
  if (want.range !== undefined) {
    value(`${where}.range`, `${moneyText(want.range.low)}–${moneyText(want.range.high)}`, `${fenText(item.range?.low ?? null)}–${fenText(item.range?.high ?? null)}`);
  }
  if (want.readings !== undefined) {
    const missing = want.readings.filter((id) => !item.readings.includes(id));
    if (missing.length > 0) value(`${where}.readings`, want.readings.join(', '), item.readings.join(', ') || NONE);
  }
}
