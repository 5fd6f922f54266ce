// The rent rate per m² of each county (§16's flexible rent): the bundled data/rent-rates.json,
// overridden county by county by an office's file (--rent-rates), JSON or CSV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExactDecimal, type ExactDecimal } from '../base/money.js';
import type { County } from '../base/person.js';
import { DATA_DIR, DataFileError, readDataFile } from './data-dir.js';
import * as schemas from './schemas.js';
import { loadVocabulary, normaliseLabel } from './vocabulary.js';

type Overlay = (file: string, raw: unknown) => unknown;

/** Bundled rates, overridden county by county by an office's file (JSON like data/rent-rates.json, or CSV county,rent_per_m2). */
export function loadRentRates(overrideFile?: string, overlay?: Overlay): Record<County, ExactDecimal | null> {
  const vocabulary = loadVocabulary();
  const rates = {} as Record<County, ExactDecimal | null>;
  for (const county of vocabulary.codesOf('county') as County[]) rates[county] = null;
  const apply = (source: string, entries: Record<string, string | null>) => {
    for (const [key, value] of Object.entries(entries)) {
      const county = vocabulary.lookup('county', key) as County | null;
      if (!county) throw new DataFileError(source, [`"${key}" 不是县区代码或名称（${vocabulary.codesOf('county').join('、')}）`]);
      if (value === null || value === '') continue;
      const rate = parseExactDecimal(value);
      if (!rate || rate.numerator === 0) throw new DataFileError(source, [`${key}: "${value}" 不是大于0的租金（元/平方米/月）`]);
      rates[county] = rate;
    }
  };
  apply('data/rent-rates.json', readDataFile(join(DATA_DIR, 'rent-rates.json'), schemas.rentRatesSchema, overlay && ((raw) => overlay('rent-rates.json', raw))).rates);
  if (overrideFile) apply(overrideFile, readRentRatesOverride(overrideFile));
  return rates;
}

function readRentRatesOverride(path: string): Record<string, string | null> {
  if (!path.toLowerCase().endsWith('.csv')) {
    const raw = readDataFile(path, schemas.rentRatesSchema.or(schemas.rentRatesSchema.shape.rates));
    return 'rates' in raw && typeof raw.rates === 'object' && raw.rates !== null ? (raw.rates as Record<string, string | null>) : (raw as Record<string, string | null>);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new DataFileError(path, [error instanceof Error ? error.message : String(error)]);
  }
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const entries: Record<string, string | null> = {};
  lines.forEach((line, index) => {
    const [county = '', rate = ''] = line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
    const isHeader = index === 0 && loadVocabulary().lookup('county', county) === null && ['county', '县区', '所在县区'].includes(normaliseLabel(county));
    if (!isHeader) entries[county] = rate;
  });
  return entries;
}
