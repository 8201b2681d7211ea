// Every fixture and example rendered once, then checked the way a reader's tools see the PDF.
import { type Article, formatPath, isCjk, isSafeUrl, type Section, toPlainText, walk } from '@kiji/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { PAGE_SIZE_NAMES, type PageSize, type PdfWarning, renderPdf } from '../src/index.js';
import { labelsFor } from '../src/labels.js';
import { numberSections } from '../src/pipeline/number-sections.js';
import { isVariationSelector } from '../src/typeset/fontkit-compat.js';
import { type Case, loadCases } from './helpers/corpus.js';
import {
  findKinsokuViolations,
  formatViolations,
  pdfToBbox,
  pdfToText,
  shouldRunToolTests,
} from './helpers/kinsoku-check.js';
import { type OutlineEntry, readCatalog, readOutline } from './helpers/outline.js';
import { hasTool, pdfFonts, pdfInfo, qpdfCheck } from './helpers/pdf-tools.js';

// Every fixture and example on A4, and the examples again on the other page sizes, whose
// narrower or wider measures give the line composer other lines to break.
const cases: (Case & { pageSize?: PageSize })[] = [
  ...loadCases(),
  ...loadCases()
    .filter((entry) => entry.name.startsWith('example '))
    .flatMap((entry) =>
      PAGE_SIZE_NAMES.filter((size) => size !== 'A4').map((pageSize) => ({
        ...entry,
        name: `${entry.name} (${pageSize})`,
        pageSize,
      })),
    ),
];
const names = cases.map((entry) => entry.name);
const rendered = new Map<string, { article: Article; pdf: Uint8Array; warnings: PdfWarning[] }>();
const tools = shouldRunToolTests(['pdftotext', 'pdffonts', 'pdfinfo', 'qpdf'].every(hasTool));

beforeAll(async () => {
  for (const entry of cases) {
    const warnings: PdfWarning[] = [];
    const pdf = await renderPdf(entry.article, {
      root: entry.baseDir,
      onWarning: (w) => warnings.push(w),
      ...(entry.pageSize ? { pageSize: entry.pageSize } : {}),
    });
    rendered.set(entry.name, { article: entry.article, pdf, warnings });
  }
}, 300_000);

const get = (name: string) => rendered.get(name)!;

/** Running header and footer lines, which interrupt the text at page breaks. */
function isPageChrome(line: string, article: Article): boolean {
  // pdftotext may or may not report the thin spaces around the slash of `2 / 5`.
  return line === article.meta.title || /^\d+ ?\/ ?\d+$/.test(line) || /^Page \d+ of \d+$/.test(line);
}

const JOIN = '\u0001';

/** pdftotext lines joined with a marker where a line ended (running header and footer removed). */
function readingText(extracted: string, article: Article): string {
  return extracted
    .split(/\n|\f/)
    .map((line) => line.trim().replace(/[ \t]+/g, ' '))
    .filter((line) => line !== '' && !isPageChrome(line, article))
    .join(JOIN);
}

const escapeRegExp = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A pattern for a model text as it may be extracted: a line may end after any character (a
 * Japanese line end adds nothing, a Latin one a space or nothing, after a URL separator), and a
 * space next to Japanese text may be set as a gap that extraction does not report. Nothing else
 * may differ: an inserted hyphen or a space inside a line fails.
 */
function extractedPattern(value: string): RegExp {
  const chars = [...value];
  const parts = chars.map((char, index) => {
    // A variation selector the font has no variant for is dropped, never drawn.
    if (isVariationSelector(char.codePointAt(0)!)) return `(?:${char})?`;
    if (char === ' ') {
      const nearCjk = isCjk(chars[index - 1] ?? '') || isCjk(chars[index + 1] ?? '');
      return nearCjk ? `(?: |${JOIN})?` : `(?: |${JOIN})`;
    }
    return `${escapeRegExp(char)}${JOIN}?`;
  });
  return new RegExp(parts.join(''), 'gu');
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function words(bbox: string): Word[] {
  const found: Word[] = [];
  let page = 0;
  const pattern =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of bbox.matchAll(pattern)) {
    if (match[0] === '<page ') page++;
    else {
      const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number) as [number, number, number, number];
      found.push({ page, xMin, yMin, xMax, yMax, text: match[5]! });
    }
  }
  return found;
}

/**
 * Pairs of words drawn over each other: overlapping by more than half their height and by more
 * than their height across (squeezed punctuation such as 」（ overlaps by up to half an em).
 */
function overprinted(list: Word[]): string[] {
  const clashes: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const height = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > height && down > height / 2) clashes.push(`page ${a.page}: "${a.text}" over "${b.text}"`);
    }
  }
  return clashes;
}

/** Characters reported at `path` as drawn with the .notdef box of an embedded font. */
function notdefCharacters(warnings: PdfWarning[], path: string): Set<string> {
  const chars = warnings
    .filter((warning) => warning.path === `${path}.value` && warning.message.includes('.notdef'))
    .map((warning) => /^"([^"]+)"/u.exec(warning.message)?.[1] ?? '');
  return new Set(chars);
}

