// Properties of whole rosters through the real `rencai roster` path (runRoster, in process, JSON
// written with --output): no row lost or doubled, the roll-up is the sum of the people, the result
// does not depend on column order, header spelling, line ends or row order, and `rencai check
// --answers` (runCheck, in process) prints for each person exactly the roster's entry. Fixed seed,
// bounded runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRoster, type RosterOptions } from '../../src/cli/commands/roster.js';
import { runCheck } from '../../src/cli/commands/check.js';
import { formatFen } from '../../src/engine/money.js';
import { fen, sumYuan, type RosterJson } from '../e2e/helpers.js';
import { endMonth, hundredths, isInvalid, rosterArbitrary, rosterCsv, rowId, type Facts, type RosterSpec } from './arbitraries.js';

const SEED = 20130607;
const RUNS = 25;
const YEAR = 2014;
let dir: string;
let runs = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencai-property-'));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // the run's one-line summary
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function roster(csv: string): Promise<{ data: RosterJson; status: number }> {
  const input = join(dir, `in-${++runs}.csv`);
  const output = join(dir, `out-${runs}.json`);
  writeFileSync(input, csv);
  const options: RosterOptions = { year: YEAR, format: 'json', output, encoding: 'auto', summary: false };
  const status = await runRoster(input, options, 'zh');
  return { data: JSON.parse(readFileSync(output, 'utf8')) as RosterJson, status };
}

/** A roster's people and rejections keyed by id, without line numbers (which move with the rows). */
function byId(data: RosterJson) {
  const people = Object.fromEntries(data.people.map(({ row: _row, ...person }) => [person.id, person]));
  const rejected = Object.fromEntries(data.rejected.map(({ row: _row, ...entry }) => [entry.id ?? '', entry]));
  return { people, rejected, rollup: data.rollup, summary: data.summary };
}

describe('a generated roster through rencai roster', () => {
  it('has every input row exactly once, valid rows among the people and invalid ones among the rejected', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArbitrary(), async (spec) => {
        const { data, status } = await roster(rosterCsv(spec));
        const rows = [...data.people.map((person) => person.row), ...data.rejected.map((entry) => entry.row)].sort((a, b) => a - b);
        // Row k (0-based) is on line k + 2: line 1 is the header; quoted cells hold no line breaks here.
        expect(rows).toEqual(spec.rows.map((_, index) => index + 2));
        const rejectedRows = new Set(data.rejected.map((entry) => entry.row));
        spec.rows.forEach((_, index) => expect(rejectedRows.has(index + 2), `row ${index + 2}`).toBe(isInvalid(spec, index)));
        expect(data.summary).toEqual({ computed: data.people.length, rejected: data.rejected.length });
        expect(status).toBe(data.rejected.length > 0 ? 1 : 0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('rolls up by payer and by item to exactly the sums over the people', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArbitrary({ maxRows: 20 }), async (spec) => {
        const { data } = await roster(rosterCsv(spec));
        const byPayer = new Map<string, number>();
        const byItem = new Map<string, number>();
        for (const person of data.people) {
          let total = 0;
          for (const item of person.items) {
            if (item.amount === null || (item as { category?: string }).category === 'tax') continue;
            total += fen(item.amount);
            byItem.set(item.item, (byItem.get(item.item) ?? 0) + fen(item.amount));
            for (const part of item.payers) byPayer.set(part.payer, (byPayer.get(part.payer) ?? 0) + fen(part.amount!));
          }
          expect(fen(person.total), person.id).toBe(total);
        }
        const nonZero = (map: Map<string, number>) => Object.fromEntries([...map].filter(([, amount]) => amount !== 0).map(([key, amount]) => [key, formatFen(amount)]));
        const printed = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).filter(([, amount]) => fen(amount) !== 0));
        expect(printed(data.rollup.byPayer)).toEqual(nonZero(byPayer));
        expect(printed(data.rollup.byItem)).toEqual(nonZero(byItem));
        expect(fen(data.rollup.total)).toBe(sumYuan(data.people.map((person) => person.total)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the same people, rejections and roll-up whatever the column order, header spelling, line ends and row order', async () => {
    const pair = rosterArbitrary({ corruptions: ['unknown_education', 'month_13', 'no_intro_mode', 'negative_salary'] }).chain((spec) =>
      fc.tuple(
        fc.constant(spec),
        rosterArbitrary({ maxRows: 1 }), // only its columns, header spellings and line end are used
        fc.shuffledSubarray(spec.rows.map((_, index) => index), { minLength: spec.rows.length }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(pair, async ([spec, other, order]) => {
        const reshaped: RosterSpec = { ...spec, columns: other.columns, headerChoice: other.headerChoice, lineEnd: other.lineEnd };
        const first = await roster(rosterCsv(spec));
        const second = await roster(rosterCsv(reshaped, order));
        expect(byId(second.data)).toEqual(byId(first.data));
        expect(second.status).toBe(first.status);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives each person through `rencai check --answers … --format json` the roster\'s entry, field for field', async () => {
    await fc.assert(
      fc.asyncProperty(rosterArbitrary({ corruptions: [], maxRows: 4 }), async (spec) => {
        const { data } = await roster(rosterCsv(spec));
        expect(data.people).toHaveLength(spec.rows.length);
        for (const [index, { facts }] of spec.rows.entries()) {
          const { row: _row, ...entry } = data.people.find((person) => person.id === rowId(index))!;
          const checked = await check(answersOf(rowId(index), facts, `人${index + 1}`));
          // check adds its own fields (policy, year, readings, nearMisses, row: null); every field the
          // roster entry has is the same, items, amounts, payers and reasons included.
          expect(Object.fromEntries(Object.keys(entry).map((key) => [key, checked[key]]))).toEqual(entry);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/** `rencai check --answers FILE --format json`, in process; its stdout is the person's JSON. */
async function check(answers: Record<string, unknown>): Promise<Record<string, unknown>> {
  const file = join(dir, `answers-${++runs}.json`);
  writeFileSync(file, JSON.stringify(answers));
  const printed: string[] = [];
  const capture = vi.spyOn(process.stdout, 'write').mockImplementation((text) => {
    printed.push(String(text));
    return true;
  });
  try {
    const status = await runCheck({ year: YEAR, format: 'json', answers: file, facts: {} }, 'zh');
    expect(status).toBe(0);
  } finally {
    capture.mockRestore();
  }
  return JSON.parse(printed.join('')) as Record<string, unknown>;
}

/** The facts as `rencai check --answers` JSON: codes, JSON numbers and booleans, an honours list. */
function answersOf(id: string, facts: Facts, name: string): Record<string, unknown> {
  const end = endMonth(facts);
  const month = (value: { year: number; month: number }) => `${value.year}-${String(value.month).padStart(2, '0')}`;
  return {
    id, name, honors: facts.honors, education: facts.education, degree: facts.degree, title: facts.title,
    skill: facts.skill, intro_mode: facts.intro_mode, employer_type: facts.employer_type,
    fiscal_share: facts.fiscal_share === null ? null : facts.fiscal_share === 100 ? 1 : `0.${String(facts.fiscal_share).padStart(2, '0')}`,
    employer_level: facts.employer_level, county: facts.county, work_level: facts.work_level,
    housing_reform: facts.housing_reform, base_salary: facts.base_salary === null ? null : hundredths(facts.base_salary, 1),
    start: month(facts.start), end: end === null ? null : month(end),
    rent_per_m2: facts.rent === null ? null : hundredths(facts.rent, 1), fresh_graduate: facts.fresh_graduate,
  };
}
