// Figures drawn larger than their pixels allow at 150 dpi are reported in every mode, with the
// figure's JSON path, its pixel size, its effective resolution and how to fix it; alt text lands
// in the PDF as the Figure element's /Alt.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, parseArticle } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import {
  MIN_IMAGE_DPI,
  type PdfWarning,
  type RenderPdfOptions,
  renderEditionPdf,
  renderPdf,
} from '../src/index.js';
import { imagePixelSize } from '../src/pipeline/image-pixel-size.js';
import { solidPng } from './helpers/png.js';
import { readStructure } from './helpers/structure.js';

const SLOW = { timeout: 120_000 };

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

const withFigure = (figure: Record<string, unknown>): Article =>
  parseArticle({
    type: 'article',
    schemaVersion: 1,
    meta: { title: '図の解像度', language: 'ja', published: '2025-10-28' },
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: '図の前の段落。' }] },
      { type: 'figure', alt: '会場の写真', ...figure },
    ],
    sources: [],
  });

async function render(article: Article, options: RenderPdfOptions = {}) {
  const warnings: PdfWarning[] = [];
  const pdf = await renderPdf(article, { ...options, onWarning: (warning) => warnings.push(warning) });
  return { pdf, warnings: warnings.filter((warning) => warning.code === 'low-resolution-image') };
}

/** A figure `width` pixels wide whose box has the image's own proportions. */
const figureOf = (width: number, height: number) => ({
  src: dataUrl(solidPng(width, height)),
  width,
  height,
});

describe('the pixel size of an image', () => {
  test('PNG: from the IHDR chunk', () => {
    expect(imagePixelSize(solidPng(321, 17))).toEqual({ width: 321, height: 17 });
  });

  const jpeg = (sof: number, orientation?: number) => {
    const exif = orientation
      ? [
          ...[0xff, 0xe1, 0x00, 0x22],
          ...Buffer.from('Exif\0\0', 'latin1'),
          ...[0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08],
          ...[0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00],
          ...[0x00, 0x00, 0x00, 0x00],
        ]
      : [];
    return new Uint8Array([
      ...[0xff, 0xd8],
      ...exif,
      // A Huffman table (C4) before the frame is not a frame header.
      ...[0xff, 0xc4, 0x00, 0x04, 0x00, 0x00],
      ...[0xff, sof, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03],
      ...[0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01],
      ...[0xff, 0xda, 0x00, 0x08],
    ]);
  };

  test('JPEG: from the frame header, baseline or progressive', () => {
    expect(imagePixelSize(jpeg(0xc0))).toEqual({ width: 640, height: 480 });
    expect(imagePixelSize(jpeg(0xc2))).toEqual({ width: 640, height: 480 });
  });

  test('JPEG: an EXIF orientation that turns the image a quarter swaps width and height', () => {
    expect(imagePixelSize(jpeg(0xc0, 6))).toEqual({ width: 480, height: 640 });
    expect(imagePixelSize(jpeg(0xc0, 3))).toEqual({ width: 640, height: 480 });
  });

  test('anything else, or a header cut short: unknown', () => {
    expect(imagePixelSize(jpeg(0xc0).subarray(0, 12))).toBeUndefined();
    expect(imagePixelSize(solidPng(4, 4).subarray(0, 20))).toBeUndefined();
    expect(imagePixelSize(new TextEncoder().encode('GIF89a'))).toBeUndefined();
  });
});

