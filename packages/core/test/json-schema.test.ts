import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { articleJsonSchema } from '../src/index.js';

test('schema/article.schema.json is up to date (run pnpm --filter @kiji/core schema)', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'),
  );
  expect(committed).toEqual(articleJsonSchema());
});

test('the JSON Schema names every node type', () => {
  const defs = Object.keys((articleJsonSchema() as { $defs: object }).$defs);
  for (const name of ['Section', 'Paragraph', 'Quote', 'List', 'TermList', 'Figure', 'Source', 'Meta']) {
    expect(defs).toContain(name);
  }
});
