import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openUnits, type UnitRow } from '../../src/roster/units.js';
import { RosterFileError } from '../../src/roster/read.js';

const dir = mkdtempSync(join(tmpdir(), 'rencai-units-'));
async function rowsOf(text: string): Promise<UnitRow[]> {
  const path = join(dir, `u${Math.random()}.csv`);
  writeFileSync(path, text);
  const opened = await openUnits(path);
  const rows: UnitRow[] = [];
  for await (const row of opened.rows) rows.push(row);
  return rows;
}

describe('a roster of units', () => {
  test('reads Chinese headers, unit types by label, levels, months and amounts', async () => {
    const rows = await rowsOf('编号,名称,类别,注册地层级,所在县区,获批年月,省级资助金额,备注\nU1,某人才基地,省级人才基地,县级,六枝特区,2014年5月,1500000.00,甲\nU2,某工作室,prov_skill_master_studio,市级,,2014-03,,乙\n');
    expect(rows).toEqual([
      { kind: 'unit', row: 2, extra: ['甲'], unit: { id: 'U1', name: '某人才基地', unit_type: 'prov_talent_base', level: 'county', county: 'liuzhi', approved: 2014 * 12 + 4, provincial_grant: 150000000, reward_amount: null } },
      { kind: 'unit', row: 3, extra: ['乙'], unit: { id: 'U2', name: '某工作室', unit_type: 'prov_skill_master_studio', level: 'city', county: null, approved: 2014 * 12 + 2, provincial_grant: null, reward_amount: null } },
    ]);
  });
  test('rejects a row with every problem named by its unit column, and goes on', async () => {
    const rows = await rowsOf('id,unit_type,level,county,approved,reward_amount\nU1,工厂,county,,2014-13,五万\nU2,talent_recommender,city,,2014-01,80000\nU2,bole_award,city,,2014-01,\n');
    expect(rows[0]).toMatchObject({ kind: 'rejected', row: 2, id: 'U1' });
    expect(rows[0]?.kind === 'rejected' && rows[0].errors.map((error) => error.column)).toEqual(['unit_type', 'county', 'approved', 'reward_amount']);
    expect(rows[0]?.kind === 'rejected' && rows[0].errors.find((error) => error.column === 'approved')?.message).toContain('获批年月');
    expect(rows[1]).toMatchObject({ kind: 'unit', unit: { reward_amount: 8000000 } });
    expect(rows[2]).toMatchObject({ kind: 'rejected', row: 4, errors: [{ column: 'id' }] });
  });
  test('a header without an id column is refused as a whole file', async () => {
    await expect(rowsOf('名称,类别\n甲,伯乐奖\n')).rejects.toBeInstanceOf(RosterFileError);
  });
});
