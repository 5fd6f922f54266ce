// The *_amount_supplied readings decide that an amount is the roster's: every item whose amount a roster
// supplies under such a reading names it in its result, with the amount or without one.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rencai } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'rencai-amount-readings-'));
const roster = join(scratch, 'startup.csv');
// S1 claims 3,000 of business tax forgone (§14 个体经营免征营业税); S2 claims it with no amount yet.
writeFileSync(roster, 'id,name,education,degree,intro_mode,employer_type,employer_level,county,work_level,start,startup_tax_exempt\nS1,创业,bachelor,bachelor,direct,private,city,,city,2014-01,3000\nS2,创业未定,bachelor,bachelor,direct,private,city,,city,2014-01,是\n');

describe('§14 startup tax exemption names tax_forgone_amount_supplied where its amount is the roster\'s', () => {
  test('with an amount (3,000.00 as claimed) and without one (amount missing), the item names the reading', () => {
    const run = rencai(['roster', roster, '--year', '2014', '--format', 'json']);
    expect(run.status).toBe(0);
    const people = (JSON.parse(run.stdout) as { people: { id: string; items: { item: string; amount: string | null; readings: string[] }[] }[] }).people;
    const item = (id: string) => people.find((person) => person.id === id)!.items.find((entry) => entry.item === 'startup_tax_exemption')!;
    expect(item('S1').amount).toBe('3000.00');
    expect(item('S1').readings).toContain('tax_forgone_amount_supplied');
    expect(item('S2').amount).toBeNull();
    expect(item('S2').readings).toContain('tax_forgone_amount_supplied');
  }, 30_000);
  test('explain cites the reading\'s text under the item', () => {
    const run = rencai(['explain', roster, '--id', 'S1', '--year', '2014']);
    expect(run.stdout).toContain('[解读 §15] 税收减免（营业税免征、企业所得税税前扣除）的金额为当年少收的税款，须由名册提供');
  }, 30_000);
});
