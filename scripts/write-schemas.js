// Writes data/schemas/*.schema.json from the zod schemas (after `npm run build`):
//   npm run schemas
// tests/policy/json-schemas.test.ts fails when the shipped files differ from freshly generated ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { jsonSchemaFiles } = await import(join(ROOT, 'dist/cases/json-schemas.js'));
const dir = join(ROOT, 'data', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) writeFileSync(join(dir, name), text);
console.log(`data/schemas: ${Object.keys(jsonSchemaFiles()).length} files`);
