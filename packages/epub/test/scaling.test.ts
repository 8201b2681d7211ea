import { measureScalingAsync, scalingArticles } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { toEpub } from '../src/index.js';

// The EPUB (content documents, navigation, zip) costs time in proportion to the article.

describe('toEpub scales linearly', () => {
  test.each([
    ['sections of cited paragraphs', 30],
    ['one paragraph of n sentences', 200],
    ['one paragraph of n inline nodes', 200],
  ] as const)('%s', async (shape, n) => {
    const scaling = await measureScalingAsync(scalingArticles[shape]!, (article) => toEpub(article), n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
