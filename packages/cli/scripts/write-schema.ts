import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../src/config/config-schema.js';

// Regenerates schema/kiji.config.schema.json; a test fails when the committed file is stale.
const target = new URL('../schema/kiji.config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(await configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
