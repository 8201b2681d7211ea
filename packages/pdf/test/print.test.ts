// Print-ready PDFs (`print` option): page boxes, crop marks read back from the drawn paths, ink,
// fonts, PDF/X metadata, signatures and determinism, checked with the tools a print shop's
// preflight would use (pdfinfo, qpdf, pdffonts, Ghostscript's inkcov device, pdftoppm).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Article } from '@kiji/core';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  defaultTheme,
  finishForPrint,
  inkTable,
  PAGE_SIZES,
  type PageSize,
  type PdfWarning,
  renderPdf,
} from '../src/index.js';
import { MARK_LENGTH, MARK_ROOM } from '../src/print/crop-marks.js';
import { mm } from '../src/print/units.js';
import { loadCases } from './helpers/corpus.js';
import { pdfToBbox, pdfToText, shouldRunToolTests } from './helpers/kinsoku-check.js';
import {
  hasTool,
  parsePgm,
  pdfFonts,
  pdfInfo,
  pixelDifference,
  qpdfCheck,
  runOnPdf,
  toPgm,
} from './helpers/pdf-tools.js';

const cases = loadCases();
const byName = (name: string) => cases.find((entry) => entry.name === name)!;
const minimal = byName('001-minimal');
const figure = byName('008-figure');
const flagship = cases.find((entry) => entry.name === 'example summit-2025');
const tools = shouldRunToolTests(['pdfinfo', 'qpdf', 'pdffonts', 'pdftoppm'].every(hasTool));
const ghostscript = shouldRunToolTests(hasTool('gs'));
const BLEED = mm(3);

async function render(article: Article, options: Parameters<typeof renderPdf>[1] = {}) {
  const warnings: PdfWarning[] = [];
  const pdf = await renderPdf(article, { ...options, onWarning: (warning) => warnings.push(warning) });
  return { pdf, warnings };
}

/** pdfinfo -box of page 1: each box as [x1, y1, x2, y2]. */
function boxes(pdf: Uint8Array): Record<'MediaBox' | 'BleedBox' | 'TrimBox', number[]> {
  const info = pdfInfo(pdf, ['-box']);
  const box = (name: string) => info[name]!.split(/\s+/).map(Number);
  return { MediaBox: box('MediaBox'), BleedBox: box('BleedBox'), TrimBox: box('TrimBox') };
}

/** The decoded content streams of a page, in drawing order. */
async function pageContents(pdf: Uint8Array, index = 0): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(index);
  const contents = page.node.lookup(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
  return refs.map((ref) => {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) return '';
    return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
  });
}

interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The stroked lines of the block drawn in the separation colour space (the marks). */
function markLines(content: string): { lines: Line[]; width: number; colorSpace: string } {
  const block = /\/(\w+) CS 1 SCN\n([\d.]+) w[^\n]*\n([\s\S]*?)\nS\n/.exec(content);
  if (!block) return { lines: [], width: 0, colorSpace: '' };
  const lines = [...block[3]!.matchAll(/([-\d.]+) ([-\d.]+) m ([-\d.]+) ([-\d.]+) l/g)].map((match) => {
    const [x1, y1, x2, y2] = match.slice(1, 5).map(Number) as [number, number, number, number];
    return { x1, y1, x2, y2 };
  });
  return { lines, width: Number(block[2]), colorSpace: block[1]! };
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

describe('page boxes', () => {
  const sizes: PageSize[] = ['A4', 'JIS-B5', 'A5'];
  test.skipIf(!tools).each(sizes)(
    '%s: TrimBox is the page, BleedBox 3 mm beyond, MediaBox room for the marks',
    async (pageSize) => {
      const { width, height } = PAGE_SIZES[pageSize];
      const screen = boxes((await render(minimal.article, { pageSize })).pdf);
      for (const box of Object.values(screen)) expect(box).toEqual([0, 0, width, height].map(round2));
      const { pdf } = await render(minimal.article, { pageSize, print: true });
      const printed = boxes(pdf);
      const room = BLEED + MARK_ROOM;
      expect(printed.TrimBox).toEqual([0, 0, width, height].map(round2));
      expect(printed.BleedBox).toEqual([-BLEED, -BLEED, width + BLEED, height + BLEED].map(round2));
      expect(printed.MediaBox).toEqual([-room, -room, width + room, height + room].map(round2));
      expect(qpdfCheck(pdf).ok).toBe(true);
    },
  );

  test.skipIf(!tools)('--bleed sets the BleedBox', async () => {
    const { pdf } = await render(minimal.article, { pageSize: 'A5', print: { bleed: 5 } });
    expect(boxes(pdf).BleedBox[0]).toBeCloseTo(-mm(5), 1);
  });
});

const round2 = (value: number) => Math.round(value * 100) / 100;

describe('crop marks (トンボ)', () => {
  test('corner marks on the trim and bleed lines, centre marks on each edge, outside the bleed, thin, in registration colour', async () => {
    const { width, height } = PAGE_SIZES['JIS-B5'];
    const { pdf } = await render(minimal.article, { pageSize: 'JIS-B5', print: true });
    const contents = await pageContents(pdf);
    const marks = markLines(contents.at(-1)!);
    expect(marks.width).toBeGreaterThan(0);
    expect(marks.width).toBeLessThanOrEqual(0.25);
    // The colour space is the separation "All": registration, on every plate.
    const doc = await PDFDocument.load(pdf);
    const colorSpaces = doc.getPage(0).node.Resources()!.lookup(PDFName.of('ColorSpace'));
    const separation = doc.context.lookup(
      (colorSpaces as import('pdf-lib').PDFDict).get(PDFName.of(marks.colorSpace)),
    );
    expect(String(separation)).toMatch(/^\[ \/Separation \/All \/DeviceCMYK/);

    const vertical = marks.lines.filter((line) => near(line.x1, line.x2));
    const horizontal = marks.lines.filter((line) => near(line.y1, line.y2));
    expect(vertical.length + horizontal.length).toBe(marks.lines.length);
    // No mark enters the bleed box: every point is outside it on one axis.
    for (const line of marks.lines) {
      for (const [x, y] of [
        [line.x1, line.y1],
        [line.x2, line.y2],
      ] as const) {
        const inside =
          x > -BLEED + 0.01 && x < width + BLEED - 0.01 && y > -BLEED + 0.01 && y < height + BLEED - 0.01;
        expect(inside, `mark point ${x},${y} inside the bleed`).toBe(false);
      }
    }
    // Each corner: lines along x = trim edge and x = bleed edge, above and below the page, and
    // lines along y = trim edge and y = bleed edge, left and right of it, each MARK_LENGTH long.
    for (const [x, outX] of [
      [0, -BLEED],
      [width, width + BLEED],
    ]) {
      for (const [y, outY] of [
        [0, -BLEED],
        [height, height + BLEED],
      ]) {
        const beyondY = (line: Line) =>
          y === 0
            ? Math.max(line.y1, line.y2) <= -BLEED + 0.01
            : Math.min(line.y1, line.y2) >= height + BLEED - 0.01;
        const beyondX = (line: Line) =>
          x === 0
            ? Math.max(line.x1, line.x2) <= -BLEED + 0.01
            : Math.min(line.x1, line.x2) >= width + BLEED - 0.01;
        for (const at of [x!, outX!]) {
          const found = vertical.filter((line) => near(line.x1, at) && beyondY(line));
          expect(found, `corner ${x},${y}: line at x=${at}`).toHaveLength(1);
          expect(Math.abs(found[0]!.y2 - found[0]!.y1)).toBeCloseTo(MARK_LENGTH, 2);
        }
        for (const at of [y!, outY!]) {
          const found = horizontal.filter((line) => near(line.y1, at) && beyondX(line));
          expect(found, `corner ${x},${y}: line at y=${at}`).toHaveLength(1);
          expect(Math.abs(found[0]!.x2 - found[0]!.x1)).toBeCloseTo(MARK_LENGTH, 2);
        }
      }
    }
    // Centre marks: a line on each centre axis beyond each edge, with a bar across it.
    expect(vertical.filter((line) => near(line.x1, width / 2))).toHaveLength(2);
    expect(horizontal.filter((line) => near(line.y1, height / 2))).toHaveLength(2);
    const bars = horizontal.filter((line) => near((line.x1 + line.x2) / 2, width / 2));
    expect(bars).toHaveLength(2);
    expect(vertical.filter((line) => near((line.y1 + line.y2) / 2, height / 2))).toHaveLength(2);
    // 4 corners x 4 lines + 4 centre marks x 2 lines.
    expect(marks.lines).toHaveLength(24);
  });

  test('no marks with marks: false, the boxes stay', async () => {
    const { pdf } = await render(minimal.article, { print: { marks: false } });
    expect(markLines((await pageContents(pdf)).join('\n')).lines).toEqual([]);
  });

  const referenceDir = fileURLToPath(new URL('./page-images/', import.meta.url));
  test.skipIf(!tools)('the top-left corner at 300 dpi matches the reference image', async () => {
    const { pdf } = await render(minimal.article, { pageSize: 'A5', print: true });
    // 160 x 160 pixels from the media box's corner: the corner marks and the start of the page.
    const run = runOnPdf('pdftoppm', pdf, [
      '-r',
      '300',
      '-gray',
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      '0',
      '-y',
      '0',
      '-W',
      '320',
      '-H',
      '320',
      '{}',
      '{dir}/corner',
    ]);
    try {
      expect(run.status, run.stderr).toBe(0);
      const image = parsePgm(readFileSync(join(run.dir, 'corner-1.pgm')));
      const file = join(referenceDir, 'print-corner-a5.pgm.gz');
      if (process.env.UPDATE_PAGE_IMAGES === '1') {
        mkdirSync(referenceDir, { recursive: true });
        writeFileSync(file, gzipSync(toPgm(image), { level: 9 }));
        return;
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_PAGE_IMAGES=1`).toBe(true);
      const reference = parsePgm(gunzipSync(readFileSync(file)));
      expect(pixelDifference(image, reference)).toBeLessThan(0.002);
    } finally {
      run.cleanup();
    }
  });
});

/** Ghostscript's inkcov: the share of each ink per page. */
function inkCoverage(pdf: Uint8Array): { c: number; m: number; y: number; k: number }[] {
  const run = runOnPdf('gs', pdf, [
    '-q',
    '-dNOPAUSE',
    '-dBATCH',
    '-dSAFER',
    '-sDEVICE=inkcov',
    '-o',
    '-',
    '{}',
  ]);
  run.cleanup();
  expect(run.status, run.stderr).toBe(0);
  return [...run.stdout.matchAll(/^\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+) CMYK OK/gm)].map((match) => {
    const [c, m, y, k] = match.slice(1, 5).map(Number) as [number, number, number, number];
    return { c, m, y, k };
  });
}

describe.skipIf(!flagship)('the flagship in print mode', () => {
  let screen: Uint8Array;
  let printed: { pdf: Uint8Array; warnings: PdfWarning[] };
  beforeAll(async () => {
    screen = (await render(flagship!.article, { baseDir: flagship!.baseDir })).pdf;
    printed = await render(flagship!.article, { baseDir: flagship!.baseDir, print: true, signature: 4 });
  });

  test.skipIf(!ghostscript)(
    'body text is K only: cyan under a tenth of black on every page (screen PDFs print rich black)',
    () => {
      const pages = inkCoverage(printed.pdf);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const page of pages.slice(0, -1)) {
        expect(page.k).toBeGreaterThan(0.01);
        expect(page.c).toBeLessThan(page.k / 10);
      }
      // What the check guards against: the screen PDF's RGB grey separates into four inks.
      const before = inkCoverage(screen);
      expect(before[0]!.c).toBeGreaterThan(before[0]!.k / 2);
    },
  );

  test('every colour is CMYK: no RGB colour operator is left on any page', async () => {
    const doc = await PDFDocument.load(printed.pdf);
    for (let index = 0; index < doc.getPageCount(); index++) {
      const content = (await pageContents(printed.pdf, index)).join('\n');
      expect(content).not.toMatch(/DeviceRGB/);
      // Body text in K100 on every page with text (the blank page carries only its number).
      if (index < doc.getPageCount() - 1) expect(content).toMatch(/\/DeviceCMYK cs\s+0 0 0 1 scn/);
      // K100 fills overprint (スミノセ); every other fill knocks out.
      for (const match of content.matchAll(/scn\n\/(\w+) gs/g)) expect(match[1]).toMatch(/^KijiFill/);
      const fills = [...content.matchAll(/cs\s+([\d. ]+) scn\n\/(\w+) gs/g)];
      expect(fills.length).toBeGreaterThan(0);
      for (const [, color, state] of fills) {
        expect(state).toBe(color === '0 0 0 1' ? 'KijiFillOverprint' : 'KijiFillKnockout');
      }
      const states = doc.getPage(index).node.Resources()!.lookup(PDFName.of('ExtGState'));
      expect(
        String(
          doc.context.lookup((states as import('pdf-lib').PDFDict).get(PDFName.of('KijiFillOverprint'))),
        ),
      ).toMatch(/\/op true/);
    }
    expect(printed.warnings.filter((warning) => warning.code === 'rgb-converted')).toEqual([]);
  });

  test.skipIf(!tools)('fonts are embedded subsets, none Type 3; qpdf --check passes', () => {
    const fonts = pdfFonts(printed.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded || !font.subset || /Type 3/.test(font.type))).toEqual([]);
    expect(qpdfCheck(printed.pdf).ok).toBe(true);
  });

  test.skipIf(!tools)(
    'PDF/X-4: version, output intent, XMP, Trapped, GTS_PDFXVersion, ids from the content',
    async () => {
      const info = pdfInfo(printed.pdf);
      expect(info['PDF version']).toBe('1.6');
      expect(info['PDF subtype']).toBe('PDF/X-4');
      expect(info['Metadata Stream']).toBe('yes');
      const doc = await PDFDocument.load(printed.pdf);
      const intents = doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
      const intent = doc.context.lookup(intents.get(0)) as import('pdf-lib').PDFDict;
      expect(String(intent.get(PDFName.of('S')))).toBe('/GTS_PDFX');
      const profile = doc.context.lookup(intent.get(PDFName.of('DestOutputProfile'))) as PDFRawStream;
      expect(String(profile.dict.get(PDFName.of('N')))).toBe('4');
      const icc = decodePDFRawStream(profile).decode();
      // An ICC output profile ('prtr') for CMYK data with Lab as connection space.
      expect(Buffer.from(icc.subarray(12, 24)).toString('latin1')).toBe('prtrCMYKLab ');
      const text = Buffer.from(printed.pdf).toString('latin1');
      expect(text).toMatch(/\/Trapped \/False/);
      expect(text).toMatch(/<pdfxid:GTS_PDFXVersion>PDF\/X-4<\/pdfxid:GTS_PDFXVersion>/);
      expect(text).toMatch(/<pdf:Trapped>False<\/pdf:Trapped>/);
      const xmpId = /<xmpMM:DocumentID>uuid:([\da-f-]+)</.exec(text)![1]!.replaceAll('-', '');
      expect(text).toMatch(new RegExp(`/ID \\[\\s*<${xmpId}>`, 'i'));
    },
  );

  test('two renders give the same bytes', async () => {
    const again = await render(flagship!.article, { baseDir: flagship!.baseDir, print: true, signature: 4 });
    expect(Buffer.from(again.pdf).equals(Buffer.from(printed.pdf))).toBe(true);
  });

  test.skipIf(!tools)(
    'a signature of 4 pads with blank pages that carry the page number at the outer corner',
    async () => {
      const pages = Number(pdfInfo(printed.pdf).Pages);
      expect(pages % 4).toBe(0);
      const text = pdfToText(printed.pdf).split('\f');
      const numbers = text.map((page) => /(\d+) ?\/ ?(\d+)\s*$/.exec(page.trim())?.slice(1).map(Number));
      expect(numbers.slice(0, pages)).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
      // The last page is blank apart from its number.
      expect(text[pages - 1]!.trim()).toMatch(/^\d+ ?\/ ?\d+$/);
      // Outer corner: right of the centre on odd (right-hand) pages, left of it on even ones.
      const bbox = pdfToBbox(printed.pdf);
      const pageWidths = [...bbox.matchAll(/<page width="([\d.]+)"/g)].map((match) => Number(match[1]));
      const pageBlocks = bbox.split('<page ').slice(1);
      pageBlocks.forEach((block, index) => {
        const word = [...block.matchAll(/<word xMin="([\d.]+)"[^>]*>(\d+)<\/word>/g)].at(-2);
        const x = Number(word![1]);
        const centre = pageWidths[index]! / 2;
        if ((index + 1) % 2 === 1) expect(x).toBeGreaterThan(centre);
        else expect(x).toBeLessThan(centre);
      });
    },
  );
});

test.skipIf(!tools)(
  'right binding (vertical writing): /Direction /R2L, page numbers at the outer corner mirrored',
  async () => {
    const { pdf } = await render(minimal.article, { print: { binding: 'right' }, signature: 4 });
    const doc = await PDFDocument.load(pdf);
    const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences')) as import('pdf-lib').PDFDict;
    expect(String(preferences.get(PDFName.of('Direction')))).toBe('/R2L');
    const bbox = pdfToBbox(pdf);
    const width = Number(/<page width="([\d.]+)"/.exec(bbox)![1]);
    bbox
      .split('<page ')
      .slice(1)
      .forEach((block, index) => {
        const x = Number([...block.matchAll(/<word xMin="([\d.]+)"[^>]*>(\d+)<\/word>/g)].at(-2)![1]);
        // Bound on the right, the first (odd) page is a left-hand page: its number sits on the left.
        if (index % 2 === 0) expect(x).toBeLessThan(width / 2);
        else expect(x).toBeGreaterThan(width / 2);
      });
  },
);

describe('signatures without print mode', () => {
  test.skipIf(!tools)('pad to 8 and 16 pages', async () => {
    for (const signature of [8, 16] as const) {
      const { pdf } = await render(minimal.article, { signature });
      expect(Number(pdfInfo(pdf).Pages)).toBe(signature);
      expect(pdfToText(pdf)).toMatch(new RegExp(`${signature} ?/ ?${signature}`));
    }
  });

  test('an unknown signature is refused with the values that work', async () => {
    await expect(render(minimal.article, { signature: 5 as 4 })).rejects.toThrow(/use one of 4, 8, 16/);
  });
});

describe('warnings in print mode', () => {
  test('an image printed under 150 dpi is reported once, with its JSON path', async () => {
    const { warnings } = await render(figure.article, { baseDir: figure.baseDir, print: true });
    const low = warnings.filter((warning) => warning.code === 'low-resolution-image');
    expect(low).toHaveLength(1);
    expect(low[0]!.path).toBe('children[1].src');
    expect(low[0]!.message).toMatch(/\(160 × 90 pixels\) .* \d+ dpi, under the 150 dpi/);
  });

  test('finishForPrint checks the images of a PDF laid out elsewhere by page', async () => {
    const { pdf } = await render(figure.article, { baseDir: figure.baseDir });
    const warnings: PdfWarning[] = [];
    await finishForPrint(pdf, {
      inks: inkTable(defaultTheme.colors, defaultTheme.print.colors),
      metadata: { title: 'figure', authors: [], language: 'ja', created: new Date(0), modified: new Date(0) },
      onWarning: (warning) => warnings.push(warning),
    });
    expect(warnings.filter((warning) => warning.code === 'low-resolution-image')).toEqual([
      {
        code: 'low-resolution-image',
        path: 'page 1',
        message: expect.stringMatching(/160 pixels across .* \d+ dpi, under the 150 dpi/),
      },
    ]);
  });

  test.skipIf(!tools)(
    'RGB images are tagged ICC-based sRGB, so no device RGB is left beside the CMYK intent',
    async () => {
      const { pdf } = await render(figure.article, { baseDir: figure.baseDir, print: true });
      const run = runOnPdf('pdfimages', pdf, ['-list', '{}']);
      run.cleanup();
      const rows = run.stdout
        .split('\n')
        .slice(2)
        .filter((line) => line.trim() !== '');
      expect(rows.length).toBeGreaterThan(0);
      // Columns: page num type width height color ...
      for (const row of rows) expect(row.trim().split(/\s+/)[5]).toBe('icc');
      const screen = runOnPdf('pdfimages', (await render(figure.article, { baseDir: figure.baseDir })).pdf, [
        '-list',
        '{}',
      ]);
      screen.cleanup();
      expect(screen.stdout).toMatch(/ rgb /);
    },
  );

  test('a screen colour changed without a print value is converted and K only when grey', async () => {
    const { pdf, warnings } = await render(minimal.article, {
      print: true,
      theme: { colors: { text: '#333333' } },
    });
    const content = (await pageContents(pdf)).join('\n');
    expect(content).toMatch(/\/DeviceCMYK cs\s+0 0 0 0\.8 scn/);
    expect(warnings.filter((warning) => warning.code === 'rgb-converted')).toEqual([]);
  });
});

test.skipIf(!tools)('the slug line sits outside the bleed, under the bottom edge', async () => {
  const { pdf } = await render(minimal.article, { print: { slug: true } });
  const bbox = pdfToBbox(pdf);
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)![1]);
  // pdftotext measures from the media box's top: the page's bottom edge is at height - room.
  const room = BLEED + MARK_ROOM;
  const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>1<\/word>/g)].map((m) =>
    Number(m[1]),
  );
  const trimBottom = height - room;
  expect(words.some((y) => y > trimBottom + BLEED)).toBe(true);
});

test('every package file print mode reads is listed for the browser build, and ships', () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const finishing = readFileSync(join(src, 'pipeline/finish-for-print.ts'), 'utf8');
  const browser = readFileSync(join(src, 'platform/browser.ts'), 'utf8');
  const files = [...finishing.matchAll(/packageFile\('([^']+)'\)/g)].map((match) => match[1]!);
  expect(files).toEqual(['icc/FOGRA39L-coated.icc', 'icc/sRGB.icc']);
  for (const file of files) {
    expect(browser).toContain(`'${file}': () => new URL('../${file}', import.meta.url)`);
    expect(existsSync(fileURLToPath(new URL(`../${file}`, import.meta.url)))).toBe(true);
  }
});
