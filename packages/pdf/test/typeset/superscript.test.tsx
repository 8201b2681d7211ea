/**
 * Citation marks are raised, not only smaller: rendered with TypesetText (as a link and as plain
 * text), read back with `pdftotext -bbox`, the mark's baseline sits well above its neighbours',
 * the line pitch is unchanged and the text extracts in reading order.
 */
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFont, type StyledRun, SUPERSCRIPT_SCALE, TypesetText } from '../../src/typeset/index.js';
import { hasPdftotext, pdfToBbox, pdfToText, shouldRunToolTests } from '../helpers/kinsoku-check.js';
import { registerTestFonts, testFonts } from './test-fonts.js';

const SIZE = 10;
const LINE = 17;

interface Word {
  yMin: number;
  yMax: number;
  text: string;
}

function words(bbox: string): Word[] {
  const pattern = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g;
  return [...bbox.matchAll(pattern)].map((m) => ({ yMin: Number(m[1]), yMax: Number(m[2]), text: m[3]! }));
}

const body = (text: string): StyledRun => ({ text, fontFamily: 'serif', fontSize: SIZE });
const mark = (text: string, href?: string): StyledRun => ({
  text,
  fontFamily: 'sans',
  fontSize: SIZE,
  superscript: true,
  ...(href ? { href } : {}),
});

describe.skipIf(!shouldRunToolTests(hasPdftotext()))('superscript citation marks', () => {
  let unregister: () => void;
  beforeAll(() => {
    unregister = registerTestFonts();
  });
  afterAll(() => unregister());

  it.each([
    ['linked', 'https://example.com/source'],
    ['plain', undefined],
  ])('raises a %s mark above the baseline without changing the line pitch', async (_name, href) => {
    const runs = [
      body('日テレの動画'),
      mark('[2]', href),
      body('も会談の様子を伝えた。'),
      body('\n二行目の本文。'),
    ];
    const pdf = await renderToBuffer(
      <Document>
        <Page size="A5" style={{ padding: 40 }}>
          <TypesetText
            runs={runs}
            options={{ width: 300, lineHeight: LINE, align: 'justify', language: 'ja' }}
            fonts={testFonts}
          />
        </Page>
      </Document>,
    );
    const found = words(pdfToBbox(pdf));
    const before = found.find((w) => w.text.endsWith('動画'))!;
    const cited = found.find((w) => w.text === '[2]')!;
    const second = found.find((w) => w.text.startsWith('二行目'))!;
    expect(before && cited && second).toBeTruthy();
    // pdftotext boxes a word from baseline − ascent to baseline + descent, at the word's size.
    const serif = loadFont(testFonts.faces[0]!.src).font;
    const sans = loadFont(testFonts.faces[2]!.src).font;
    const bodyBaseline = before.yMin + (serif.ascent / serif.unitsPerEm) * SIZE;
    const markSize = SIZE * SUPERSCRIPT_SCALE;
    const markBaseline = cited.yMin + (sans.ascent / sans.unitsPerEm) * markSize;
    const raise = bodyBaseline - markBaseline;
    expect(raise).toBeGreaterThan(0.3 * markSize);
    expect(raise).toBeLessThan(0.6 * markSize);
    // The line pitch stays the composer's.
    expect(second.yMin - before.yMin).toBeCloseTo(LINE, 1);
    expect(pdfToText(pdf).replace(/\s/g, '')).toContain(
      '日テレの動画[2]も会談の様子を伝えた。二行目の本文。',
    );
  });
});
