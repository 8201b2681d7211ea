// renderPdf options: page sizes, fonts as paths or bytes, themes, handlers, determinism, isolation.
import { readFileSync } from 'node:fs';
import { type Article, InputError, isInputError, parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { Font } from '@react-pdf/renderer';
import { describe, expect, test } from 'vitest';

/** Rendering takes seconds on a slow CI machine; this is a hang guard, not a speed check. */
const SLOW = { timeout: 120_000 };

import { bundledFonts } from '../src/fonts/bundled-fonts.js';
import {
  defaultHandlers,
  PAGE_SIZE_NAMES,
  PAGE_SIZES,
  type PageSize,
  type RenderContext,
  renderPdf,
} from '../src/index.js';
import { loadCases } from './helpers/corpus.js';
import { pdfToText, shouldRunToolTests } from './helpers/kinsoku-check.js';
import { hasTool, pdfFonts, pdfInfo } from './helpers/pdf-tools.js';

const fixture = (name: string): Article =>
  parseArticle(loadFixtures().find((entry) => entry.name === name)!.json);
const minimal = fixture('001-minimal');
const tools = shouldRunToolTests(['pdftotext', 'pdffonts', 'pdfinfo'].every(hasTool));

describe.skipIf(!tools)('page sizes', () => {
  test.each(PAGE_SIZE_NAMES)('%s sets the page box', SLOW, async (size: PageSize) => {
    const info = pdfInfo(await renderPdf(minimal, { pageSize: size }));
    const { width, height } = PAGE_SIZES[size];
    expect(info['Page size']).toMatch(new RegExp(`^${width} x ${height} pts`));
  });

  test("JIS-B5 is 182 x 257 mm, not react-pdf's ISO B5", () => {
    const { width, height } = PAGE_SIZES['JIS-B5'];
    expect(Math.round((width / 72) * 25.4)).toBe(182);
    expect(Math.round((height / 72) * 25.4)).toBe(257);
  });

  test('an unknown page size is refused with the list of sizes', SLOW, async () => {
    await expect(renderPdf(minimal, { pageSize: 'B5' as PageSize })).rejects.toThrow(
      'unknown page size "B5": use one of A4, JIS-B5, A5, Letter',
    );
  });
});

describe('determinism', () => {
  test('the same article gives the same bytes, across renders and page sizes in between', SLOW, async () => {
    const flagship = loadCases().at(-2)!.article;
    const first = await renderPdf(flagship);
    await renderPdf(minimal, { pageSize: 'A5', theme: { baseSize: 12 } });
    const second = await renderPdf(flagship);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('dates come from the article, or SOURCE_DATE_EPOCH when given', SLOW, async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    const text = Buffer.from(await renderPdf(minimal)).toString('latin1');
    if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
    expect(infoValue(text, 'CreationDate')).toBe('D:20251028000000Z');
    expect(infoValue(text, 'ModDate')).toBe('D:20251028000000Z');
    expect(text).not.toContain('/ModificationDate');
    const epoch = Buffer.from(await renderPdf(minimal, { sourceDateEpoch: '0' })).toString('latin1');
    expect(infoValue(epoch, 'CreationDate')).toBe('D:19700101000000Z');
    expect(infoValue(epoch, 'ModDate')).toBe('D:19700101000000Z');
  });

  test('an undated article: a screen PDF carries no date, a print-ready one is refused', SLOW, async () => {
    // The wire story of 016 without the time it was updated: no date at all.
    const wire = fixture('016-undated-wire');
    const { updated: _updated, ...meta } = wire.meta;
    const undated: Article = { ...wire, meta };
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      const screen = Buffer.from(await renderPdf(undated)).toString('latin1');
      expect(infoValue(screen, 'CreationDate')).toBeUndefined();
      expect(infoValue(screen, 'ModDate')).toBeUndefined();
      expect(screen).not.toContain('<xmp:CreateDate>');
      expect(screen).not.toContain('D:1970');
      const error = await renderPdf(undated, { print: true }).catch((thrown: unknown) => thrown);
      expect(isInputError(error)).toBe(true);
      expect((error as InputError).problems).toEqual([
        {
          path: 'meta.published',
          message: expect.stringMatching(/no date.*PDF\/X-4.*set meta\.published.*SOURCE_DATE_EPOCH/),
        },
      ]);
    } finally {
      if (saved !== undefined) process.env.SOURCE_DATE_EPOCH = saved;
    }
    // SOURCE_DATE_EPOCH is the date the user gives: then it is stamped, in print too.
    const print = Buffer.from(
      await renderPdf(undated, { print: true, sourceDateEpoch: '1767225600' }),
    ).toString('latin1');
    expect(infoValue(print, 'CreationDate')).toMatch(/^D:20260101000000/);
  });

  test.each(['abc', '1.5', '-5', '99999999999999'])(
    'SOURCE_DATE_EPOCH %s is bad input, not a crash',
    async (value) => {
      const error = await renderPdf(minimal, { sourceDateEpoch: value }).catch((thrown: unknown) => thrown);
      expect(isInputError(error)).toBe(true);
      expect((error as InputError).problems).toEqual([
        {
          path: 'SOURCE_DATE_EPOCH',
          message: expect.stringContaining(`"${value}" is not a whole number of seconds`),
        },
      ]);
    },
  );
});

/** A date string of the document information dictionary, given inline or as an indirect object. */
function infoValue(pdf: string, key: string): string | undefined {
  // The trailer dictionary, or the cross-reference stream's (PDF 1.5): the last /Info in the file.
  const infoId = [...pdf.matchAll(/\/Info (\d+) 0 R/g)].at(-1)?.[1];
  const start = pdf.indexOf(`\n${infoId} 0 obj`);
  const info = pdf.slice(start, pdf.indexOf('endobj', start));
  const entry = new RegExp(`/${key}\\s+(?:\\((D:[^)]*)\\)|(\\d+) 0 R)`).exec(info);
  if (!entry) return undefined;
  if (entry[1]) return entry[1];
  return new RegExp(`\n${entry[2]} 0 obj\\s*\\((D:[^)]*)\\)`).exec(pdf)?.[1];
}

describe.skipIf(!tools)('fonts', () => {
  test('fonts given as bytes are used, and nothing stays registered after the render', SLOW, async () => {
    const before = Font.getRegisteredFontFamilies();
    const sans = new Uint8Array(readFileSync(bundledFonts().sans.normal as URL));
    const pdf = await renderPdf(minimal, { fonts: { serif: { normal: sans }, sans: { normal: sans } } });
    const names = pdfFonts(pdf).map((font) => font.name);
    expect(names.some((name) => name.includes('NotoSansJP-Regular'))).toBe(true);
    expect(names.some((name) => name.includes('Serif'))).toBe(false);
    expect(Font.getRegisteredFontFamilies()).toEqual(before);
  });

  test('a font path that does not exist is refused with a fix', SLOW, async () => {
    await expect(renderPdf(minimal, { fonts: { serif: { normal: '/nowhere/font.ttf' } } })).rejects.toThrow(
      'font file "/nowhere/font.ttf" does not exist',
    );
  });

  test('two renders at the same time keep their own fonts', SLOW, async () => {
    const sans = bundledFonts().sans.normal;
    const [gothic, mincho] = await Promise.all([
      renderPdf(minimal, { fonts: { serif: { normal: sans } } }),
      renderPdf(minimal),
    ]);
    expect(pdfFonts(gothic).some((font) => font.name.includes('NotoSerifJP-Regular'))).toBe(false);
    expect(pdfFonts(mincho).some((font) => font.name.includes('NotoSerifJP-Regular'))).toBe(true);
  });
});

describe.skipIf(!tools)('emphasis', () => {
  test('is italic in Latin-script articles and Gothic in Japanese ones', SLOW, async () => {
    const paragraph = (text: string) => ({
      type: 'paragraph' as const,
      children: [{ type: 'emphasis' as const, children: [{ type: 'text' as const, value: text }] }],
    });
    const english = parseArticle({
      ...minimal,
      meta: { ...minimal.meta, language: 'en' },
      children: [paragraph('stress')],
    });
    const japanese = parseArticle({ ...minimal, children: [paragraph('強調')] });
    expect(pdfFonts(await renderPdf(english)).some((font) => font.name.includes('SourceSerif4-Italic'))).toBe(
      true,
    );
    const fonts = pdfFonts(await renderPdf(japanese)).map((font) => font.name);
    expect(fonts.some((name) => name.includes('SourceSerif4-Italic'))).toBe(false);
    expect(fonts.some((name) => name.includes('NotoSansJP-Regular'))).toBe(true);
  });
});

describe.skipIf(!tools)('theme and handlers', () => {
  test('a larger base size sets more pages', SLOW, async () => {
    const flagship = loadCases().at(-2)!.article;
    const pages = async (baseSize: number) =>
      Number(pdfInfo(await renderPdf(flagship, { theme: { baseSize } })).Pages);
    expect(await pages(14)).toBeGreaterThan(await pages(9));
  });

  test('a handler override replaces one node type and keeps the rest', SLOW, async () => {
    const pdf = await renderPdf(fixture('003-term-list'), {
      handlers: {
        paragraph: (node, ctx) =>
          defaultHandlers.paragraph(
            { ...node, children: [{ type: 'text', value: '【差し替え】' }, ...node.children] },
            ctx,
          ),
      },
    });
    const text = pdfToText(pdf);
    expect(text).toContain('【差し替え】');
    expect(text).toContain('抑止力');
  });

  test('an article with a node type the schema lacks is refused with its JSON path', SLOW, async () => {
    const article = { ...minimal, children: [{ type: 'table', rows: [] } as never] };
    await expect(renderPdf(article)).rejects.toThrow(InputError);
    await expect(renderPdf(article)).rejects.toThrow(/children\[0\]\.type: node type "table" is not allowed/);
  });

  test('a node type without a handler goes to the unknown handler, which throws', SLOW, async () => {
    // Handlers may render nodes of their own making; one no handler knows reaches `unknown`.
    const handlers = {
      paragraph: (_node: unknown, ctx: RenderContext) => ctx.block({ type: 'table' } as never, []),
    };
    await expect(renderPdf(minimal, { handlers })).rejects.toThrow('no PDF handler for node type "table"');
  });

  test("the unknown handler's error names the node's JSON path, block or inline", SLOW, async () => {
    const block = {
      paragraph: (_node: unknown, ctx: RenderContext) =>
        ctx.block({ type: 'table' } as never, [...ctx.path, 'extra']),
    };
    await expect(renderPdf(minimal, { handlers: block })).rejects.toThrow(
      /no PDF handler for node type "table" at children\[\d+\]\.extra:/,
    );
    const inline = {
      paragraph: (_node: unknown, ctx: RenderContext) => {
        ctx.runs([{ type: 'ruby' } as never], [...ctx.path, 'children'], ctx.serif());
        return null;
      },
    };
    await expect(renderPdf(minimal, { handlers: inline })).rejects.toThrow(
      /no PDF handler for node type "ruby" at children\[\d+\]\.children\[0\]:/,
    );
  });

  test('an article that was never validated is refused like parseArticle refuses it', SLOW, async () => {
    const article = { ...minimal, meta: { ...minimal.meta, published: 'yesterday' } };
    const error = await renderPdf(article).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((problem) => problem.path)).toEqual(['meta.published']);
  });
});
