import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lookupCode } from '../../src/roster/person.js';
import { loadVocabulary, type CodeField } from '../../src/policy/vocabulary.js';

const vocabulary = loadVocabulary();
const FIELDS: CodeField[] = ['education', 'degree', 'title', 'skill', 'employer_type', 'county', 'work_level', 'yes_no', 'honors'];
/** Every code and label of those fields, and texts that are none: enough that cells share slots of the recent-cells table. */
const POOL = [
  ...new Set([
    ...FIELDS.flatMap((field) => vocabulary.codesOf(field).flatMap((code) => [code, vocabulary.labelOf(field, code)])),
    'x', 'xy', '本', '本科x', 'BACHELOR', ' 本科', '无', '0', '硕士', '是否', 'yes', 'no',
  ]),
];

describe('looking a cell up in the vocabulary', () => {
  it('gives, in any order of fields and cells, what the vocabulary says (cells whose remembered slots collide included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...POOL)), { minLength: 1, maxLength: 400 }), (lookups) => {
        for (const [field, cell] of lookups) {
          // A fresh string each time, as a row's cell is; no cell in the pool has half-width brackets.
          const fresh = [cell, ''].join('');
          expect(lookupCode(field, fresh), `${field} ${cell}`).toBe(vocabulary.lookup(field, cell));
        }
      }),
      { numRuns: 200 },
    );
  });
});
