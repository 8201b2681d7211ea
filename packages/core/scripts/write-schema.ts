import { writeFileSync } from 'node:fs';
import { editionJsonSchema } from '../src/edition/json-schema.js';
import { articleJsonSchema } from '../src/json-schema.js';

// Regenerates schema/*.schema.json; a test fails when a committed file is stale.
for (const [name, schema] of [
  ['article', articleJsonSchema()],
  ['edition', editionJsonSchema()],
] as const) {
  const target = new URL(`../schema/${name}.schema.json`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
