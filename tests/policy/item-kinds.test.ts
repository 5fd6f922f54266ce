// The policy's items are data of general kinds: src/ computes, explains and describes every item by
// the kind its file names, and names no item of the bundled edition.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPolicy } from '../../src/policy/load.js';
import { loadVocabulary } from '../../src/policy/vocabulary.js';
import { ROOT } from '../e2e/helpers.js';

const policy = loadPolicy({ year: 2014 });
const sources = (readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }))
  .filter((path) => path.endsWith('.ts'))
  .map((path) => ({ path, text: readFileSync(join(ROOT, 'src', path), 'utf8') }));
// An item code that is also a roster column (income_tax_return, a claimed amount) is named as the column.
const columns = new Set(loadVocabulary().columns.map((column) => column.key));

describe('items are data of kinds', () => {
  test('every item of lps-2013 names one of the kinds', () => {
    const kinds = new Set([...policy.items, ...policy.grants, ...policy.annual, ...policy.unitItems].map((item) => item.form));
    expect([...kinds].sort()).toEqual(['annual', 'monthly_by_tier_rate', 'monthly_fixed', 'monthly_highest_line', 'monthly_share', 'one_off_by_tier', 'one_off_grant', 'unit']);
  });

  test('no code under src/ reads an item by its code: no quoted code or property of that name outside help texts', () => {
    const found: string[] = [];
    const codes = [...policy.items, ...policy.grants, ...policy.annual, ...policy.unitItems].map((item) => item.item).filter((code) => !columns.has(code));
    for (const { path, text } of sources) {
      // Help texts show an item code as an example of what to type.
      if (/messages\.ts$/.test(path) || path.endsWith('scenario.ts')) continue;
      for (const code of codes) {
        const quoted = new RegExp(`['"\`]${code}['"\`]|\\.${code}\\b`);
        if (quoted.test(text)) found.push(`${path}: ${code}`);
      }
    }
    expect(found).toEqual([]);
  });
});
