// The object streams carried in the pdfkit patch (patches/pdfkit@0.20.1.patch): every object that
// is not a stream — pages, annotations, font dictionaries, outline entries and, in a tagged PDF,
// every structure element — goes into a compressed object stream listed by a cross-reference
// stream (PDF 1.5). Without them each structure element was an uncompressed object of its own and
// tagging made a PDF up to a quarter larger. Fails without the patch.
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { type Case, loadCases } from './helpers/corpus.js';
import { shouldRunToolTests } from './helpers/kinsoku-check.js';
import { pdfText } from './helpers/pdf-text.js';
import { hasTool, pdfInfo, qpdfCheck } from './helpers/pdf-tools.js';

const tools = shouldRunToolTests(['pdfinfo', 'qpdf'].every(hasTool));
// Both examples, the smallest fixture (where what every tagged PDF carries weighs most) and the
// lists (the most elements for their text).
const cases = loadCases().filter((entry) =>
  ['example summit-2025', 'example eu-ai-act', '001-minimal', '004-lists'].includes(entry.name),
);
const rendered = new Map<string, { tagged: Uint8Array; untagged: Uint8Array }>();

beforeAll(async () => {
  for (const entry of cases) {
    const options = { root: entry.baseDir };
    rendered.set(entry.name, {
      tagged: await renderPdf(entry.article, options),
      untagged: await renderPdf(entry.article, { ...options, tagged: false }),
    });
  }
}, 300_000);

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

/** The dictionary `startxref` points at. */
function crossReference(pdf: Uint8Array): string {
  const text = latin1(pdf);
  const offset = Number(/startxref\n(\d+)\n%%EOF\n?$/.exec(text)?.[1]);
  return text.slice(offset, text.indexOf('stream', offset));
}

/** Numbers of the objects written outside object streams that are not streams themselves. */
function plainObjects(pdf: Uint8Array): number[] {
  return [...latin1(pdf).matchAll(/\n(\d+) 0 obj\n([\s\S]*?)\nendobj/g)]
    .filter((match) => !/^<<[\s\S]*?>>\nstream\n/.test(match[2]!))
    .map((match) => Number(match[1]));
}

const both = (entry: Case) =>
  [
    ['tagged', rendered.get(entry.name)!.tagged],
    ['untagged', rendered.get(entry.name)!.untagged],
  ] as const;

describe.each(cases)('$name', (entry) => {
  test('objects that are not streams are in object streams, listed by a cross-reference stream', () => {
    for (const [kind, pdf] of both(entry)) {
      expect(latin1(pdf.subarray(0, 8)), kind).toBe(kind === 'tagged' ? '%PDF-1.7' : '%PDF-1.5');
      const xref = crossReference(pdf);
      expect(xref, kind).toMatch(/^\d+ 0 obj\n<<\n\/Type \/XRef\n/);
      const info = /\/Info (\d+) 0 R/.exec(xref)![1]!;
      // Only the document information (its dictionary and the strings it points at) stays out,
      // where finishPdf edits it in place.
      const text = pdfText(pdf);
      const infoDictionary = new RegExp(`\n${info} 0 obj\n(<<[\\s\\S]*?>>)`).exec(text)![1]!;
      const entries = [...infoDictionary.matchAll(/(\d+) 0 R/g)].map((match) => Number(match[1]));
      expect(
        plainObjects(pdf).sort((a, b) => a - b),
        kind,
      ).toEqual([Number(info), ...entries].sort((a, b) => a - b));
      expect(text, kind).toMatch(/\/Type \/Pages\n\/Count \d+/);
      if (kind === 'tagged') expect(text).toMatch(/\/Type \/StructTreeRoot\n/);
    }
  });

  test('tagging adds at most 15 % to the size of the PDF', () => {
    const { tagged, untagged } = rendered.get(entry.name)!;
    expect(tagged.length / untagged.length).toBeLessThan(1.15);
  });

  test.skipIf(!tools)('qpdf --check passes; pdfinfo reads the pages and the tagging', () => {
    for (const [kind, pdf] of both(entry)) {
      const check = qpdfCheck(pdf);
      expect(check.ok, check.output).toBe(true);
      expect(check.output, kind).not.toMatch(/WARNING/);
      expect(pdfInfo(pdf).Tagged, kind).toBe(kind === 'tagged' ? 'yes' : 'no');
    }
  });

  test('pdf-lib reads it, and print mode writes it out again without object streams', async () => {
    const { tagged } = rendered.get(entry.name)!;
    const pages = (await PDFDocument.load(tagged, { updateMetadata: false })).getPageCount();
    expect(pages).toBe(Number(/\/Type \/Pages\n\/Count (\d+)/.exec(pdfText(tagged))![1]));
    const printed = await renderPdf(entry.article, { root: entry.baseDir, print: {} });
    const text = latin1(printed);
    expect(text).not.toContain('/ObjStm');
    expect(text).not.toContain('/Type /XRef');
    expect(text).toMatch(/\nxref\n0 \d+\n/);
    expect((await PDFDocument.load(printed)).getPageCount()).toBe(pages);
  });
});
