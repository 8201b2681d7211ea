import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { bundledFonts } from '@kiji/fonts';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { toEpub } from '../src/index.js';
import { openEpub } from './support/archive.js';
import { examples, fixture, type NamedArticle } from './support/articles.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const flagship = (): NamedArticle =>
  examples().find((example) => example.name === 'summit-2025') ?? fixture('011');

/** The text a reader sees in an XHTML document (tags removed, entities decoded). */
const visibleText = (xhtml: string) =>
  xhtml
    .replace(/^[\s\S]*?<body[^>]*>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('embedded fonts', () => {
  it('embeds the Noto faces cut down to the characters used, with their licence, under 1 MB', async () => {
    const { article, baseDir } = flagship();
    expect(examples().map((example) => example.name)).toContain('summit-2025');
    const bytes = await toEpub(article, { embedFonts: true, vertical: true, root: baseDir });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const epub = await openEpub(bytes);
    const opf = await epub.text('OEBPS/content.opf');
    const fonts = [
      ...opf.matchAll(/<item id="(font-\d+)" href="(fonts\/[^"]+\.ttf)" media-type="font\/ttf"\/>/g),
    ].map((m) => m[2]!);
    expect(fonts).toEqual([
      'fonts/NotoSerifJP-Regular.ttf',
      'fonts/NotoSerifJP-Bold.ttf',
      'fonts/NotoSansJP-Regular.ttf',
      'fonts/NotoSansJP-Bold.ttf',
    ]);
    expect(opf).toContain('<meta property="ibooks:specified-fonts">true</meta>');
    const css = await epub.text('OEBPS/style.css');
    expect(css).toMatch(
      /@font-face \{\s*font-family: "Noto Serif JP";\s*src: url\("fonts\/NotoSerifJP-Regular\.ttf"\) format\("truetype"\);\s*font-weight: 400;/,
    );

    // Every character of the text has a glyph in the subset, which is far smaller than the font.
    const text = visibleText(await epub.text('OEBPS/text.xhtml'));
    const subset = fontkit.create(
      Buffer.from(await epub.zip.file('OEBPS/fonts/NotoSerifJP-Regular.ttf')!.async('uint8array')),
    ) as fontkit.Font;
    const original = fontkit.openSync(fileURLToPath(bundledFonts.serif.normal.url)) as fontkit.Font;
    const missing = [...new Set(text.replace(/\s/g, ''))].filter(
      (char) => !subset.hasGlyphForCodePoint(char.codePointAt(0)!),
    );
    expect(missing.filter((char) => original.hasGlyphForCodePoint(char.codePointAt(0)!))).toEqual([]);
    expect(subset.numGlyphs).toBeLessThan(original.numGlyphs / 5);
    // Vertical forms stay: the subset keeps the `vert` feature for brackets and the long vowel mark.
    expect(subset.availableFeatures).toContain('vert');

    const colophon = await epub.text('OEBPS/colophon.xhtml');
    expect(colophon).toContain('Noto Serif JP、Noto Sans JP');
    expect(colophon).toContain('href="fonts-license.xhtml"');
    const license = await epub.text('OEBPS/fonts-license.xhtml');
    expect(license).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(license).not.toContain('kiji-vertical');
  });

  it('writes WOFF2 on request, smaller than TrueType', async () => {
    const { article } = fixture('009');
    const ttf = await openEpub(await toEpub(article, { embedFonts: true }));
    const woff2 = await openEpub(await toEpub(article, { embedFonts: true, fontFormat: 'woff2' }));
    expect(await woff2.text('OEBPS/content.opf')).toContain(
      'href="fonts/NotoSerifJP-Regular.woff2" media-type="font/woff2"',
    );
    expect(await woff2.text('OEBPS/style.css')).toContain(
      'src: url("fonts/NotoSerifJP-Regular.woff2") format("woff2");',
    );
    const size = async (epub: typeof ttf, name: string) =>
      (await epub.zip.file(name)!.async('uint8array')).length;
    expect(await size(woff2, 'OEBPS/fonts/NotoSerifJP-Regular.woff2')).toBeLessThan(
      await size(ttf, 'OEBPS/fonts/NotoSerifJP-Regular.ttf'),
    );
    // @ts-expect-error: a format that does not exist
    await expect(toEpub(article, { embedFonts: true, fontFormat: 'otf' })).rejects.toThrow(
      /fontFormat: "otf" is not a font format/,
    );
  });

  it('declares the faces under the Latin names too, so English text uses them', async () => {
    const epub = await openEpub(await toEpub(fixture('010').article, { embedFonts: true }));
    const css = await epub.text('OEBPS/style.css');
    expect(css).toMatch(/font-family: "Noto Serif";\s*src: url\("fonts\/NotoSerifJP-Regular\.ttf"\)/);
    expect(css).toMatch(/font-family: "Noto Sans";\s*src: url\("fonts\/NotoSansJP-Bold\.ttf"\)/);
    expect(css).toMatch(/:not\(:lang\(ja\)\)[^{]*\{\s*font-family: "Noto Serif",/);
  });

  it('gives the same bytes twice', async () => {
    const { article } = fixture('009');
    const [first, second] = [
      await toEpub(article, { embedFonts: true }),
      await toEpub(article, { embedFonts: true }),
    ];
    expect(sha256(first)).toBe(sha256(second));
  });

  it('embeds custom font files under their own name and the name of their role', async () => {
    const serif = fileURLToPath(bundledFonts.serif.normal.url);
    const epub = await openEpub(
      await toEpub(fixture('001').article, { fonts: [{ family: 'House Mincho', data: serif }] }),
    );
    const css = await epub.text('OEBPS/style.css');
    expect(css).toContain('font-family: "House Mincho";');
    expect(css).toMatch(/font-family: "Noto Serif JP";\s*src: url\("fonts\/font-1\.ttf"\)/);
    expect(epub.names).not.toContain('OEBPS/fonts-license.xhtml');
    expect(await epub.text('OEBPS/colophon.xhtml')).toContain('House Mincho');
    await expect(
      toEpub(fixture('001').article, { fonts: [{ family: 'Missing', data: '/nonexistent.ttf' }] }),
    ).rejects.toThrow(/nonexistent\.ttf: cannot read the font file/);
  });
});
