import { measureScaling, scalingArticles } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { lintArticle } from '../src/index.js';

// Every rule together costs time in proportion to the article, however its text is spread.

describe('lintArticle scales linearly', { timeout: 120_000 }, () => {
  test.each([
    ['sections of cited paragraphs', 50],
    ['one paragraph of n sentences', 1000],
    ['one paragraph of n inline nodes', 1000],
  ] as const)('%s', (shape, n) => {
    const scaling = measureScaling(scalingArticles[shape]!, (article) => lintArticle(article), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