function flatten(entries: OutlineEntry[], depth = 1): { title: string; depth: number }[] {
  return entries.flatMap((entry) => [{ title: entry.title, depth }, ...flatten(entry.children, depth + 1)]);
}

describe.skipIf(!tools)('every fixture and example', () => {
  test.each(names)('%s: the text reads in order, every text run unbroken', (name) => {
    const { article, pdf, warnings } = get(name);
    const text = readingText(pdfToText(pdf), article);
    let position = 0;
    for (const { node, path } of walk(article)) {
      if (node.type !== 'text') continue;
      // A character no font has is drawn as a .notdef box and extracts as U+FFFD.
      const boxes = notdefCharacters(warnings, formatPath(path));
      const value = [...node.value.replace(/\s+/g, ' ').trim()]
        .map((char) => (boxes.has(char) ? '\uFFFD' : char))
        .join('');
      if (value === '') continue;
      const pattern = extractedPattern(value);
      pattern.lastIndex = position;
      const found = pattern.exec(text);
      expect(
        found?.index,
        `${path.join('.')}: "${value}" not found (in order) in:\n${text.slice(position, position + 400).replaceAll(JOIN, '⏎')}`,
      ).toBeGreaterThanOrEqual(0);
      position = found!.index + found![0].length;
    }
  });

  test.each(names)('%s: no kinsoku violations in the printed lines', (name) => {
    const { article, pdf } = get(name);
    const violations = findKinsokuViolations(pdfToText(pdf, { layout: true }), (line) =>
      isPageChrome(line, article),
    );
    expect(formatViolations(violations)).toBe('');
  });

  test.each(names)('%s: no words printed over each other', (name) => {
    expect(overprinted(words(pdfToBbox(get(name).pdf)))).toEqual([]);
  });

  test.each(names)('%s: no heading, term or list marker ends a page, no attribution starts one', (name) => {
    const { article, pdf } = get(name);
    const labels = labelsFor(article.meta.language);
    const squash = (text: string) => text.replace(/\s+/g, '');
    // What must stay with the text after it: headings (with their numbers) and terms.
    const leaders = [labels.notes, labels.sources, labels.comments, labels.conclusion];
    for (const { node } of walk(article)) {
      if (node.type === 'section') leaders.push(`${node.number ?? ''}${toPlainText(node.heading)}`);
      if (node.type === 'conclusion' && node.heading) leaders.push(toPlainText(node.heading));
      if (node.type === 'termItem') leaders.push(toPlainText(node.term));
    }
    const keys = leaders.map(squash).filter((key) => key.length > 0);
    const pages = pdfToText(pdf, { layout: true })
      .split('\f')
      .map((page) =>
        page
          .split('\n')
          .map((line) => line.trim().replace(/\s+/g, ' '))
          .filter((line) => line !== '' && !isPageChrome(line, article)),
      )
      .filter((lines) => lines.length > 0);
    pages.forEach((lines, index) => {
      if (index < pages.length - 1) {
        const last = squash(lines[lines.length - 1]!);
        const stranded = keys.find((key) => last.length >= 2 && key.endsWith(last));
        expect(stranded, `page ${index + 1} ends with the heading or term "${last}"`).toBeUndefined();
        expect(last, `page ${index + 1} ends with a list marker`).not.toMatch(/^(•|\d+[.．])$/);
      }
      if (index > 0) {
        expect(lines[0]!.startsWith(labels.quoteDash), `page ${index + 1} starts with "${lines[0]}"`).toBe(
          false,
        );
      }
    });
  });

  test.each(names)('%s: every page, the first included, carries its page number', (name) => {
    const { article, pdf } = get(name);
    const labels = labelsFor(article.meta.language);
    const pages = pdfToText(pdf).split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((page, index) => {
      const squash = (text: string) => text.replace(/\s+/g, '');
      const lines = page.split('\n').map(squash);
      expect(lines, `page ${index + 1}`).toContain(squash(labels.page(index + 1, pages.length)));
    });
  });

  test.each(names)('%s: every font embedded and subset, Japanese as CID fonts', (name) => {
    const fonts = pdfFonts(get(name).pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
      expect(font.type).not.toMatch(/Type 3/);
    }
  });

  test.each(names)('%s: qpdf --check passes', (name) => {
    const { ok, output } = qpdfCheck(get(name).pdf);
    expect(ok, output).toBe(true);
  });

  test.each(names)('%s: the outline has an entry per section, nested like the sections', async (name) => {
    const { article, pdf } = get(name);
    const outline = flatten(await readOutline(pdf));
    const sections = numberSections(article);
    const labels = labelsFor(article.meta.language);
    for (const [section, info] of sections) {
      const entry = outline.find((candidate) => candidate.title === info.outlineTitle);
      expect(
        entry,
        `no outline entry "${info.outlineTitle}" (${toPlainText((section as Section).heading)})`,
      ).toBeDefined();
      expect(entry!.depth).toBe(info.depth);
    }
    const conclusion = article.children.find((child) => child.type === 'conclusion');
    if (conclusion) {
      const title = conclusion.heading ? toPlainText(conclusion.heading).trim() : labels.conclusion;
      expect(outline.map((entry) => entry.title)).toContain(title);
    }
    if (article.sources.length > 0) expect(outline.map((entry) => entry.title)).toContain(labels.sources);
    const expected =
      sections.size +
      (conclusion ? 1 : 0) +
      (article.sources.length > 0 ? 1 : 0) +
      (article.notes?.length ? 1 : 0) +
      (article.comments?.length ? 1 : 0);
    expect(outline).toHaveLength(expected);
  });

  test.each(names)('%s: metadata and language are set', async (name) => {
    const { article, pdf } = get(name);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe(article.meta.title);
    expect(info.Creator).toBe('Kiji');
    if (article.meta.authors?.length)
      expect(info.Author).toBe(article.meta.authors.map((a) => a.name).join(', '));
    if (article.meta.tags?.length) expect(info.Keywords).toBe(article.meta.tags.join(', '));
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const dated = article.meta.published ?? article.meta.updated;
    const year = epoch ? new Date(Number(epoch) * 1000).getUTCFullYear() : dated?.slice(0, 4);
    // An article whose date is unknown gets no date, not the clock's.
    if (year === undefined) expect(info.CreationDate).toBeUndefined();
    else expect(info.CreationDate).toMatch(new RegExp(String(year)));
    const { lang } = await readCatalog(pdf);
    expect(lang).toBe(article.meta.language);
  });

  test.each(names)('%s: every safe URL is a clickable link', async (name) => {
    const { article, pdf } = get(name);
    const { uris } = await readCatalog(pdf);
    const expected = [
      ...article.sources.flatMap((source) =>
        source.url && isSafeUrl(source.url) ? [source.url.trim()] : [],
      ),
      ...[...walk(article)].flatMap(({ node }) =>
        node.type === 'link' && isSafeUrl(node.url) ? [node.url.trim()] : [],
      ),
    ];
    for (const url of expected) expect(uris).toContain(url);
  });
});