describe('figures under 150 dpi', () => {
  test(
    'a small image drawn at the text width is reported with its path, size, dpi and fix',
    SLOW,
    async () => {
      const { warnings } = await render(withFigure(figureOf(160, 90)));
      expect(warnings).toEqual([
        {
          code: 'low-resolution-image',
          path: 'children[1].src',
          message: expect.stringMatching(
            /^the data URL \(160 × 90 pixels\) is drawn \d+\.\d mm wide: \d+ dpi, under the 150 dpi that prints sharply; give an image of at least \d+ × \d+ pixels$/,
          ),
        },
      ]);
    },
  );

  test(
    'both sides of the threshold: the size the warning asks for is not reported, a pixel less is',
    SLOW,
    async () => {
      const { warnings } = await render(withFigure(figureOf(160, 90)));
      const [, wide, high] = /at least (\d+) × (\d+) pixels/.exec(warnings[0]!.message)!.map(Number);
      // 160 × 90 drawn at the text width: the size asked for keeps the proportions.
      expect(Math.abs(wide! / high! - 160 / 90)).toBeLessThan(0.01);
      expect((await render(withFigure(figureOf(wide!, high!)))).warnings).toEqual([]);
      const under = await render(withFigure(figureOf(wide! - 1, high!)));
      expect(under.warnings).toHaveLength(1);
      const dpi = Number(/: (\d+) dpi/.exec(under.warnings[0]!.message)![1]);
      expect(dpi).toBe(MIN_IMAGE_DPI - 1);
    },
  );

  test(
    'a figure file is named by its path; print mode reports it once, with its JSON path',
    SLOW,
    async () => {
      const root = mkdtempSync(join(tmpdir(), 'kiji-figure-'));
      writeFileSync(join(root, 'photo.png'), solidPng(400, 300));
      const article = withFigure({ src: 'photo.png' });
      for (const print of [undefined, true] as const) {
        const { warnings } = await render(article, { root, ...(print ? { print } : {}) });
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatchObject({ path: 'children[1].src' });
        // No width and height in the model: a 16:9 box, the 4:3 image fitted into its height.
        expect(warnings[0]!.message).toMatch(/^image file "photo\.png" \(400 × 300 pixels\) is drawn/);
      }
    },
  );

  test('a large image and a smaller page: no warning', SLOW, async () => {
    expect((await render(withFigure(figureOf(1800, 1200)))).warnings).toEqual([]);
    // 720 pixels across the narrower A5 text block are over 150 dpi; across A4's 148 mm, under.
    expect((await render(withFigure(figureOf(720, 405)), { pageSize: 'A5' })).warnings).toEqual([]);
    expect((await render(withFigure(figureOf(720, 405)))).warnings).toHaveLength(1);
  });
});

describe('an edition', () => {
  test(
    "reports each article's figure with its path; in print mode the cover image too, by its page",
    SLOW,
    async () => {
      const edition = {
        meta: { title: '朝の検証', date: '2025-10-28', language: 'ja' },
        articles: [{ article: withFigure(figureOf(160, 90)) }],
      };
      for (const print of [false, true]) {
        const warnings: PdfWarning[] = [];
        await renderEditionPdf(edition, {
          cover: solidPng(160, 90),
          ...(print ? { print: true } : {}),
          onWarning: (warning) => warnings.push(warning),
        });
        const low = warnings.filter((warning) => warning.code === 'low-resolution-image');
        expect(low.map((warning) => warning.path)).toEqual(
          print ? ['children[1].src', 'page 1'] : ['children[1].src'],
        );
        expect(low[0]).toMatchObject({ article: 0 });
      }
    },
  );
});

describe('alt text', () => {
  test(
    'is the /Alt of the Figure element, for a drawn image and for the box shown instead',
    SLOW,
    async () => {
      const alt = '会場の写真（左から2人目が首相） \\ "引用" 100%';
      const drawn = await readStructure((await render(withFigure({ ...figureOf(1800, 1200), alt }))).pdf);
      expect(
        drawn.elements.filter((element) => element.type === 'Figure').map((element) => element.alt),
      ).toEqual([alt]);
      const missing = await readStructure(
        (await render(withFigure({ src: 'nowhere.png', alt }), { root: tmpdir() })).pdf,
      );
      expect(
        missing.elements.filter((element) => element.type === 'Figure').map((element) => element.alt),
      ).toEqual([alt]);
    },
  );
});
