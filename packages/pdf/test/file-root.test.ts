// Figure files come only from the root: every way out is refused with the JSON path.

import { join } from 'node:path';
import { type InputError, isInputError } from '@kiji/core';
import { makeFileRootTree } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { type PdfWarning, renderEditionPdf, renderPdf } from '../src/index.js';

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
      // Read and drawn: the only word about it is that its 4 × 4 pixels print soft.
      expect(warnings.map((warning) => warning.code)).toEqual(['low-resolution-image']);
      expect(warnings[0]!.message).toMatch(/\(4 × 4 pixels\)/);
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

describe('the edition cover image', () => {
  const edition = {
    meta: { title: '朝刊', language: 'ja', date: '2025-10-28' },
    // A figure whose file does not exist: the cover is the only image.
    articles: [{ article: tree.article('images/missing.png') }],
  };
  const cover = (path: string) => renderEditionPdf(edition, { ...options, cover: path });

  test.each([
    ['a device', '/dev/zero', /cover image: "\/dev\/zero" lies outside the folder files may come from/],
    ['a file out of the root', join(tree.outer, 'private.png'), /lies outside the folder/],
    ['a symbolic link out of the root', 'leak.png', /symbolic link to a file outside/],
    ['a FIFO', join(tree.root, 'pipe.png'), /named pipe \(FIFO\), not an image file/],
    ['a file over the size limit', 'huge.png', /over the limit of 1 MB per image/],
  ])('is refused when it is %s, before anything is laid out', async (_name, path, message) => {
    const error = await cover(path).catch((caught: unknown) => caught);
    expect(isInputError(error)).toBe(true);
    expect((error as InputError).problems).toEqual([{ path: '', message: expect.stringMatching(message) }]);
  });

  test('is drawn from a file inside the root', SLOW, async () => {
    const images = async (pdf: Promise<Uint8Array>) =>
      Buffer.from(await pdf)
        .toString('latin1')
        .match(/\/Subtype \/Image/g)?.length ?? 0;
    expect(await images(cover('images/inside.png'))).toBe(1);
    expect(await images(renderEditionPdf(edition, options))).toBe(0);
  });
});
