// Rejected rows stream to the end of the output (#13): the spool keeps few in memory and the rest
// in a temporary file it removes; the JSON and table formatters write, piece by piece, exactly the
// bytes they wrote when every rejected row was one array turned into one string.
import { existsSync, readFileSync } from 'node:fs';
import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rollup } from '../../src/budget/rollup.js';
import { createLabels } from '../../src/i18n/labels.js';
import { createJsonFormatter, rollupJson } from '../../src/cli/output/json.js';
import { createTableFormatter } from '../../src/cli/output/table.js';
import { streamTable } from '../../src/cli/output/rejected-table.js';
import { RejectedLog, endPieces, endString, rejectedRowsOf } from '../../src/cli/output/rejected-rows.js';
import type { RejectedEntry, RunInfo } from '../../src/cli/output/types.js';
import { LineSpool } from '../../src/io/spool.js';
import { trackedTemporaries } from '../../src/io/temp-files.js';
import { policy } from '../engine/helpers.js';

const info: RunInfo = { policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: [] };

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '学', '历', '“', '”', '，', '-', '😀'), maxLength: 30 });
const entry: fc.Arbitrary<RejectedEntry> = fc.record({
  row: fc.integer({ min: 2, max: 1_000_000 }),
  id: fc.option(cellText, { nil: null }),
  errors: fc.array(fc.record({ column: fc.constantFrom('education', 'degree', '', 'start'), message: cellText }), { minLength: 1, maxLength: 3 }),
});

describe('the JSON formatter with streamed rejected rows', () => {
  it('writes the same bytes as one JSON.stringify of the whole tail', async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 40 }), async (rejected) => {
      const totals = new Rollup().totals();
      const formatter = createJsonFormatter(info);
      const text = formatter.begin() + await endString(formatter.end(rejectedRowsOf(rejected), totals));
      // The formatter before rejected rows streamed (one string, every entry in memory):
      const tail = JSON.stringify({
        rejected: rejected.map((e) => ({ row: e.row, id: e.id, errors: e.errors.map((error) => ({ column: error.column, message: error.message })) })),
        rollup: rollupJson(totals, info),
        readings: [],
        summary: { computed: 0, rejected: rejected.length, declined: totals.declined },
      }, null, 2);
      expect(text).toBe(`${formatter.begin()}],${tail.slice(1)}\n`);
    }), { numRuns: 60 });
  });

  it('hands 5,000 rejected rows on in many pieces, never as one string', async () => {
    const rejected = Array.from({ length: 5000 }, (_, k) => ({ row: k + 2, id: `R${k}`, errors: [{ column: 'education', message: '“硕博”不是学历代码' }] }));
    let pieces = 0;
    let longest = 0;
    for await (const piece of endPieces(createJsonFormatter(info).end(rejectedRowsOf(rejected), new Rollup().totals()))) {
      pieces++;
      longest = Math.max(longest, piece.length);
    }
    expect(pieces).toBeGreaterThan(10);
    expect(longest).toBeLessThan(100_000);
  });
});

describe('the rejected table, drawn line by line', () => {
  it('is the same characters as cli-table3 draws for the whole table', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), async (rows) => {
      const head = ['行', '编号', '问题'];
      const table = new Table({ style: { head: [], border: [], compact: true }, head });
      for (const row of rows) table.push(row);
      let drawn = '';
      for await (const piece of streamTable(head, async function* () { yield rows; })) drawn += piece;
      expect(drawn).toBe(table.toString());
    }), { numRuns: 80 });
  });

  it('takes linear time: 20,000 rejected rows arrive in pieces (cli-table3 needed minutes for 100,000)', async () => {
    const rejected = Array.from({ length: 20_000 }, (_, k) => ({ row: k + 2, id: `R${k}`, errors: [{ column: 'education', message: `“硕博${k % 7}”不是学历代码` }] }));
    const formatter = createTableFormatter(info, { colorLevel: 0, summary: false });
    let lines = 0;
    let pieces = 0;
    for await (const piece of endPieces(formatter.end(rejectedRowsOf(rejected), new Rollup().totals()))) {
      pieces++;
      lines += piece.split('\n').length - 1;
    }
    expect(pieces).toBeGreaterThan(20);
    expect(lines).toBeGreaterThan(20_000);
  });

  it('shows a control character in a value escaped, and cuts a long quoted value', async () => {
    const formatter = createTableFormatter(info, { colorLevel: 0, summary: false });
    const rejected = [{ row: 3, id: 'X\u001b[2J', errors: [{ column: 'education', message: `“${'很'.repeat(5000)}\u0007”不是学历代码` }] }];
    const text = await endString(formatter.end(rejectedRowsOf(rejected), new Rollup().totals()));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('X\\u001b[2J');
    expect(text.length).toBeLessThan(5000);
  });
});

describe('the spool of rejected rows', () => {
  it('keeps few rows in memory and the rest in a temporary file, given back in order and removed after', async () => {
    const log = new RejectedLog({ memoryLimit: 1000 });
    const rows = Array.from({ length: 2000 }, (_, k) => ({ row: k + 2, id: `R${k}`, errors: [{ column: 'degree', message: `第${k}个问题` }] }));
    for (const row of rows) {
      log.add(row);
      if (log.needsDrain) await log.drain();
    }
    const spoolFile = trackedTemporaries().find((path) => path.includes('rencai-rejected-'));
    expect(spoolFile).toBeDefined();
    const back: RejectedEntry[] = [];
    for await (const batch of log.batches()) back.push(...batch);
    expect(back).toEqual(rows);
    expect(readFileSync(spoolFile!, 'utf8').split('\n').length).toBe(2001);
    expect(log.length).toBe(2000);
    expect(log.first).toEqual(rows.slice(0, 5));
    await log.remove();
    expect(existsSync(spoolFile!)).toBe(false);
    expect(trackedTemporaries()).not.toContain(spoolFile);
  });

  it('reports a temporary folder that cannot be written as a TemporaryFileError, not a crash', async () => {
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = '/nonexistent-rencai-tmp';
    try {
      const spool = new LineSpool('rencai-test', 0);
      spool.add('one');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(spool.drain()).rejects.toMatchObject({ name: 'TemporaryFileError', reason: 'ENOENT' });
      await spool.remove();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});
