import { measureScaling } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { parseMarkdownWithPlaces } from '../src/index.js';

// Reading Markdown costs time in proportion to the text: the shapes that made micromark's
// emphasis and link matching quadratic (now read as text past a cap) and ordinary articles.

const FRONT =
  '---\ntitle: T\nlanguage: ja\npublished: 2025-10-28\nsources:\n  - id: a\n    outlet: A\n    kind: article\n---\n\n';
const read = (text: string) => {
  try {
    return parseMarkdownWithPlaces(text);
  } catch {
    return undefined; // bad Markdown is answered with an InputError, which costs time too
  }
};

const shapes: [string, (n: number) => string, number][] = [
  ['* × n, a letter, * × n', (n) => `${FRONT}${'*'.repeat(n)}a${'*'.repeat(n)}\n`, 1000],
  ['_ × n, a letter, _ × n', (n) => `${FRONT}${'_'.repeat(n)}a${'_'.repeat(n)}\n`, 1000],
  ['strong words in one paragraph', (n) => `${FRONT}${'**a** '.repeat(n)}\n`, 500],
  ['closing stars in one paragraph', (n) => `${FRONT}${'a* '.repeat(n)}\n`, 1000],
  ['nested brackets', (n) => `${FRONT}${'['.repeat(n)}a${']'.repeat(n)}\n`, 500],
  ['closing brackets', (n) => `${FRONT}${'a] '.repeat(n)}\n`, 1000],
  ['note references', (n) => `${FRONT}${'[^a] '.repeat(n)}\n`, 500],
  ['open citations', (n) => `${FRONT}${':cite['.repeat(n)}\n`, 500],
  ['a heading with attributes after spaces', (n) => `${FRONT}## T${' '.repeat(n)}}{#a}\n`, 5000],
  [
    'an ordinary article',
    (n) =>
      `${FRONT}${'## 見出し\n\n本文は*強調*と:cite[a]を含む。[リンク](https://example.com)もある。\n\n'.repeat(n)}`,
    30,
  ],
];

describe('parseMarkdown scales linearly', { timeout: 120_000 }, () => {
  test.each(shapes)('%s', (_name, make, n) => {
    const scaling = measureScaling(make, read, n);
    expect(scaling.ok, scaling.summary).toBe(true);
  });
});
