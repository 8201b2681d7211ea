// 和欧間 (theme.latinSpacing): the quarter em between Japanese and Latin letters or digits moves
// the glyphs on the page and changes nothing a reader's tools extract.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, article, p, parseArticle, section, strong } from '@kiji/core';
import * as fontkit from 'fontkit';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFNumber,
  PDFRawStream,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { renderPdf } from '../src/index.js';
import { parseTheme } from '../src/theme-file.js';
import { composeLines } from '../src/typeset/index.js';
import { loadCases } from './helpers/corpus.js';
import { findKinsokuViolations, pdfToBbox, pdfToText, shouldRunToolTests } from './helpers/kinsoku-check.js';
import { hasTool } from './helpers/pdf-tools.js';
import { readStructure, type Structure } from './helpers/structure.js';
import { testFonts as fontSet } from './typeset/test-fonts.js';

const mixed: Article = parseArticle(
  article({
    meta: { title: '2025年のGDPとAI規制', language: 'ja', published: '2025-10-28' },
    children: [
      p('2025年のGDPは3.1%増'),
      p('AIとEU'),
      section('EUのAI法とG7', [
        p(
          '欧州連合（EU）は2024年にAI法を成立させ、汎用AIモデルの提供者に透明性の義務を課した。',
          strong('G7'),
          'の広島AIプロセスは、OECDと協力して行動規範をまとめた。日本のAI事業者ガイドラインは2024年4月に公表され、',
          'ChatGPTやGeminiなどの生成AIを使う企業に、リスクの評価と説明を求めている。',
        ),
      ]),
    ],
  }),
);

/** Text pdf.js extracts, page by page, items joined as they come. */
async function pdfjsText(pdf: Uint8Array): Promise<{ text: string; widths: number[] }> {
  const loading = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 });
  const reader = await loading.promise;
  let text = '';
  const widths: number[] = [];
  try {
    for (let number = 1; number <= reader.numPages; number++) {
      const page = await reader.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim() !== '') widths.push(item.width);
      }
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }
  return { text, widths };
}

/**
 * For every embedded CID TrueType font: how many /W widths there are and which disagree with the
 * advance the embedded font program gives the glyph (PDF/UA-1 7.21.5 wants them consistent).
 */
async function widthMismatches(pdf: Uint8Array): Promise<{ widths: number; mismatches: string[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let widths = 0;
  const mismatches: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('CIDFontType2'))
      continue;
    const descriptor = object.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const file = descriptor.lookup(PDFName.of('FontFile2'));
    if (!(file instanceof PDFRawStream)) throw new Error('no embedded TrueType program');
    const font = fontkit.create(Buffer.from(decodePDFRawStream(file).decode())) as fontkit.Font;
    const w = object.lookup(PDFName.of('W'), PDFArray).asArray();
    for (let i = 0; i + 1 < w.length; i += 2) {
      const first = (w[i] as PDFNumber).asNumber();
      const list = doc.context.lookup(w[i + 1], PDFArray).asArray();
      list.forEach((width, k) => {
        widths++;
        const cid = first + k;
        const advance = (font.getGlyph(cid).advanceWidth * 1000) / font.unitsPerEm;
        const stated = (width as PDFNumber).asNumber();
        if (Math.abs(advance - stated) > 1)
          mismatches.push(`${font.postscriptName} cid ${cid}: W ${stated}, font ${advance}`);
      });
    }
  }
  return { widths, mismatches };
}

