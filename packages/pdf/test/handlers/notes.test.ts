// Notes as a reader sees them in the PDF: the note number on the line of its text.
import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../../src/index.js';
import { loadFont } from '../../src/typeset/index.js';
import { pdfToBbox, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { hasTool } from '../helpers/pdf-tools.js';
import { testFonts } from '../typeset/test-fonts.js';

const tools = shouldRunToolTests(hasTool('pdftotext'));

/** Baseline of a word from its pdftotext box: the box spans ascent + descent of its font. */
function baseline(word: { yMin: number; yMax: number }, family: 'serif' | 'sans'): number {
  const src = testFonts.faces.find((face) => face.family === family && face.weight === 'normal')!.src;
  const { font, unitsPerEm } = loadFont(src);
  const ascent = font.ascent / unitsPerEm;
  const size = (word.yMax - word.yMin) / (ascent - font.descent / unitsPerEm);
  return word.yMin + ascent * size;
}

describe.skipIf(!tools)('notes', () => {
  test('the smaller note number sits on the baseline of its text', { timeout: 120_000 }, async () => {
    const article = parseArticle(loadFixtures().find((entry) => entry.name === '009-notes-comments')!.json);
    const words = [
      ...pdfToBbox(await renderPdf(article)).matchAll(
        /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((match) => ({ yMin: Number(match[1]), yMax: Number(match[2]), text: match[3]! }));
    const text = words.find((word) => word.text.startsWith('赤坂離宮'))!;
    // The note list's mark: the last ※1 (the first is the raised mark in the body text).
    const mark = words.filter((word) => word.text === '※1').at(-1)!;
    expect(text.yMax - text.yMin).toBeGreaterThan(mark.yMax - mark.yMin);
    expect(baseline(mark, 'sans')).toBeCloseTo(baseline(text, 'serif'), 0);
  });
});
