import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataFileError, readDataFile } from '../../src/policy/data-dir.js';
import { loadPolicy } from '../../src/policy/load.js';
import { editionForYear } from '../../src/policy/edition-index.js';
import { loadRentRates } from '../../src/policy/rent-rates.js';
import { oneOffByTierSchema } from '../../src/policy/schemas.js';
import { itemOf } from './item-of.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-policy-'));
const write = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

describe('loading the bundled policy', () => {
  test('the 2013 edition applies to 2013, to later years, and (as the first) to years before it', () => {
    expect(editionForYear(2013)).toBe('lps-2013');
    expect(editionForYear(2030)).toBe('lps-2013');
    expect(editionForYear(2000)).toBe('lps-2013');
  });

  test('every amount of the §16 purchase table and the §17 allowance lines is read from data, to the fen', () => {
    const policy = loadPolicy({ year: 2014 });
    expect(itemOf(policy, 'housing_purchase', 'one_off_by_tier').amountByTier).toEqual({ A: 120000000, B: 60000000, C: 35000000, D: 25000000, E: 18000000, F: 6000000, G: 4000000 });
    expect(itemOf(policy, 'talent_allowance', 'monthly_highest_line').lines.map((line) => line.monthly)).toEqual([2500000, 600000, 400000, 150000, 80000, 30000, 100000, 100000, 50000]);
  });

  test('an unknown edition is a data error that lists the known ones', () => {
    expect(() => loadPolicy({ year: 2014, edition: 'lps-1999' })).toThrow(/lps-2013/);
  });

  test('bundled rent rates are all unknown until an office fills them in', () => {
    expect(Object.values(loadRentRates())).toEqual([null, null, null, null]);
  });
});

describe('a broken data file is a clear error naming the file and the field', () => {
  test('a tier amount with three decimals names amountByTier.B', () => {
    const path = write('housing_purchase.json', JSON.stringify({
      item: 'housing_purchase', kind: 'one_off_by_tier', clause: '§16', label: { zh: '购房补贴', en: 'x' }, effective: '2013-08-02', text: 't',
      payer: { rule: 'by_employer_type' }, introModes: ['direct'], housingReformExcludes: { introModes: [], reading: 'r' },
      amountByTier: { A: '1200000', B: '600000.001' },
    }));
    const error = (() => { try { readDataFile(path, oneOffByTierSchema); } catch (caught) { return caught; } })();
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).message).toContain(path);
    expect((error as DataFileError).details.join('\n')).toMatch(/amountByTier\.B/);
  });

  test('a file that is not JSON names the file', () => {
    expect(() => readDataFile(write('bad.json', '{ "item": '), oneOffByTierSchema)).toThrow(/bad\.json/);
  });
});

describe('an office\'s rent rates (--rent-rates)', () => {
  test('a JSON file of county names or codes overrides the bundled table', () => {
    const rates = loadRentRates(write('rates.json', JSON.stringify({ rates: { 钟山区: '8.5', liuzhi: null } })));
    expect(rates.zhongshan?.text).toBe('8.5');
    expect(rates.liuzhi).toBeNull();
  });

  test('a flat JSON object works too', () => {
    expect(loadRentRates(write('flat.json', JSON.stringify({ panzhou: '7' }))).panzhou?.text).toBe('7');
  });

  test('a CSV with a header row is read by county code or Chinese name', () => {
    const rates = loadRentRates(write('rates.csv', '\uFEFF县区,rent_per_m2\r\n水城县,6.25\r\nliuzhi,9\r\n'));
    expect([rates.shuicheng?.text, rates.liuzhi?.text]).toEqual(['6.25', '9']);
  });

  test('an unknown county or a zero rate is refused, naming the file', () => {
    expect(() => loadRentRates(write('unknown.csv', 'county,rate\n贵阳,8\n'))).toThrow(/贵阳/);
    expect(() => loadRentRates(write('zero.csv', 'county,rate\nliuzhi,0\n'))).toThrow(/zero\.csv/);
  });
});
