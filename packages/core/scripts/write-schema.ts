import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/json-schema.js';

// Regenerates schema/article.schema.json; a test fails when the committed file is stale.
const target = new URL('../schema/article.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