/** Each `pdftotext -bbox` word: its text and horizontal extent. */
function words(bbox: string): { text: string; xMin: number; xMax: number }[] {
  return [
    ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((match) => ({ text: match[3]!, xMin: Number(match[1]), xMax: Number(match[2]) }));
}

/** Text without its line ends (where lines break is not what is compared). */
const unbroken = (text: string): string => text.replace(/\n/g, '');

const tools = shouldRunToolTests(hasTool('pdftotext'));

describe('composing with latinSpacing', () => {
  const runs = [{ text: '2025年のGDPは3.1%増', fontFamily: 'serif', fontSize: 10 }];
  const options = { width: 400, lineHeight: 18, align: 'start', language: 'ja' } as const;

  test('a quarter em after each character that meets the other script, none at % or at the line end', () => {
    const plain = composeLines(runs, options, fontSet).lines[0]!;
    const spaced = composeLines(runs, { ...options, latinSpacing: 0.25 }, fontSet).lines[0]!;
    // 5|年, の|G, P|は, は|3: four quarter ems of 10 pt.
    expect(spaced.width - plain.width).toBeCloseTo(10, 3);
    const spaces = spaced.segments.flatMap((segment) =>
      (segment.spaceAfter ?? []).map((space) => [segment.text[space.offset], space.width]),
    );
    expect(spaces).toEqual([
      ['5', 2.5],
      ['の', 2.5],
      ['P', 2.5],
      ['は', 2.5],
    ]);
    // Kerning is kept: the spaces are not segment boundaries.
    expect(spaced.segments.length).toBe(plain.segments.length);
    expect(spaced.text).toBe(plain.text);
  });

  test('none next to brackets and punctuation, nor beside full-width letters', () => {
    const line = (text: string) =>
      composeLines([{ ...runs[0]!, text }], { ...options, latinSpacing: 0.25 }, fontSet).lines[0]!;
    for (const text of ['「AI」と', 'AI、EU。', 'ＧＤＰは１５日', '(AP)']) {
      expect(
        line(text).segments.some((segment) => segment.spaceAfter),
        text,
      ).toBe(false);
    }
  });

  test('a one-character last line is pulled back by closing 和欧間 to an eighth of an em first', () => {
    const text = 'AとBとCとDとEとFとG';
    const set = (paragraph: string, width: number, latinSpacing: number) =>
      composeLines(
        [{ ...runs[0]!, text: paragraph }],
        { ...options, width, align: 'justify', latinSpacing },
        fontSet,
      ).lines;
    // The measure the line takes at its natural width: 会 would be left alone on a second line.
    const natural = set(text, 400, 0.25)[0]!.width;
    // Closing the thirteen gaps by 0.08 em each (10.4 pt) could not make room for 会 and the
    // quarter em after G (12.5 pt); closing 和欧間 to an eighth (16.25 pt) can.
    expect(13 * 0.08 * 10).toBeLessThan(12.5);
    const lines = set(`${text}会`, natural, 0.25);
    expect(lines.map((line) => line.text)).toEqual([`${text}会`]);
    const [line] = lines;
    expect(line!.x + line!.width + line!.spacing * line!.gaps).toBeLessThanOrEqual(natural + 0.05);
    const spaces = line!.segments.flatMap((segment) => segment.spaceAfter ?? []).map((space) => space.width);
    expect(spaces).toHaveLength(13);
    for (const width of spaces) {
      expect(width).toBeGreaterThanOrEqual(1.25 - 0.01);
      expect(width).toBeLessThan(2.5);
    }
    // No gap closes by more than the 0.08 em every Japanese gap may.
    expect(line!.spacing).toBeGreaterThanOrEqual(-0.8 - 0.001);
  });

  test('a paragraph react-pdf must shape itself goes without (the gap would extract as a space)', () => {
    const line = composeLines(
      [{ ...runs[0]!, text: 'AIとمرحبا' }],
      { ...options, latinSpacing: 0.25 },
      fontSet,
    ).lines[0]!;
    expect(line.segments.some((segment) => segment.spaceAfter)).toBe(false);
  });
});

describe('theme.latinSpacing', () => {
  test('parseTheme takes an em value and names the path of a wrong one', () => {
    expect(parseTheme({ latinSpacing: 0.25 })).toEqual({ latinSpacing: 0.25 });
    expect(() => parseTheme({ latinSpacing: 1 }, 'theme.json')).toThrow(/latinSpacing: /);
    expect(() => parseTheme({ latinSpacing: '1/4' }, 'theme.json')).toThrow(/latinSpacing: expected number/);
  });
});

describe.runIf(tools)('a PDF with latinSpacing', () => {
  let plain: Uint8Array;
  let spaced: Uint8Array;
  beforeAll(async () => {
    plain = await renderPdf(mixed);
    spaced = await renderPdf(mixed, { theme: { latinSpacing: 0.25 } });
    const out = process.env.KIJI_TYPESET_OUT;
    if (out) {
      writeFileSync(join(out, 'latin-spacing-off.pdf'), plain);
      writeFileSync(join(out, 'latin-spacing-on.pdf'), spaced);
    }
  }, 120_000);

  test('pdftotext extracts the same text: not one space more', () => {
    const text = pdfToText(spaced);
    // The long paragraph's lines break elsewhere (its Latin words take more room): compare
    // without line ends, which is how the paragraph reads.
    expect(unbroken(text)).toBe(unbroken(pdfToText(plain)));
    // The one-line paragraphs are identical, line for line.
    expect(text).toContain('\n2025年のGDPは3.1%増\n');
    expect(text).toContain('\nAIとEU\n');
    expect(unbroken(pdfToText(spaced, { layout: true })).replace(/ +/g, ' ')).toBe(
      unbroken(pdfToText(plain, { layout: true })).replace(/ +/g, ' '),
    );
  });

  test('the glyphs really moved: the lines are a quarter em per gap wider', () => {
    const before = words(pdfToBbox(plain));
    const after = words(pdfToBbox(spaced));
    expect(after.map((word) => word.text).join('')).toBe(before.map((word) => word.text).join(''));
    const extent = (list: typeof before, text: string) => {
      const word = list.find((entry) => entry.text === text)!;
      return word.xMax - word.xMin;
    };
    // 10.5 pt body: 2.625 pt per gap; 4 gaps in the first paragraph, 2 in the second.
    expect(extent(after, '2025年のGDPは3.1%増') - extent(before, '2025年のGDPは3.1%増')).toBeCloseTo(10.5, 1);
    expect(extent(after, 'AIとEU') - extent(before, 'AIとEU')).toBeCloseTo(5.25, 1);
  });

  test('pdf.js reads the same text, with wider items', async () => {
    const [a, b] = [await pdfjsText(plain), await pdfjsText(spaced)];
    expect(unbroken(b.text)).toBe(unbroken(a.text));
    expect(b.text).toContain('\n2025年のGDPは3.1%増\n');
    expect(b.widths.reduce((x, y) => x + y, 0)).toBeGreaterThan(a.widths.reduce((x, y) => x + y, 0) + 20);
  });

  test('the widened glyphs are wider in the embedded fonts too, not only in /W', async () => {
    const [a, b] = [await widthMismatches(plain), await widthMismatches(spaced)];
    expect(a.mismatches).toEqual([]);
    expect(b.mismatches).toEqual([]);
    // The copies of the glyphs before a 和欧間 are more glyphs in the subsets.
    expect(b.widths).toBeGreaterThan(a.widths);
  });

  test('the structure tree reads the same: every element has the same text', async () => {
    const texts = (structure: Structure) =>
      structure.elements.map((element) => `${element.type}:${unbroken(element.text)}`);
    const [a, b] = [await readStructure(plain), await readStructure(spaced)];
    expect(texts(b)).toEqual(texts(a));
    expect(b.unmarkedText).toEqual([]);
  });
});

/** A space pdftotext put between a Japanese letter and a Latin letter or digit, either way round. */
const MIXED_SPACE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}] [A-Za-z0-9]|[A-Za-z0-9] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

