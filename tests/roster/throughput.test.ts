// Opt-in throughput check (skipped unless ROSTER_BENCH is set, since CI machines vary):
//   ROSTER_BENCH=1000000 npx vitest run tests/roster/throughput.test.ts
// writes a roster of that many rows (about 140 bytes each) to a temporary file, then reads it
// (1) through the CSV parser alone and (2) through openRoster with full validation, printing the cost
// per row. The bounds asserted are loose (a busy shared machine), to catch an accidental slowdown of
// an order of magnitude, not to measure.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from '../../src/roster/csv.js';
import { openBundledRoster } from '../bundled-rules.js';

const rows = Number(process.env.ROSTER_BENCH ?? 0);

async function writeRoster(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('id,name,honors,education,degree,title,skill,intro_mode,employer_type,fiscal_share,employer_level,county,work_level,housing_reform,base_salary,start,end,rent_per_m2,fresh_graduate,note\n');
  const education = ['doctor', 'master', 'bachelor', '博士研究生'];
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = i % 4;
    lines.push(
      `P${String(i).padStart(7, '0')},张三${i % 100},${t === 0 ? 'changjiang;nsfc_young' : ''},${education[t]},doctor,senior,none,direct,` +
        `${t === 1 ? 'inst_partial,0.65' : 'inst_full,'},county,zhongshan,${t === 2 ? 'township' : 'county'},no,4500.50,2014-03,2016-12,8.5,no,备注${i}`,
    );
    if (lines.length === 10000) {
      if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
      lines = [];
    }
  }
  out.end(lines.join('\n') + '\n');
  await once(out, 'finish');
}

describe.skipIf(!rows)('reading a large roster', () => {
  it('costs a few microseconds a row, parsing and validating', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-bench-'));
    try {
      const path = join(dir, 'big.csv');
      await writeRoster(path, rows);

      let start = performance.now();
      const decoder = new TextDecoder('utf-8', { fatal: true });
      const parser = new CsvParser();
      let records = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        const text = decoder.decode(chunk as Buffer, { stream: true });
        for (let from = 0; from < text.length; from += 1 << 16) {
          const out: CsvRecord[] = [];
          parser.push(text.slice(from, from + (1 << 16)), out);
          records += out.length;
        }
      }
      const parseMs = performance.now() - start;

      start = performance.now();
      const roster = await openBundledRoster(path);
      let people = 0;
      for await (const row of roster.rows) if (row.kind === 'person') people++;
      const fullMs = performance.now() - start;

      console.log(
        `${rows} rows: decode+CSV ${parseMs.toFixed(0)} ms (${((parseMs * 1000) / rows).toFixed(2)} µs/row); ` +
          `openRoster with validation ${fullMs.toFixed(0)} ms (${((fullMs * 1000) / rows).toFixed(2)} µs/row)`,
      );
      expect(records).toBe(rows + 1);
      expect(people).toBe(rows);
      expect((parseMs * 1000) / rows).toBeLessThan(10);
      expect((fullMs * 1000) / rows).toBeLessThan(30);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
