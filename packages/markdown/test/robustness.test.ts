import { isInputError } from '@kiji/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../src/index.js';

// Whatever an editor types, parseMarkdown returns an article or throws an InputError whose every
// problem has a line and column: never a crash with a stack trace.

const FRONT =
  '---\ntitle: t\nlanguage: ja\npublished: 2025-10-28\nsources:\n  - id: a\n    outlet: A\n    kind: article\n---\n';
const pieces = [
  '\n',
  '\n\n',
  '本文',
  'text ',
  '---',
  '***',
  '## ',
  '### ',
  '# ',
  '1. ',
  '- ',
  '  ',
  '    ',
  '> ',
  ':::quote',
  ':::quote{source=a truncated}',
  ':::figure{width=x}',
  ':::terms',
  ':::aside[label]',
  ':::lede',
  ':::comment{author=x}',
  ':::unknown',
  ':::',
  '::leaf',
  ':cite[a]',
  ':cite[zz]{locator="1"}',
  ':cite',
  ':x[y]',
  '[^n]',
  '[^n]: note',
  '![alt](a.png)',
  '![alt](a.png "t")',
  '[link](https://example.com)',
  '[ref]',
  '[ref]: https://example.com',
  '{#id}',
  '{.conclusion}',
  '{number="1"}',
  '{oops',
  '*',
  '**',
  '_',
  '`',
  '```',
  '<b>',
  '<!-- c -->',
  '\\',
  '|a|b|',
  'kicker: x',
  'title: a: b',
];

const document = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }))
  .map(([front, parts]) => (front ? FRONT : '') + parts.join(''));

describe('parseMarkdown on arbitrary input', () => {
  test('returns an article or throws an InputError with places', () => {
    fc.assert(
      fc.property(document, (text) => {
        try {
          parseMarkdown(text, { file: 'fuzz.md' });
        } catch (error) {
          if (!isInputError(error)) throw error;
          expect(error.problems.length).toBeGreaterThan(0);
          for (const problem of error.problems) {
            expect(problem.line, problem.message).toBeGreaterThan(0);
            expect(problem.column, problem.message).toBeGreaterThan(0);
          }
        }
      }),
      {
        seed: Number(process.env.KIJI_PROPERTY_SEED ?? 5),
        numRuns: Number(process.env.KIJI_PROPERTY_RUNS ?? 300),
      },
    );
  }, 300_000);
});
