import { describe, expect, it } from 'vitest';
import { keysOfKind, PERSON_COLUMNS, UNIT_COLUMNS } from '../../src/policy/columns.js';
import { loadVocabulary } from '../../src/policy/vocabulary.js';
import { CONTRACT_KEYS } from '../../src/roster/columns.js';
import { CLAIM_KEYS } from '../../src/roster/claims.js';

const vocabulary = loadVocabulary();

describe('the one column table', () => {
  it('names every roster column of data/codes.json, in the same order, and no other', () => {
    expect(PERSON_COLUMNS.map((column) => column.key)).toEqual(vocabulary.columns.map((column) => column.key));
  });

  it('names every unit column of data/codes.json, in the same order, and no other', () => {
    expect(UNIT_COLUMNS.map((column) => column.key)).toEqual(vocabulary.unitColumns.map((column) => column.key));
  });

  it('gives every code column a code list that data/codes.json has', () => {
    for (const column of [...PERSON_COLUMNS, ...UNIT_COLUMNS]) {
      if (!('field' in column)) continue;
      expect(vocabulary.codesOf(column.field).length, column.key).toBeGreaterThan(0);
    }
  });

  it('puts the claim columns last, so a row without any is read without looking at them', () => {
    const firstClaim = PERSON_COLUMNS.findIndex((column) => column.claim);
    expect(PERSON_COLUMNS.slice(firstClaim).every((column) => column.claim)).toBe(true);
    expect(CLAIM_KEYS).toEqual(CONTRACT_KEYS.slice(firstClaim));
  });

  it('lists the yes/no columns by their kind: housing reform is one, the base salary is not', () => {
    const yesNo = keysOfKind(PERSON_COLUMNS, ['yes_no']);
    expect(yesNo).toContain('housing_reform');
    expect(yesNo).not.toContain('base_salary');
  });
});
