// Figure files come only from the root; SVG is embedded only when it is a static drawing.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InputError, isInputError } from '@kiji/core';
import { makeFileRootTree } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { type EpubWarning, toEpub } from '../src/index.js';
import { svgProblem } from '../src/steps/check-svg.js';
import { openEpub } from './support/archive.js';

const tree = makeFileRootTree();
const options = { root: tree.root, maxImageBytes: 1024 * 1024, modified: '2025-10-28T00:00:00Z' };

describe('the file root', () => {
  test.each(tree.cases.filter((entry) => entry.outcome === 'refused'))(
    'refuses a figure: $name',
    async ({ src, message }) => {
      const error = await toEpub(tree.article(src), options).catch((caught: unknown) => caught);
      expect(isInputError(error)).toBe(true);
      expect((error as InputError).problems).toEqual([
        { path: 'children[0].src', message: expect.stringMatching(message!) },
      ]);
    },
  );

  test.each(tree.cases.filter((entry) => entry.outcome === 'read'))(
    'embeds a figure: $name',
    async ({ src }) => {
      const warnings: EpubWarning[] = [];
      const epub = await openEpub(
        await toEpub(tree.article(src), { ...options, onWarning: (w) => warnings.push(w) }),
      );
      expect(warnings).toEqual([]);
      expect(epub.names).toContain('OEBPS/images/image-1.png');
    },
  );

  test('without a root no local file is read', async () => {
    const warnings: EpubWarning[] = [];
    const epub = await openEpub(
      await toEpub(tree.article('images/inside.png'), { onWarning: (w) => warnings.push(w) }),
    );
    expect(epub.names.some((name) => name.includes('images/'))).toBe(false);
    expect(warnings).toEqual([
      { path: 'children[0].src', message: expect.stringMatching(/no root folder was given/) },
    ]);
  });

  test("a cover is read by the figures' rule: inside the root, a regular file, under the limit", async () => {
    const { root: _root, ...withoutRoot } = options;
    const cover = (path: string, base: Omit<typeof options, 'root'> = options) =>
      toEpub(tree.article('alias.png'), { ...base, cover: path });
    await expect(cover('/dev/zero')).rejects.toThrow(/cover image: "\/dev\/zero" lies outside the folder/);
    await expect(cover(join(tree.outer, 'private.png'))).rejects.toThrow(/lies outside the folder/);
    await expect(cover('leak.png')).rejects.toThrow(/symbolic link to a file outside/);
    await expect(cover(join(tree.root, 'pipe.png'))).rejects.toThrow(/named pipe \(FIFO\)/);
    await expect(cover('huge.png')).rejects.toThrow(/over the limit of 1 MB per image/);
    // Without a root the caller's path is read as given, still never a device.
    await expect(cover('/dev/zero', withoutRoot)).rejects.toThrow(/"\/dev\/zero" is a device/);
    const epub = await openEpub(await cover(join(tree.root, 'images', 'inside.png')));
    expect(epub.names).toContain('OEBPS/cover.png');
  });
});

const svg = (body: string) =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`,
  );

describe('SVG figures', () => {
  test('a static drawing is embedded', () => {
    expect(
      svgProblem(
        svg(
          '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect width="5" height="5" fill="url(#g)" style="stroke:url(#g)"/><use href="#g"/><text>文字</text>',
        ),
      ),
    ).toBeUndefined();
  });

  test.each([
    ['<script>alert(1)</script>', /<script>, which is not a static drawing element/],
    ['<rect onload="alert(1)"/>', /event handler \(onload\)/],
    [
      '<image href="https://example.com/track.png"/>',
      /href="https:\/\/example.com\/track.png", which points outside/,
    ],
    ['<use xlink:href="file:///etc/passwd#x"/>', /xlink:href="file:\/\/\/etc\/passwd#x"/],
    ['<style>@import url(https://example.com/a.css);</style>', /<style> with @import/],
    ['<rect style="fill:url(https://example.com/x)"/>', /style with url\(https:\/\/example.com\/x\)/],
    ['<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', /<foreignObject>/],
    ['<set attributeName="href" to="javascript:alert(1)"/>', /<set>/],
    ['<rect', /not well-formed XML/],
  ])('%s is refused', (body, message) => {
    expect(svgProblem(svg(body))).toMatch(message);
  });

  test('a DOCTYPE (entities) is refused', () => {
    const bytes = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    );
    expect(svgProblem(bytes)).toMatch(/DOCTYPE/);
  });

  test('an active SVG figure is not embedded, with a warning naming its path', async () => {
    writeFileSync(join(tree.root, 'active.svg'), svg('<image href="https://example.com/track.png"/>'));
    writeFileSync(join(tree.root, 'static.svg'), svg('<circle r="4" cx="5" cy="5"/>'));
    const warnings: EpubWarning[] = [];
    const active = await openEpub(
      await toEpub(tree.article('active.svg'), { ...options, onWarning: (w) => warnings.push(w) }),
    );
    expect(active.names.some((name) => name.endsWith('.svg'))).toBe(false);
    expect(warnings).toEqual([
      {
        path: 'children[0].src',
        message: expect.stringMatching(/the SVG image is not embedded: line 1 has href=/),
      },
    ]);
    const still = await openEpub(await toEpub(tree.article('static.svg'), options));
    expect(still.names).toContain('OEBPS/images/image-1.svg');
  });
});
