// Lines composed by Kiji reach react-pdf already shaped (src/typeset/shape-line.ts and the
// `shapedText` prop of the patched @react-pdf/layout, patches/README.md): react-pdf places and
// draws them without shaping them again, and the PDF is the one it makes when it does.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { afterAll, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { composeLines } from '../src/typeset/compose-lines.js';
import { shapeLine } from '../src/typeset/shape-line.js';
import { setShapedLines } from '../src/typeset/typeset-text.js';
import { loadCases } from './helpers/corpus.js';
import { runOnPdf } from './helpers/pdf-tools.js';
import { testFonts } from './typeset/test-fonts.js';

afterAll(() => setShapedLines(true));

const options = { width: 300, lineHeight: 16, align: 'justify' as const, language: 'ja' };

test('the patched layout draws the shaped runs it is given, not the text it would shape', async () => {
  const { lines } = composeLines(
    [{ text: '記事を組む', fontFamily: 'serif', fontSize: 10 }],
    options,
    testFonts,
  );
  const shaped = shapeLine(lines[0]!, options, testFonts);
  expect(shaped?.string).toBe('記事を組む');
  // Without the patch react-pdf ignores the prop and shapes the child text in Helvetica.
  const pdf = await renderToBuffer(
    <Document>
      <Page size="A6">
        <Text {...({ shapedText: () => shaped } as object)}>XXXX</Text>
      </Page>
    </Document>,
  );
  const text = runOnPdf('pdftotext', pdf, ['{}', '-']);
  text.cleanup();
  expect(text.stdout).toContain('記事を組む');
  expect(text.stdout).not.toContain('XXXX');
});

test('Japanese, Latin and mixed lines are shaped here, in one run per fragment and script', () => {
  const runs = [
    {
      text: '東京（共同）— The summit opened on 28 October. 首脳会談は「成功」だった。',
      fontFamily: 'serif',
      fontSize: 10,
    },
    { text: '[1]', fontFamily: 'sans', fontSize: 10, superscript: true },
  ];
  const { lines } = composeLines(runs, { ...options, width: 120 }, testFonts);
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) {
    const shaped = shapeLine(line, options, testFonts);
    expect(shaped?.string).toBe(line.segments.map((segment) => segment.text).join(''));
    // Every character belongs to exactly one run, in order.
    let end = 0;
    for (const run of shaped!.runs) {
      expect(run.start).toBe(end);
      end = run.end;
    }
    expect(end).toBe(shaped!.string.length);
  }
});

test('a script textkit reorders or decomposes is left to textkit', () => {
  const { lines } = composeLines([{ text: 'مرحبا', fontFamily: 'serif', fontSize: 10 }], options, testFonts);
  expect(shapeLine(lines[0]!, options, testFonts)).toBeUndefined();
});

const cases = loadCases();

test.each(cases.map((c) => [c.name, c] as const))(
  '%s: the same PDF as when react-pdf shapes the lines',
  async (_, c) => {
    const render = { root: c.baseDir, sourceDateEpoch: '1700000000' };
    setShapedLines('textkit');
    const reshaped = await renderPdf(c.article, render);
    setShapedLines('lines');
    const shaped = await renderPdf(c.article, render);
    setShapedLines(true);
    expect(Buffer.from(shaped).equals(Buffer.from(reshaped))).toBe(true);
  },
);

/** The flagship's body four times over: ten pages, paragraphs split between pages. */
const flagship = cases.find((c) => c.name.includes('summit-2025'))!;
const long = {
  ...flagship,
  name: 'the flagship four times over',
  article: {
    ...flagship.article,
    children: Array.from({ length: 4 }, (_, copy) =>
      flagship.article.children.map(
        (child) =>
          JSON.parse(
            JSON.stringify(child).replace(/"id":"([^"]+)"/g, (_, id: string) => `"id":"${id}-${copy}"`),
          ) as (typeof flagship.article.children)[number],
      ),
    ).flat(),
  },
};

/** Words and their boxes (to 0.001 pt: the transforms are summed in another order) and pages. */
function drawn(pdf: Uint8Array) {
  const words = runOnPdf('pdftotext', pdf, ['-bbox', '{}', '-']);
  words.cleanup();
  const pages = runOnPdf('pdftoppm', pdf, ['-r', '50', '-gray', '{}', '{dir}/page']);
  const images = readdirSync(pages.dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => readFileSync(join(pages.dir, name)).toString('base64'));
  pages.cleanup();
  return {
    words: words.stdout.replace(/\d+\.\d+/g, (n) => Number(n).toFixed(3)),
    images,
  };
}

// A paragraph's lines are one node (the textkit patch's several-line `layoutShaped`, split by
// react-pdf between lines) instead of one node each: the same words in the same places on the
// same pages, and the same page images. Without the patch react-pdf cannot lay the lines out.
test.each([...cases, long].map((c) => [c.name, c] as const))(
  '%s: paragraphs drawn as one Text each look as when every line is its own',
  async (_, c) => {
    const render = { root: c.baseDir, sourceDateEpoch: '1700000000' };
    setShapedLines('lines');
    const lines = drawn(await renderPdf(c.article, render));
    setShapedLines(true);
    const blocks = drawn(await renderPdf(c.article, render));
    expect(blocks.images.length).toBe(lines.images.length);
    expect(blocks.words).toBe(lines.words);
    expect(blocks.images).toEqual(lines.images);
  },
  60_000,
);
