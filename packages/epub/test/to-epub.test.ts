import { createHash } from 'node:crypto';
import { type Article, InputError, isInputError, parseArticle } from '@kiji/core';
import { describe, expect, it } from 'vitest';
import { toEpub } from '../src/index.js';
import { articlesToEpub } from '../src/to-epub.js';
import { firstEntry, openEpub } from './support/archive.js';
import { fixture, fixtures } from './support/articles.js';

const FIXED = '2025-11-01T00:00:00Z';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const build = (article: Article, options: Parameters<typeof toEpub>[1] = {}) =>
  toEpub(article, { modified: FIXED, ...options });

/** A copy of an article with some fields changed. */
const withMeta = (article: Article, meta: Partial<Article['meta']>): Article =>
  parseArticle({ ...structuredClone(article), meta: { ...article.meta, ...meta } });

describe('archive structure', () => {
  it('starts with an uncompressed mimetype entry without extra field', async () => {
    const bytes = await build(fixture('001').article);
    const entry = firstEntry(bytes);
    expect(entry.signature).toBe(0x04034b50);
    expect(entry.name).toBe('mimetype');
    expect(entry.method).toBe(0);
    expect(entry.extraLength).toBe(0);
    expect(entry.content).toBe('application/epub+zip');
  });

  it('lists every file in the manifest and holds every manifest item', async () => {
    const epub = await openEpub(await build(fixture('008').article));
    expect(epub.names.slice(0, 3)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf']);
    expect(epub.names.filter((name) => name.endsWith('/'))).toEqual([]);
    const opf = await epub.text('OEBPS/content.opf');
    const hrefs = [...opf.matchAll(/<item [^>]*href="([^"]+)"/g)].map((match) => `OEBPS/${match[1]}`);
    const files = epub.names.filter((name) => name.startsWith('OEBPS/') && name !== 'OEBPS/content.opf');
    expect([...hrefs].sort()).toEqual([...files].sort());
  });

  it('dates every zip entry with the article date', async () => {
    const epub = await openEpub(await build(fixture('001').article));
    const dates = new Set(Object.values(epub.zip.files).map((file) => file.date.toISOString()));
    expect([...dates]).toEqual([new Date(FIXED).toISOString()]);
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same article', async () => {
    for (const { article } of [fixture('009'), fixture('002')]) {
      const [first, second] = [await toEpub(article), await toEpub(article, { vertical: false })];
      expect(sha256(first)).toBe(sha256(second));
    }
  });

  it('derives the identifier from the content', async () => {
    const { article } = fixture('006');
    const identifier = async (input: Article, vertical = false) =>
      /<dc:identifier id="pub-id">([^<]+)</.exec(
        await (await openEpub(await build(input, { vertical }))).text('OEBPS/content.opf'),
      )?.[1];
    const original = await identifier(article);
    expect(original).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await identifier(article)).toBe(original);
    expect(await identifier(withMeta(article, { title: '別の題' }))).not.toBe(original);
    expect(await identifier(article, true)).not.toBe(original);
    const ncx = await (await openEpub(await build(article))).text('OEBPS/toc.ncx');
    expect(ncx).toContain(`<meta name="dtb:uid" content="${original}"/>`);
  });

  it('takes dcterms:modified from meta.updated, else meta.published, else SOURCE_DATE_EPOCH when set', async () => {
    const { article } = fixture('001');
    const modified = async (input: Article) =>
      /<meta property="dcterms:modified">([^<]+)</.exec(
        await (await openEpub(await toEpub(input))).text('OEBPS/content.opf'),
      )?.[1];
    const saved = process.env.SOURCE_DATE_EPOCH;
    delete process.env.SOURCE_DATE_EPOCH;
    try {
      expect(await modified(withMeta(article, { published: '2025-10-28' }))).toBe('2025-10-28T00:00:00Z');
      expect(await modified(withMeta(article, { updated: '2025-10-29T08:00:00+09:00' }))).toBe(
        '2025-10-28T23:00:00Z',
      );
      // An undated article gets no made-up date: refused, saying how to give one.
      // The wire story of 016 without the time it was updated: no date at all.
      const { updated: _updated, ...meta } = fixture('016').article.meta;
      const undated: Article = { ...fixture('016').article, meta };
      const refused = await toEpub(undated).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isInputError(refused)).toBe(true);
      expect((refused as InputError).problems).toEqual([
        {
          path: 'meta.published',
          message: expect.stringMatching(/no date.*dcterms:modified.*set meta\.published.*SOURCE_DATE_EPOCH/),
        },
      ]);
      expect(await modified(withMeta(undated, { published: '2025-06-05' }))).toBe('2025-06-05T00:00:00Z');
      process.env.SOURCE_DATE_EPOCH = '1767225600';
      expect(await modified(article)).toBe('2026-01-01T00:00:00Z');
      expect(await modified(undated)).toBe('2026-01-01T00:00:00Z');
      process.env.SOURCE_DATE_EPOCH = 'yesterday';
      await expect(toEpub(article)).rejects.toThrow(/SOURCE_DATE_EPOCH/);
      process.env.SOURCE_DATE_EPOCH = '99999999999999';
      await expect(toEpub(article)).rejects.toThrow(
        /SOURCE_DATE_EPOCH: "99999999999999" is not a whole number of seconds since 1970/,
      );
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});

describe('package document and navigation', () => {
  it('matches the snapshots (horizontal and vertical)', async () => {
    for (const vertical of [false, true]) {
      const epub = await openEpub(await build(fixture('006').article, { vertical }));
      const suffix = vertical ? '-vertical' : '';
      await expect(await epub.text('OEBPS/content.opf')).toMatchFileSnapshot(
        `__snapshots__/006-sections${suffix}.opf`,
      );
      await expect(await epub.text('OEBPS/toc.xhtml')).toMatchFileSnapshot(
        `__snapshots__/006-sections${suffix}.nav.xhtml`,
      );
      await expect(await epub.text('OEBPS/toc.ncx')).toMatchFileSnapshot(
        `__snapshots__/006-sections${suffix}.ncx`,
      );
    }
  });

  it('takes dc:language, xml:lang and the description from the article', async () => {
    for (const { article } of fixtures()) {
      const epub = await openEpub(await build(article));
      const opf = await epub.text('OEBPS/content.opf');
      const language = article.meta.language;
      expect(opf).toContain(`<dc:language>${language}</dc:language>`);
      expect(opf).toContain(`xml:lang="${language}"`);
      expect(opf).toMatch(/<dc:description>[^<]+<\/dc:description>/);
      for (const name of epub.names.filter(
        (entry) => entry.endsWith('.xhtml') && !entry.includes('license'),
      )) {
        expect(await epub.text(name), name).toContain(`xml:lang="${language}" lang="${language}"`);
      }
    }
  });

  it('nests the navigation by section and subsection, linking to anchors that exist', async () => {
    const epub = await openEpub(await build(fixture('006').article));
    const nav = await epub.text('OEBPS/toc.xhtml');
    const text = await epub.text('OEBPS/text.xhtml');
    expect(nav).toMatch(
      /<li><a href="text\.xhtml#sec-1">1　第一の章<\/a>\s*<ol>\s*<li><a href="text\.xhtml#sec-1-1">第一章の節<\/a><\/li>/,
    );
    for (const [, file, id] of nav.matchAll(/href="([^"#]+)#([^"]+)"/g)) {
      expect(await epub.text(`OEBPS/${file}`), `${file}#${id}`).toContain(`id="${id}"`);
    }
    expect(text).toContain('id="sec-2-1"');
  });
});

describe('content', () => {
  it('escapes article text and drops unsafe links (fixture 012)', async () => {
    const warnings: string[] = [];
    const epub = await openEpub(
      await build(fixture('012').article, {
        onWarning: ({ path, message }) => warnings.push(`${path}: ${message}`),
      }),
    );
    const documents = await Promise.all(epub.names.filter((name) => name.endsWith('.xhtml')).map(epub.text));
    const all = documents.join('\n');
    expect(all).not.toMatch(/<script[\s>/]/i);
    expect(all).not.toMatch(/href="\s*(javascript|data):/i);
    // Markup characters in text are character references (`<` and `>` both, for XML).
    expect(all).toContain('&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;');
    expect(all).toContain('&#x3C;/blockquote&#x3E;&#x3C;script&#x3E;x&#x3C;/script&#x3E;');
    expect(all).toContain('&#x26; と &#x3C; と &#x3E; と "二重"');
    // No raw "<" inside an attribute value (XML forbids it).
    expect(all).not.toMatch(/="[^"]*<[^"]*"/);
    expect(all).toContain('<a href="mailto:desk@example.com">');
    expect(warnings.some((message) => message.includes('javascript:alert(1)'))).toBe(true);
    expect(warnings.some((message) => message.startsWith('sources[0].url'))).toBe(true);
  });

  it('drops characters XML cannot hold, everywhere', async () => {
    const article = parseArticle({
      type: 'article',
      schemaVersion: 1,
      meta: { title: 'ベル\u0007と\uFFFE', language: 'ja', published: '2025-10-28', tags: ['タグ\u0001'] },
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A\u0001B\u000bC' }] }],
      sources: [],
    });
    const epub = await openEpub(await build(article));
    for (const name of epub.names.filter((entry) => /\.(xhtml|opf|ncx)$/.test(entry))) {
      const text = await epub.text(name);
      for (const char of ['\u0001', '\u0007', '\u000b', '\uFFFE'])
        expect(text.includes(char), name).toBe(false);
      expect(text, name).not.toMatch(/&#x?0*(1|7|b|11|fffe|65534);/i);
    }
    expect(await epub.text('OEBPS/text.xhtml')).toContain('ABC');
  });

  it('writes Japanese as UTF-8 characters, never numeric character references', async () => {
    const epub = await openEpub(await build(fixture('013').article));
    for (const name of epub.names.filter((entry) => /\.(xhtml|opf|ncx)$/.test(entry))) {
      const text = await epub.text(name);
      expect(text, name).not.toMatch(/&#(x[0-9a-f]{3,}|[0-9]{4,});/i);
      expect(text, name).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('puts sources in endnotes with a back-link to every citation', async () => {
    const epub = await openEpub(await build(fixture('002').article));
    const text = await epub.text('OEBPS/text.xhtml');
    const endnotes = await epub.text('OEBPS/endnotes.xhtml');
    const citations = [
      ...text.matchAll(
        /<a class="kiji-cite" href="endnotes\.xhtml#([^"]+)" id="([^"]+)"[^>]*epub:type="noteref"/g,
      ),
    ];
    expect(citations.length).toBeGreaterThan(0);
    for (const [, target, id] of citations) {
      expect(endnotes).toContain(`id="${target}"`);
      expect(endnotes).toContain(`href="text.xhtml#${id}"`);
    }
    expect(endnotes).toContain('epub:type="endnotes"');
    expect(endnotes).toMatch(/<li id="[^"]+" epub:type="endnote">/);
    expect(endnotes).toContain('epub:type="backlink"');
  });

  it('keeps notes and comments, linked both ways', async () => {
    const epub = await openEpub(await build(fixture('009').article));
    const text = await epub.text('OEBPS/text.xhtml');
    const endnotes = await epub.text('OEBPS/endnotes.xhtml');
    const comments = await epub.text('OEBPS/comments.xhtml');
    const [, target, id] = /href="endnotes\.xhtml#([^"]+)" id="([^"]+)"/.exec(text) ?? [];
    expect(endnotes).toContain(`id="${target}"`);
    expect(endnotes).toContain(`href="text.xhtml#${id}"`);
    expect(endnotes).toContain('赤坂離宮とも呼ばれる。');
    expect(comments).toContain('わかりやすい解説でした。');
    const nav = await epub.text('OEBPS/toc.xhtml');
    expect(nav).toContain('href="endnotes.xhtml#notes"');
    expect(nav).toContain('href="comments.xhtml"');
  });

  it('builds the cover page from the masthead, with the cover image when given', async () => {
    const png = Uint8Array.from(
      Buffer.from(
        fixture('008')
          .article.children.flatMap((node) => (node.type === 'figure' ? [node.src] : []))[0]!
          .split(',')[1]!,
        'base64',
      ),
    );
    const { article } = fixture('006');
    const plain = await openEpub(await build(article));
    const cover = await plain.text('OEBPS/cover.xhtml');
    expect(cover).toContain('<header class="kiji-masthead">');
    expect(cover).toContain(article.meta.title);
    expect(plain.names.some((name) => /cover\.(png|jpg)$/.test(name))).toBe(false);
    const withImage = await openEpub(await build(article, { cover: png }));
    expect(await withImage.text('OEBPS/content.opf')).toContain(
      '<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>',
    );
    expect(await withImage.text('OEBPS/cover.xhtml')).toMatch(/<img src="cover\.png" alt="表紙：[^"]+" \/>/);
    expect(withImage.names).toContain('OEBPS/cover.png');
    await expect(build(article, { cover: new TextEncoder().encode('not an image') })).rejects.toThrow(
      /cover image is not PNG, JPEG, GIF or SVG/,
    );
    await expect(build(article, { cover: '/nonexistent/cover.jpg' })).rejects.toThrow(
      /cover image: file "\/nonexistent\/cover.jpg" does not exist/,
    );
  });

  it('embeds figure images and warns about those it cannot embed', async () => {
    const epub = await openEpub(await build(fixture('008').article));
    expect(epub.names).toContain('OEBPS/images/image-1.png');
    expect(await epub.text('OEBPS/text.xhtml')).toContain(
      '<img src="images/image-1.png" alt="濃い青の長方形"',
    );
    const remote = structuredClone(fixture('008').article);
    const figure = remote.children.find((node) => node.type === 'figure')!;
    if (figure.type === 'figure') figure.src = 'https://example.com/photo.jpg';
    const warnings: string[] = [];
    const other = await openEpub(
      await build(remote, { onWarning: ({ path, message }) => warnings.push(`${path}: ${message}`) }),
    );
    expect(warnings.join('\n')).toMatch(/children\[1\]\.src: .*cannot show remote images/);
    expect(other.names.some((name) => name.includes('images/'))).toBe(false);
    if (figure.type === 'figure') figure.src = 'javascript:alert(1)';
    const once: string[] = [];
    await build(remote, { onWarning: ({ path, message }) => once.push(`${path}: ${message}`) });
    expect(once).toEqual([expect.stringMatching(/^children\[1\]\.src: image ".*" is not shown/)]);
    if (figure.type === 'figure') figure.src = 'file:///etc/passwd';
    await expect(build(remote)).rejects.toThrow(
      /children\[1\]\.src: "file:\/\/\/etc\/passwd" is a file: URL/,
    );
    expect(await other.text('OEBPS/text.xhtml')).toContain(
      '<p class="kiji-missing-image">濃い青の長方形</p>',
    );
  });
});

describe('vertical edition', () => {
  it('turns the pages right to left and sets the text vertical-rl', async () => {
    const epub = await openEpub(await build(fixture('006').article, { vertical: true }));
    expect(await epub.text('OEBPS/content.opf')).toContain(
      '<spine toc="ncx" page-progression-direction="rtl">',
    );
    expect(await epub.text('OEBPS/text.xhtml')).toMatch(/<html [^>]*class="kiji-vertical"/);
    const css = await epub.text('OEBPS/style.css');
    expect(css).toMatch(/html\.kiji-vertical \{\s*writing-mode: vertical-rl;/);
    expect(css).toContain('text-combine-upright: all');
    expect(css).toContain('-epub-writing-mode: vertical-rl;');
    expect(css).toContain('-epub-text-combine: horizontal;');
    expect(css).not.toMatch(
      /margin-(left|right|top|bottom)\s*:|padding-(left|right|top|bottom)\s*:|border-(left|right)\s*:/,
    );
  });

  it('sets one- and two-digit numbers upright (縦中横), also on Kiji’s own pages', async () => {
    const { article } = fixture('009');
    const epub = await openEpub(await build(article, { vertical: true }));
    expect(await epub.text('OEBPS/cover.xhtml')).toContain(
      '<span class="kiji-tcy">10</span>月<span class="kiji-tcy">28</span>日',
    );
    expect(await epub.text('OEBPS/colophon.xhtml')).toContain(
      '<span class="kiji-tcy">10</span>月<span class="kiji-tcy">28</span>日',
    );
    const horizontal = await openEpub(await build(article));
    expect(await horizontal.text('OEBPS/colophon.xhtml')).not.toContain('kiji-tcy');
  });
});

describe('fonts', () => {
  it('embeds no font by default', async () => {
    const epub = await openEpub(await build(fixture('001').article));
    expect(epub.names.filter((name) => name.includes('fonts/'))).toEqual([]);
    expect(await epub.text('OEBPS/style.css')).not.toContain('@font-face');
  });
});

describe('several articles (groundwork for editions)', () => {
  it('gives each article its own documents and ids, linked and nested in the navigation', async () => {
    const epub = await openEpub(
      await articlesToEpub([fixture('002').article, fixture('009').article], { modified: FIXED }),
    );
    for (const name of [
      'a1-cover.xhtml',
      'a1-text.xhtml',
      'a1-endnotes.xhtml',
      'a2-text.xhtml',
      'a2-endnotes.xhtml',
      'a2-comments.xhtml',
    ]) {
      expect(epub.names).toContain(`OEBPS/${name}`);
    }
    expect(epub.names).not.toContain('OEBPS/a2-cover.xhtml');
    const nav = await epub.text('OEBPS/toc.xhtml');
    expect(nav).toMatch(
      /<li><a href="a2-text\.xhtml">注と読者コメント<\/a>\s*<ol>[\s\S]*href="a2-endnotes\.xhtml#a2-notes"[\s\S]*href="a2-comments\.xhtml"/,
    );
    const text = await epub.text('OEBPS/a2-text.xhtml');
    const [, target, id] = /href="a2-endnotes\.xhtml#([^"]+)" id="([^"]+)"/.exec(text) ?? [];
    expect(target).toMatch(/^a2-/);
    expect(await epub.text('OEBPS/a2-endnotes.xhtml')).toContain(`href="a2-text.xhtml#${id}"`);
  });
});

describe('validation', () => {
  it('refuses an article that was never validated like parseArticle refuses it', async () => {
    const article = fixture('001').article;
    const bad = { ...article, meta: { ...article.meta, published: 'yesterday' } };
    const error = await toEpub(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((problem) => problem.path)).toEqual(['meta.published']);
  });
});
