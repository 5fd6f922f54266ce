// Writes README.md's column tables (核心列, 申报列, 单位花名册的列) from the column table, data/codes.json and
// the rules between columns (after `npm run build`):
//   npm run docs:columns
// tests/roster/column-tables.test.ts fails when README's tables differ from freshly rendered ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [{ columnTables, withColumnTables }, { loadLatestPolicy }] = await Promise.all([
  import(join(ROOT, 'dist/roster/column-tables.js')),
  import(join(ROOT, 'dist/policy/load.js')),
]);
const file = join(ROOT, 'README.md');
const before = readFileSync(file, 'utf8');
const after = withColumnTables(before, columnTables(loadLatestPolicy().columnRules));
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README.md: column tables unchanged' : 'README.md: column tables rewritten');
