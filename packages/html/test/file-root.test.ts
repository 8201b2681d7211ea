// A page links a local image only when its file lies inside the root; every way out is refused.

import { type InputError, isInputError } from '@kiji/core';
import { makeFileRootTree } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { type HtmlWarning, toHtml } from '../src/index.js';

const tree = makeFileRootTree();
const options = { root: tree.root, maxImageBytes: 1024 * 1024 };

describe('the file root', () => {
  test.each(tree.cases.filter((entry) => entry.outcome === 'refused'))(
    'refuses a figure: $name',
    ({ src, message }) => {
      let error: unknown;
      try {
        toHtml(tree.article(src), options);
      } catch (caught) {
        error = caught;
      }
      expect(isInputError(error)).toBe(true);
      expect((error as InputError).problems).toEqual([
        { path: 'children[0].src', message: expect.stringMatching(message!) },
      ]);
    },
  );

  test.each(tree.cases.filter((entry) => entry.outcome === 'read'))('links a figure: $name', ({ src }) => {
    const warnings: HtmlWarning[] = [];
    const html = toHtml(tree.article(src), { ...options, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(html).toContain(`<img src="${src}" alt="図版の説明">`);
  });

  test('without a root no local file is read and the alt text shows', () => {
    const warnings: HtmlWarning[] = [];
    const html = toHtml(tree.article('images/inside.png'), { onWarning: (w) => warnings.push(w) });
    expect(html).not.toContain('<img');
    expect(html).toContain('<p class="kiji-missing-image">図版の説明</p>');
    expect(warnings).toEqual([
      { path: 'children[0].src', message: expect.stringMatching(/no root folder was given/) },
    ]);
  });

  test('localImageHref writes the checked file where the page finds it', () => {
    const html = toHtml(tree.article('alias.png'), {
      root: tree.root,
      localImageHref: (file) => `x/${file.split('/').pop()}`,
    });
    expect(html).toContain('<img src="x/alias.png"');
  });
});

describe('link URLs', () => {
  test('quotes and angle brackets in a URL are percent-encoded (EPUB checkers reject them)', () => {
    const article = tree.article('images/inside.png');
    article.children.push({
      type: 'paragraph',
      children: [
        { type: 'link', url: `https://example.com/a"b'c<d>?q="x"`, children: [{ type: 'text', value: 'l' }] },
      ],
    });
    expect(toHtml(article, options)).toContain('href="https://example.com/a%22b%27c%3Cd%3E?q=%22x%22"');
  });
});

describe('remote images', () => {
  const pixel = 'https://tracker.example/pixel.gif?reader=1';

  test('are linked by default', () => {
    expect(toHtml(tree.article(pixel))).toContain(`<img src="${pixel.replace('&', '&#x26;')}"`);
  });

  test('remote: false leaves them out with a warning naming the path, with or without imageSrc', () => {
    for (const extra of [{}, { imageSrc: (src: string) => src }]) {
      const warnings: HtmlWarning[] = [];
      const html = toHtml(tree.article(pixel), {
        ...extra,
        remote: false,
        onWarning: (w) => warnings.push(w),
      });
      expect(html).not.toContain('tracker.example');
      expect(html).toContain('<p class="kiji-missing-image">図版の説明</p>');
      expect(warnings).toEqual([
        { path: 'children[0].src', message: expect.stringMatching(/^remote image ".*" is left out/) },
      ]);
    }
    // Local and data: images are not remote.
    expect(toHtml(tree.article('images/inside.png'), { ...options, remote: false })).toContain('<img');
  });
});
