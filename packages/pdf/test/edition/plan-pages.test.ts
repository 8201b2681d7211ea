import { expect, test } from 'vitest';
import { planPages } from '../../src/edition/plan-pages.js';

test('without facing pages each part follows the last', () => {
  const plan = planPages({ cover: 1, contents: 1, articles: [4, 3, 1] }, false);
  expect(plan.starts).toEqual([3, 7, 10]);
  expect([...plan.blanksBefore]).toEqual([]);
  expect(plan.pages).toBe(10);
});

test('with facing pages the contents and every article open on a right-hand (odd) page', () => {
  const plan = planPages({ cover: 1, contents: 1, articles: [4, 3, 1, 2] }, true);
  expect(plan.starts).toEqual([5, 9, 13, 15]);
  expect([...plan.blanksBefore]).toEqual(['contents', 'article-0', 'article-2', 'article-3']);
  expect(plan.pages).toBe(16);
  for (const start of plan.starts) expect(start % 2).toBe(1);
});
