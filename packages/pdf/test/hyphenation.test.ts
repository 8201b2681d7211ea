// English hyphenation in whole documents: only for justified Latin text (theme.latinAlign), never
// in Japanese; the text extracts whole once the drawn line-end hyphens are taken away.
import { type Node, toPlainText } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { loadCases } from './helpers/corpus.js';
import { hasPdftotext, pdfToText, shouldRunToolTests } from './helpers/kinsoku-check.js';

const SLOW = { timeout: 120_000 };
const cases = loadCases();
const english = cases.find((entry) => entry.name === 'example eu-ai-act');
const japanese = cases.find((entry) => entry.name === 'example summit-2025');

/** In `pdftotext -layout` output: a line ending in a letter and a hyphen. */
const HYPHENATED = /\p{L}-\n/gu;

function paragraphs(node: unknown, found: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) paragraphs(child, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const typed = node as { type?: string; children?: unknown };
  if (typed.type === 'paragraph') found.push(toPlainText(typed as Node));
  else for (const value of Object.values(node)) if (typeof value === 'object') paragraphs(value, found);
}

describe.skipIf(!shouldRunToolTests(hasPdftotext()) || !english || !japanese)('hyphenation', () => {
  test('justified English is hyphenated and extracts whole without the hyphens', SLOW, async () => {
    const pdf = await renderPdf(english!.article, {
      root: english!.baseDir,
      theme: { latinAlign: 'justify' },
    });
    const lines = pdfToText(pdf, { layout: true }).replace(/ +\n/g, '\n');
    expect(lines.match(HYPHENATED)?.length ?? 0).toBeGreaterThan(0);
    // pdftotext joins a word hyphenated at a line end (the hyphen is the last glyph of the line).
    // Citation marks [n] are drawn but not part of the paragraph's plain text.
    const joined = pdfToText(pdf)
      .replace(/\s+/g, '')
      .replace(/\[\d+[^\]]*\]/g, '');
    const found: string[] = [];
    paragraphs(english!.article, found);
    expect(found.length).toBeGreaterThan(3);
    for (const paragraph of found) expect(joined).toContain(paragraph.replace(/\s+/g, ''));
  });

  test('ragged English (the default) and Japanese are never hyphenated', SLOW, async () => {
    const ragged = pdfToText(await renderPdf(english!.article, { root: english!.baseDir }), {
      layout: true,
    });
    expect(ragged.replace(/ +\n/g, '\n').match(HYPHENATED) ?? []).toEqual([]);
    const ja = pdfToText(
      await renderPdf(japanese!.article, { root: japanese!.baseDir, theme: { latinAlign: 'justify' } }),
      { layout: true },
    );
    expect(ja.replace(/ +\n/g, '\n')).not.toMatch(/[\p{L}\p{N}]-\n/u);
  });
});
