// The fuzz loop: 300 seeded cases in `npm test` (about a second); `npm run fuzz` runs it longer
// (FUZZ_SECONDS, default 60; FUZZ_ITERATIONS; FUZZ_SEED to start elsewhere or to replay one case).
import { expect, it } from 'vitest';
import { fuzz } from './fuzz.js';

const long = process.env.npm_lifecycle_event === 'fuzz';
const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value >= 0 ? value : fallback;
};
const options = {
  firstSeed: number('FUZZ_SEED', 7_000_000),
  iterations: number('FUZZ_ITERATIONS', long ? Number.MAX_SAFE_INTEGER : 300),
  seconds: number('FUZZ_SECONDS', long ? 60 : 600),
};

it(`mutated rosters are refused whole or read row by row, never crash (${long ? 'long run' : '300 seeded cases'})`, async () => {
  const { iterations, failures, refused, rows } = await fuzz(options);
  const report = failures.map((failure) => `seed ${failure.seed} (replay: FUZZ_SEED=${failure.seed} FUZZ_ITERATIONS=1 npm run fuzz):\n${failure.error}`);
  if (long || failures.length > 0) {
    console.log(`fuzz: ${iterations} cases from seed ${options.firstSeed}: ${refused} files refused, ${rows} rows read, ${failures.length} failed\n${report.join('\n\n')}`);
  }
  expect(report).toEqual([]);
  if (long) return;
  expect(iterations).toBe(options.iterations);
  // Not vacuous: most cases get past the header and yield rows; some are refused as files.
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThan(iterations / 2);
  expect(rows).toBeGreaterThan(iterations * 3);
}, long ? 0 : 60_000);
