import { measureScaling, scalingArticles } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { toHtml } from '../src/index.js';

// The HTML page, horizontal and vertical, costs time in proportion to the article.

describe('toHtml scales linearly', () => {
  test.each([
    ['sections of cited paragraphs', 50, false],
    ['one paragraph of n sentences', 1000, false],
    ['one paragraph of n sentences', 1000, true],
    ['one paragraph of n inline nodes', 1000, false],
  ] as const)('%s (vertical: %s)', (shape, n, vertical) => {
    const scaling = measureScaling(scalingArticles[shape]!, (article) => toHtml(article, { vertical }), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
