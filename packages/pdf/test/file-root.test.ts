// Figure files come only from the root: every way out is refused with the JSON path.

import { type InputError, isInputError } from '@kiji/core';
import { makeFileRootTree } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { type PdfWarning, renderPdf } from '../src/index.js';

const SLOW = { timeout: 120_000 };
const tree = makeFileRootTree();
const options = { root: tree.root, maxImageBytes: 1024 * 1024 };

describe('the file root', () => {
  test.each(tree.cases.filter((entry) => entry.outcome === 'refused'))(
    'refuses a figure: $name',
    async ({ src, message }) => {
      const error = await renderPdf(tree.article(src), options).catch((caught: unknown) => caught);
      expect(isInputError(error)).toBe(true);
      expect((error as InputError).problems).toEqual([
        { path: 'children[0].src', message: expect.stringMatching(message!) },
      ]);
    },
  );

  test.each(tree.cases.filter((entry) => entry.outcome === 'read'))(
    'draws a figure: $name',
    SLOW,
    async ({ src }) => {
      const warnings: PdfWarning[] = [];
      const pdf = await renderPdf(tree.article(src), { ...options, onWarning: (w) => warnings.push(w) });
      expect(warnings).toEqual([]);
      expect(Buffer.from(pdf).toString('latin1')).toContain('/Subtype /Image');
    },
  );

  test('without a root no local file is read', SLOW, async () => {
    const warnings: PdfWarning[] = [];
    await renderPdf(tree.article('images/inside.png'), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      expect.objectContaining({
        path: 'children[0].src',
        message: expect.stringMatching(/no root folder was given/),
      }),
    ]);
  });
});
