// The JSON Schema files shipped in data/schemas/ are exactly what the zod schemas generate, and every
// data file of the bundled editions names one, so an editor checks what rencai will check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { jsonSchemaFiles } from '../../src/cases/json-schemas.js';
import { ROOT } from '../e2e/helpers.js';

const SCHEMAS = join(ROOT, 'data', 'schemas');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

describe('data/schemas', () => {
  test('the shipped schemas equal freshly generated ones (run `npm run schemas` after changing a zod schema)', () => {
    const fresh = jsonSchemaFiles();
    expect(readdirSync(SCHEMAS).sort()).toEqual(Object.keys(fresh).sort());
    for (const [name, text] of Object.entries(fresh)) expect(readFileSync(join(SCHEMAS, name), 'utf8'), name).toBe(text);
  });

  test('every JSON data file (editions, codes, English labels, near misses, service points, rent rates) names an existing schema by a relative path', () => {
    const files = filesUnder(join(ROOT, 'data')).filter((file) => file.endsWith('.json') && !file.startsWith(SCHEMAS) && !file.startsWith(join(ROOT, 'data', 'examples')));
    expect(files.length).toBeGreaterThan(30);
    const missing = files.filter((file) => {
      const named = (JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string }).$schema;
      return named === undefined || !existsSync(join(dirname(file), named));
    });
    expect(missing.map((file) => relative(ROOT, file))).toEqual([]);
  });

  test('every case file names the cases schema for the YAML language server', () => {
    const files = filesUnder(join(ROOT, 'data', 'policies', 'lps-2013', 'tests'));
    for (const file of files) {
      const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
      const named = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      expect(named && existsSync(join(dirname(file), named)), relative(ROOT, file)).toBe(true);
    }
  });

  test('a schema file says what the zod schema says: the edition needs its effective date, a monthly_fixed item its kind', () => {
    const edition = JSON.parse(readFileSync(join(SCHEMAS, 'edition.schema.json'), 'utf8'));
    expect(edition.required).toContain('effective');
    const monthly = JSON.parse(readFileSync(join(SCHEMAS, 'monthly-fixed.schema.json'), 'utf8'));
    expect(monthly.properties.kind).toEqual({ type: 'string', const: 'monthly_fixed' });
  });

  test('a field of an edition file read after readings.json may be a reading\'s alternatives in the editor too, as the loader allows', () => {
    const byTier = JSON.parse(readFileSync(join(SCHEMAS, 'one-off-by-tier.schema.json'), 'utf8'));
    expect(byTier.properties.tiersPaid.anyOf[0]).toEqual({ type: 'string', enum: ['highest', 'each'] });
    expect(byTier.properties.tiersPaid.anyOf[1]).toMatchObject({ required: ['byReading', 'alternatives'], additionalProperties: false });
    // readings.json itself and the roster's codes are read as they are: no alternatives there.
    const readings = JSON.parse(readFileSync(join(SCHEMAS, 'readings.schema.json'), 'utf8'));
    expect(JSON.stringify(readings)).not.toContain('byReading');
  });
});
