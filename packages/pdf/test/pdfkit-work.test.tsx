// The pdfkit patch (patches/pdfkit@0.20.1.patch): react-pdf selects the font of every run of text
// it draws with the parsed font object, and pdfkit opened that font again each time (a new
// embedded font and subset, then a comparison with the fonts of the document); and a page's
// content, one short operator string per call, was turned into bytes one operator at a time;
// and every document parsed Helvetica's metrics again.
// Work is counted, not timed: V8's call counts of pdfkit's functions.
import { Document, Page, renderToBuffer, Text } from '@react-pdf/renderer';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { countCalls } from './helpers/call-counts.js';
import { registerTestFonts } from './typeset/test-fonts.js';

let clearFonts: () => void;

beforeAll(() => {
  clearFonts = registerTestFonts();
});

afterAll(() => {
  clearFonts();
});

/** How often each named function of pdfkit ran since the last call. */
const pdfkitCalls = countCalls((url) => /\/pdfkit[@/]/.test(url));

const RUNS = 60;

/** One page of `runs` runs of text, alternating two fonts. */
const page = (runs = RUNS) => (
  <Document>
    <Page size="A5" style={{ padding: 30, fontSize: 9 }}>
      {Array.from({ length: runs / 2 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list
        <Text key={index}>
          <Text style={{ fontFamily: 'serif' }}>記事の本文 {index} </Text>
          <Text style={{ fontFamily: 'sans' }}>見出し {index}</Text>
        </Text>
      ))}
    </Page>
  </Document>
);

test('each font is opened once per document, not once per run of text', async () => {
  await pdfkitCalls();
  const pdf = await renderToBuffer(page());
  const calls = await pdfkitCalls();
  expect(pdf.byteLength).toBeGreaterThan(0);
  // Both families are embedded (each subset written once).
  expect(calls.get('embed') ?? 0).toBeGreaterThanOrEqual(2);
  expect(calls.get('font') ?? 0).toBeGreaterThanOrEqual(RUNS);
  // The two families (and the default font the document starts with).
  expect(calls.get('open') ?? 0).toBeLessThanOrEqual(3);
});

test("a page's content is turned into bytes once, not once per operator", async () => {
  const count = async (runs: number) => {
    await pdfkitCalls();
    await renderToBuffer(page(runs));
    return pdfkitCalls();
  };
  const short = await count(RUNS);
  const long = await count(2 * RUNS);
  // Each run of text draws several operators (colour, font, glyphs, position).
  const operators = (long.get('addContent') ?? 0) - (short.get('addContent') ?? 0);
  expect(operators).toBeGreaterThan(3 * RUNS);
  // The document's own objects (fonts, pages, outline) are converted as before: as many for
  // both pages; what the longer page draws adds no conversions.
  const conversions = (long.get('fromBinaryString') ?? 0) - (short.get('fromBinaryString') ?? 0);
  expect(conversions).toBeLessThan(RUNS / 4);
});

test("a standard font's metrics are parsed once per process, not once per document", async () => {
  // Every document starts with Helvetica; the tagging hooks of the render patch see the document.
  const metrics: unknown[] = [];
  const hooks = {
    page: (ctx: { _fontFamilies: Record<string, { font?: unknown }> }) => {
      metrics.push(ctx._fontFamilies.Helvetica?.font);
    },
    enter: () => {},
    leave: () => {},
    decoration: () => {},
    content: () => {},
    run: () => {},
    annotation: () => null,
    end: () => {},
  };
  for (let index = 0; index < 2; index++) {
    await renderToBuffer(
      <Document {...({ tagging: hooks } as object)}>
        <Page size="A7">
          <Text>Kiji</Text>
        </Page>
      </Document>,
    );
  }
  expect(metrics).toHaveLength(2);
  expect(metrics[0]).toBeDefined();
  expect(metrics[1]).toBe(metrics[0]);
});
