// Problems that do not stop a render are reported with their JSON path, and shown, not hidden.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, test, vi } from 'vitest';
import { type PdfWarning, renderPdf } from '../src/index.js';
import { pdfToText, shouldRunToolTests } from './helpers/kinsoku-check.js';
import { pdfText } from './helpers/pdf-text.js';
import { hasTool } from './helpers/pdf-tools.js';

const SLOW = { timeout: 120_000 };
const minimal = parseArticle(loadFixtures().find((entry) => entry.name === '001-minimal')!.json);
const tools = shouldRunToolTests(hasTool('pdftotext'));

async function render(article: Article) {
  const warnings: PdfWarning[] = [];
  const pdf = await renderPdf(article, {
    root: '/nowhere',
    onWarning: (warning) => warnings.push(warning),
  });
  return { pdf, warnings };
}

describe('warnings', () => {
  test('a character no font has is reported as one that shows as an empty box', SLOW, async () => {
    const article = parseArticle({
      ...minimal,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '私用領域の文字\uE000です。' }] }],
    });
    const { warnings } = await render(article);
    expect(warnings).toEqual([
      {
        code: 'missing-glyph',
        path: 'children[0].children[0].value',
        message: expect.stringContaining(
          'U+E000 at offset 7 is in none of the fonts and shows as an empty box',
        ),
      },
    ]);
  });

  test.skipIf(!tools)('a figure that cannot be loaded is reported and its alt text shown', SLOW, async () => {
    const article = parseArticle({
      ...minimal,
      children: [
        {
          type: 'figure',
          src: 'missing.png',
          alt: '会場の写真',
          caption: [{ type: 'text', value: '図1　会場' }],
        },
        { type: 'figure', src: 'https://example.com/a.png', alt: '遠隔の画像' },
      ],
    });
    const { pdf, warnings } = await render(article);
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['figure-unavailable', 'children[0].src'],
      ['figure-unavailable', 'children[1].src'],
    ]);
    expect(warnings[0]!.message).toContain('file "missing.png" does not exist');
    expect(warnings[1]!.message).toContain('is not fetched');
    const text = pdfToText(pdf);
    expect(text).toContain('会場の写真');
    expect(text).toContain('遠隔の画像');
    expect(text).toContain('図1');
  });

  test(
    'a figure file that is not a PNG or JPEG is reported by path, never handed to react-pdf',
    SLOW,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'kiji-pdf-figure-'));
      writeFileSync(join(dir, 'text.png'), 'root:x:0:0:root:/root:/bin/bash\n');
      writeFileSync(join(dir, 'empty.jpg'), '');
      writeFileSync(join(dir, 'picture.gif'), 'GIF89a');
      const figure = (src: string) => ({ type: 'figure', src, alt: '画像' });
      const article = parseArticle({
        ...minimal,
        children: [
          figure('text.png'),
          figure('empty.jpg'),
          figure('picture.gif'),
          figure('data:image/png;base64,cm9vdDp4OjA6MA=='),
          figure('javascript:alert(1)'),
        ],
      });
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const warnings: PdfWarning[] = [];
      try {
        await renderPdf(article, { root: dir, onWarning: (warning) => warnings.push(warning) });
        expect(errors).not.toHaveBeenCalled();
      } finally {
        errors.mockRestore();
      }
      expect(warnings.map((warning) => [warning.path, warning.message])).toEqual([
        [
          'children[0].src',
          expect.stringContaining('text.png" is not a PNG or JPEG image, whatever its name'),
        ],
        ['children[1].src', expect.stringContaining('empty.jpg" is not a PNG or JPEG image')],
        [
          'children[2].src',
          expect.stringContaining('picture.gif" holds a GIF image, which a PDF cannot show'),
        ],
        ['children[3].src', expect.stringContaining('the data URL is not a PNG or JPEG image')],
        ['children[4].src', expect.stringContaining('is not shown: use a relative path')],
      ]);
    },
  );

  test.skipIf(!tools)(
    'a link that is not http(s) or mailto keeps its text, loses the link',
    SLOW,
    async () => {
      const article = parseArticle({
        ...minimal,
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: 'javascript:alert(1)',
                children: [{ type: 'text', value: '危ないリンク' }],
              },
            ],
          },
        ],
      });
      const { pdf, warnings } = await render(article);
      expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
        ['unsafe-url', 'children[0].children[0].url'],
      ]);
      expect(pdfToText(pdf)).toContain('危ないリンク');
      expect(pdfText(pdf)).not.toContain('javascript:');
    },
  );
});
