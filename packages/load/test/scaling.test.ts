import { measureScaling } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { loadArticleText } from '../src/index.js';

// Validation (what `kiji validate` runs) costs time in proportion to the input, in every format.

const FRONT = '---\ntitle: T\nlanguage: en\npublished: 2025-10-28\n---\n\n';
const load = ([text, name]: [string, string]) => {
  try {
    return loadArticleText(text, name);
  } catch {
    return undefined;
  }
};
const json = (n: number) =>
  JSON.stringify({
    type: 'article',
    schemaVersion: 1,
    meta: { title: 'T', language: 'en', published: '2025-10-28' },
    children: Array.from({ length: n }, () => ({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The leaders agreed. ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'Yes.' }] },
      ],
    })),
    sources: [],
  });

const shapes: [string, (n: number) => [string, string], number][] = [
  ['Markdown: * × n, a letter, * × n', (n) => [`${FRONT}${'*'.repeat(n)}a${'*'.repeat(n)}\n`, 'a.md'], 1000],
  [
    'Markdown: paragraphs',
    (n) => [`${FRONT}${'A *b* [c](https://example.com/c).\n\n'.repeat(n)}`, 'a.md'],
    100,
  ],
  ['JSON: paragraphs', (n) => [json(n), 'a.json'], 500],
  ['text: >>1 anchor lines', (n) => [`Title\n\n2025-10-28\n\n${'>>1\n'.repeat(n)}`, 'a.txt'], 4000],
];

describe('loadArticleText scales linearly', { timeout: 120_000 }, () => {
  test.each(shapes)('%s', (_name, make, n) => {
    const scaling = measureScaling(make, load, n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
