// `check` and `roster` give every person the same result, for any input (issue #14): generated facts,
// contradictions and issue #14's columns included, go once through `rencai roster` as a CSV row and
// once through `rencai check --answers` as the JSON a window officer's questionnaire hands over. A
// person the roster accepts gets from check the same entry field for field (items, amounts, payers,
// declined claims, rights, reasons); a row the roster rejects is refused by check with the same
// sentences for the same columns. Fixed seed, bounded runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRoster } from '../../src/cli/commands/roster.js';
import { CliError } from '../../src/cli/errors.js';
import { createLabels } from '../../src/i18n/labels.js';
import { loadPolicy } from '../../src/policy/load.js';
import { anyFactsArbitrary, answersOf, csvCell, rowCells, rowId, spellingArbitrary, type RosterSpec } from './arbitraries.js';
import { CONTRACT_KEYS } from '../../src/roster/columns.js';
import { checkJson } from './run-check.js';

const SEED = Number(process.env.CHECK_ROSTER_SEED ?? 20140101);
const RUNS = Number(process.env.CHECK_ROSTER_RUNS ?? 200);
const YEAR = 2014;
const labels = createLabels(loadPolicy({ year: YEAR }), 'zh');
let dir: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-check-roster-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the run's summary and the rejection counts
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

type Outcome = { accepted: Record<string, unknown> } | { rejected: string[] };

/** One person as a one-row roster through `rencai roster --format json`. */
async function throughRoster(spec: RosterSpec): Promise<Outcome> {
  const input = join(dir, `in-${++runs}.csv`);
  const output = join(dir, `out-${runs}.json`);
  const cells = rowCells(spec, 0);
  writeFileSync(input, `${CONTRACT_KEYS.join(',')}\n${CONTRACT_KEYS.map((key) => csvCell(cells[key] ?? '')).join(',')}\n`);
  await runRoster(input, { year: YEAR, format: 'json', output, encoding: 'auto', summary: false }, 'zh');
  const data = JSON.parse(readFileSync(output, 'utf8')) as { people: Record<string, unknown>[]; rejected: { errors: { column: string; message: string }[] }[] };
  if (data.people.length === 1) {
    const { row: _row, ...entry } = data.people[0]!;
    return { accepted: entry };
  }
  expect(data.rejected).toHaveLength(1);
  return { rejected: data.rejected[0]!.errors.map((error) => `${labels.column(error.column)}：${error.message}`) };
}

/** The same person as `rencai check --answers FILE --format json`. */
async function throughCheck(answers: Record<string, unknown>): Promise<Outcome> {
  const file = join(dir, `answers-${++runs}.json`);
  writeFileSync(file, JSON.stringify(answers));
  try {
    return { accepted: await checkJson(file, YEAR) };
  } catch (error) {
    if (error instanceof CliError) return { rejected: [...error.details] };
    throw error;
  }
}

describe('check and roster give every person the same result, for any input', () => {
  it('accept the same people with the same entry, and refuse the same rows with the same sentences', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(anyFactsArbitrary, spellingArbitrary, async (facts, spelling) => {
        const spec: RosterSpec = { rows: [{ facts, spelling, corruption: null }], columns: [...CONTRACT_KEYS], headerChoice: [], lineEnd: '\n' };
        const roster = await throughRoster(spec);
        const check = await throughCheck(answersOf(rowId(0), facts, '人1', spelling));
        if ('accepted' in roster) {
          accepted++;
          expect(check).toHaveProperty('accepted');
          const entry = (check as { accepted: Record<string, unknown> }).accepted;
          // check adds its own fields (policy, year, readings, nearMisses, row: null); every field
          // of the roster entry — items, amounts, payers, declined, rights, reasons — is the same.
          expect(Object.fromEntries(Object.keys(roster.accepted).map((key) => [key, entry[key]]))).toEqual(roster.accepted);
        } else {
          rejected++;
          expect(check).toEqual({ rejected: expect.arrayContaining(roster.rejected) as unknown });
          expect((check as { rejected: string[] }).rejected).toHaveLength(roster.rejected.length);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both sides were exercised: the generator is not all valid, nor all contradictions.
    expect(accepted).toBeGreaterThan(RUNS / 5);
    expect(rejected).toBeGreaterThan(RUNS / 5);
  }, 240_000);
});
