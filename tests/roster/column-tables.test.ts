// README's column tables (核心列, 申报列, 单位花名册的列) are rendered from the column table, data/codes.json
// and the rules between columns (src/roster/column-tables.ts), so they say what the reader does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { columnTables, tableMarkers, withColumnTables, type ColumnTableName } from '../../src/roster/column-tables.js';
import { crossFieldRules } from '../../src/roster/cross-field.js';
import { loadLatestPolicy } from '../../src/policy/load.js';
import { ROOT } from '../e2e/helpers.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const rules = loadLatestPolicy().columnRules;
const tables = columnTables(rules);

function inReadme(name: ColumnTableName): string {
  const { begin, end } = tableMarkers(name);
  return README.slice(README.indexOf(begin) + begin.length, README.indexOf(end)).trim();
}

describe("README's column tables", () => {
  test.each(['core', 'claims', 'units'] as const)('the %s table in README.md is the one the column table renders', (name) => {
    expect(README).toContain(tableMarkers(name).begin);
    expect(inReadme(name), `README.md's ${name} column table differs from the column table: run \`npm run docs:columns\``).toBe(tables[name]);
  });

  test('rendering into README.md changes nothing', () => {
    expect(withColumnTables(README, tables), 'run `npm run docs:columns`').toBe(README);
  });

  test("every rule between columns is printed in its column's 取值 cell", () => {
    const text = `${tables.core}\n${tables.claims}`;
    for (const rule of crossFieldRules(rules)) {
      const line = text.split('\n').find((row) => row.startsWith(`| ${rule.column} |`));
      expect(line, rule.id).toContain(rule.readme);
    }
  });

  test("a rule of the text is worded from its data: base_salary is required at township and village level (§17's 20% of it)", () => {
    expect(tables.core).toContain('| base_salary | 基本工资 | 月基本工资 | 元/月；工作地层级为乡镇、村的必填 |');
  });

  test('a code column lists the printed label of each of its codes, joined by 、', () => {
    expect(tables.core).toContain('| degree | 学位 | 最高学位 | 无、学士、硕士、博士 |');
  });
});
