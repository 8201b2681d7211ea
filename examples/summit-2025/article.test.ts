import { readFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { expect, test } from 'vitest';
import { summit } from './article.js';

const json = JSON.parse(readFileSync(new URL('./article.json', import.meta.url), 'utf8'));

test('article.json is what article.ts builds (run pnpm generate after editing article.ts)', () => {
  expect(json).toEqual(summit);
});

test('the article is valid', () => {
  expect(parseArticle(json)).toEqual(summit);
});
