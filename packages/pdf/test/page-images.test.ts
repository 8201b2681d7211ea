// A few page images compared with committed references (gzip-compressed PGM at 40 dpi).
//
// The fonts come from npm and the rasteriser from Debian's poppler-utils, so a fresh CI machine
// rasterises the same pages to the same pixels; a change that moves, drops or restyles text
// shows up as a difference. After an intended change of look, look at the pages, then run
// `UPDATE_PAGE_IMAGES=1 pnpm --filter @kiji/pdf test` and commit test/page-images/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { loadCases } from './helpers/corpus.js';
import { shouldRunToolTests } from './helpers/kinsoku-check.js';
import {
  type GrayImage,
  hasTool,
  pageImages,
  parsePgm,
  pixelDifference,
  toPgm,
} from './helpers/pdf-tools.js';

const referenceDir = fileURLToPath(new URL('./page-images/', import.meta.url));
const update = process.env.UPDATE_PAGE_IMAGES === '1';
const examples = loadCases().filter((entry) => entry.name.startsWith('example '));
const DPI = 40;
/** Share of pixels allowed to differ clearly (anti-aliasing noise stays far below it). */
const TOLERANCE = 0.002;

/** Share of dark pixels in a horizontal band of the page (0..1 of the height). */
function ink(image: GrayImage, from: number, to: number): number {
  const start = Math.floor(image.height * from) * image.width;
  const end = Math.floor(image.height * to) * image.width;
  let dark = 0;
  for (let index = start; index < end; index++) if (image.pixels[index]! < 128) dark++;
  return dark / Math.max(1, end - start);
}

describe.skipIf(!shouldRunToolTests(hasTool('pdftoppm')))('page images', () => {
  test.each(examples.map((entry) => entry.name))(
    '%s: first two pages match the reference',
    { timeout: 120_000 },
    async (name) => {
      const entry = examples.find((candidate) => candidate.name === name)!;
      const pdf = await renderPdf(entry.article, { root: entry.baseDir });
      const pages = pageImages(pdf, DPI, { first: 1, last: 2 });
      expect(pages).toHaveLength(2);
      for (const [index, page] of pages.entries()) {
        // Text in the top and in the middle of the page: nothing blank, nothing solid.
        expect(ink(page, 0.08, 0.3)).toBeGreaterThan(0.005);
        expect(ink(page, 0.4, 0.7)).toBeGreaterThan(0.005);
        expect(ink(page, 0, 1)).toBeLessThan(0.3);
        const file = join(referenceDir, `${name.replace(/\W+/g, '-')}-${index + 1}.pgm.gz`);
        if (update) {
          mkdirSync(referenceDir, { recursive: true });
          // mtime 0 in the gzip header keeps the file identical when the pixels are.
          writeFileSync(file, gzipSync(toPgm(page), { level: 9 }));
          continue;
        }
        expect(existsSync(file), `${file} is missing: run with UPDATE_PAGE_IMAGES=1`).toBe(true);
        const difference = pixelDifference(page, parsePgm(gunzipSync(readFileSync(file))));
        expect(
          difference,
          `${file} differs in ${(difference * 100).toFixed(2)}% of pixels; rerun with UPDATE_PAGE_IMAGES=1 to accept the new look`,
        ).toBeLessThan(TOLERANCE);
      }
    },
  );
});
