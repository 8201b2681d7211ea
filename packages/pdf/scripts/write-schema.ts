import { writeFileSync } from 'node:fs';
import { themeJsonSchema } from '../src/theme-file.js';

// Regenerates schema/theme.schema.json; a test fails when the committed file is stale.
const target = new URL('../schema/theme.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(themeJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
