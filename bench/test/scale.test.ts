import { readFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { expect, test } from 'vitest';
import { scaleArticle } from '../src/scale.js';

test('a scaled article is still a valid article, its body repeated', () => {
  const file = new URL('../../examples/summit-2025/article.json', import.meta.url);
  const article = parseArticle(JSON.parse(readFileSync(file, 'utf8')));
  const scaled = parseArticle(JSON.parse(JSON.stringify(scaleArticle(article, 4))));
  expect(scaled.children).toHaveLength(4 * article.children.length);
  expect(JSON.stringify(scaled).length).toBeGreaterThan(3 * JSON.stringify(article).length);
});
