import { writeFileSync } from 'node:fs';
import { summit } from './article.js';

// article.json is generated from article.ts; article.test.ts fails when they drift apart.
writeFileSync(new URL('./article.json', import.meta.url), `${JSON.stringify(summit, null, 2)}\n`);
