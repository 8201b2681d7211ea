// A few page images compared with references made on this machine.
//
// What this proves: references are written on the first run into test/.page-images/ (ignored by
// git) and every later run on the same machine must rasterise to (almost) the same pixels, so a
// change that moves, drops or restyles text shows up locally. On a fresh CI clone the first run
// only writes the references; there it proves that the pages rasterise and carry ink where text
// belongs, not that they look like they did here.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const referenceDir = fileURLToPath(new URL('./.page-images/', import.meta.url));
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
      const pdf = await renderPdf(entry.article, { baseDir: entry.baseDir });
      const pages = pageImages(pdf, DPI, { first: 1, last: 2 });
      expect(pages).toHaveLength(2);
      for (const [index, page] of pages.entries()) {
        // Text in the top and in the middle of the page: nothing blank, nothing solid.
        expect(ink(page, 0.08, 0.3)).toBeGreaterThan(0.005);
        expect(ink(page, 0.4, 0.7)).toBeGreaterThan(0.005);
        expect(ink(page, 0, 1)).toBeLessThan(0.3);
        const file = join(referenceDir, `${name.replace(/\W+/g, '-')}-${index + 1}.pgm`);
        if (!existsSync(file)) {
          mkdirSync(referenceDir, { recursive: true });
          writeFileSync(file, toPgm(page));
          continue;
        }
        const difference = pixelDifference(page, parsePgm(readFileSync(file)));
        expect(
          difference,
          `${file} differs in ${(difference * 100).toFixed(2)}% of pixels; delete it to accept the new look`,
        ).toBeLessThan(TOLERANCE);
      }
    },
  );
});