describe.runIf(tools)('every fixture and example with latinSpacing 0.25', () => {
  const cases = loadCases();
  const rendered = new Map<string, { plain: Uint8Array; spaced: Uint8Array }>();
  beforeAll(async () => {
    for (const entry of cases) {
      const options = { root: entry.baseDir };
      rendered.set(entry.name, {
        plain: await renderPdf(entry.article, options),
        spaced: await renderPdf(entry.article, { ...options, theme: { latinSpacing: 0.25 } }),
      });
    }
  }, 300_000);

  test.each(cases.map((entry) => entry.name))(
    '%s: the structure tree reads the same, pdftotext finds no new space, kinsoku holds',
    async (name) => {
      const { plain, spaced } = rendered.get(name)!;
      const texts = (structure: Structure) =>
        structure.elements.map((element) => `${element.type}:${unbroken(element.text)}`);
      expect(texts(await readStructure(spaced))).toEqual(texts(await readStructure(plain)));
      // Lines (and so page ends) fall elsewhere, so the page text is compared by what it may not
      // gain: a space between Japanese and Latin text (a real one at a line end becomes a break).
      const count = (pdf: Uint8Array) => pdfToText(pdf).match(MIXED_SPACE)?.length ?? 0;
      expect(count(spaced)).toBeLessThanOrEqual(count(plain));
      expect(findKinsokuViolations(pdfToText(spaced, { layout: true }))).toEqual([]);
    },
  );
});
