import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePersonCells, type PersonRecord } from '../../src/roster/person.js';
import { CONTRACT_KEYS, type ContractKey } from '../../src/roster/columns.js';
import { COLUMN, NO_COLUMN } from '../../src/roster/row-cells.js';
import { rosterMessages } from '../../src/roster/messages.js';
import { BUNDLED_RULES, parseRecord } from '../bundled-rules.js';

/** A row with claim columns, so both the core and the claim readers are exercised. */
const record: PersonRecord = {
  id: 'P001',
  name: '张三',
  intro_mode: 'direct',
  employer_type: 'private',
  employer_level: 'county',
  county: '六枝特区',
  work_level: 'township',
  base_salary: '4406.50',
  start: '2014-03',
  hired_graduate: '是',
  research_grant: '5000',
  project_level: '县级',
};

/** The cells of `record` laid out in `order` (contract keys or null for an office column), and the positions. */
function laidOut(source: PersonRecord, order: readonly (ContractKey | null)[]) {
  const positions = new Int32Array(CONTRACT_KEYS.length).fill(NO_COLUMN);
  const cells = order.map((key, index) => {
    if (key === null) return 'office note';
    positions[COLUMN[key]] = index;
    return source[key] ?? '';
  });
  return { cells, positions };
}

describe('a row read by position', () => {
  it('gives what the same row as a key → cell record gives, whatever the column order', () => {
    const order = fc.shuffledSubarray([...CONTRACT_KEYS, null, null] as (ContractKey | null)[], { minLength: 0 });
    fc.assert(
      fc.property(order, fc.constantFrom(record, { ...record, base_salary: 'x', grassroots_years: '  ' }, { ...record, hired_graduate: '  ' }), (keys, source) => {
        const present = Object.fromEntries(keys.filter((key): key is ContractKey => key !== null).map((key) => [key, source[key]]));
        expect(parsePersonCells(laidOut(source, keys), [], rosterMessages('zh'), BUNDLED_RULES)).toEqual(parseRecord(present));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a cell past the end of a short row as not given', () => {
    const { cells, positions } = laidOut(record, [...CONTRACT_KEYS]);
    const short = cells.slice(0, COLUMN.start); // start and everything after it missing
    const parsed = parsePersonCells({ cells: short, positions }, [], rosterMessages('zh'), BUNDLED_RULES);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors.map((error) => error.column)).toEqual(['start']);
  });

  it('gives a row whose claim cells hold only spaces empty claims, as the record reader does', () => {
    const { cells, positions } = laidOut({ ...record, hired_graduate: ' ', research_grant: '', project_level: '' }, [...CONTRACT_KEYS]);
    const parsed = parsePersonCells({ cells, positions }, [], rosterMessages('zh'), BUNDLED_RULES);
    expect(parsed.ok && parsed.person.claims?.hired_graduate).toBe(false);
    expect(parsed.ok && parsed.person.claims?.research_grant).toBe(null);
  });
});