describe('warnings', () => {
  test('characters the fonts lack are reported with their place and drawn with the fallback font', () => {
    const { warnings, pdf } = get('014-missing-glyphs');
    const glyphs = warnings.filter((warning) => warning.code === 'missing-glyph');
    expect(glyphs.map((warning) => warning.path)).toContain('children[0].children[0].value');
    expect(glyphs.some((warning) => warning.message.includes('"🎌" U+1F38C at offset 3'))).toBe(true);
    expect(glyphs.every((warning) => /fallback font|empty box/.test(warning.message))).toBe(true);
    if (tools) expect(pdfFonts(pdf).some((font) => /NotoEmoji/.test(font.name))).toBe(true);
  });

  test('a character no font has is drawn as an embedded .notdef box and reported, never with a standard font', () => {
    const { warnings, pdf } = get('014-missing-glyphs');
    const boxes = warnings.filter((warning) => warning.message.includes('.notdef glyph of NotoSerifJP'));
    expect(boxes.map((warning) => /U\+[0-9A-F]+/.exec(warning.message)?.[0])).toEqual([
      'U+0645',
      'U+0631',
      'U+062D',
      'U+0628',
      'U+0627',
      'U+20000',
    ]);
    expect(boxes.every((warning) => warning.path === 'children[1].children[0].value')).toBe(true);
    if (!tools) return;
    const fonts = pdfFonts(pdf);
    expect(fonts.filter((font) => !font.embedded || !font.subset || font.type === 'Type 3')).toEqual([]);
    expect(fonts.some((font) => /Helvetica|Times|Courier/.test(font.name))).toBe(false);
    // The boxes extract as U+FFFD (replacement character), not as NUL or a space.
    expect(pdfToText(pdf)).toContain('「\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD」');
  });

  test.skipIf(!tools)(
    'a variation sequence draws the variant glyph; a selector the font lacks is dropped',
    () => {
      const text = pdfToText(get('014-missing-glyphs').pdf).replace(/\s+/g, '');
      // The variant glyph of 葛󠄀 maps back to the sequence; 辻 + U+E0101 (no variant) is plain 辻.
      expect(text).toContain('葛\u{E0100}飾区');
      expect(text).toContain('と辻（');
    },
  );

  test('fixtures without unusual characters render without warnings', () => {
    expect(get('001-minimal').warnings).toEqual([]);
  });
});

describe.skipIf(!tools)('an article whose date is unknown', () => {
  test('has no date in its masthead nor in its document information, and the file is sound', async () => {
    const article: Article = {
      type: 'article',
      schemaVersion: 1,
      meta: { title: '日付のない記事', language: 'ja', place: '横浜' },
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '本文です。' }] }],
      sources: [],
    };
    const previous = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const pdf = await renderPdf(article);
      const info = pdfInfo(pdf);
      expect(info.CreationDate).toBeUndefined();
      expect(info.ModDate).toBeUndefined();
      expect(info.Title).toBe('日付のない記事');
      expect(qpdfCheck(pdf).ok).toBe(true);
    } finally {
      if (previous !== undefined) process.env.SOURCE_DATE_EPOCH = previous;
    }
  });
});
