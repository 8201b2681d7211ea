import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Edition } from '@kiji/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toEditionEpub } from '../src/index.js';
import { openEpub } from './support/archive.js';
import { examples, fixture } from './support/articles.js';
import { epubcheck, hasEpubcheck } from './support/epubcheck.js';

const FIXED = new Date('2025-10-29T00:00:00Z');

/** The two examples and fixtures, one of them twice: the same ids in two articles. */
function sampleEdition(): Edition {
  const [summit, eu] = examples();
  return {
    meta: {
      title: '朝のブリーフィング',
      subtitle: '日米首脳会談と欧州のAI規制',
      date: '2025-10-29',
      language: 'ja',
      number: 3,
      publisher: { name: 'Kiji 編集部' },
    },
    articles: [
      { article: summit!.article, baseDir: summit!.baseDir, section: '政治' },
      { article: eu!.article, baseDir: eu!.baseDir, section: '国際' },
      { article: fixture('006').article, section: '国際' },
      { article: fixture('009').article },
      { article: fixture('009').article },
    ],
  };
}

/** The navigation document's entries as `depth title -> href`. */
function navEntries(nav: string): string[] {
  const toc = nav.slice(nav.indexOf('<nav epub:type="toc"'), nav.indexOf('</nav>'));
  const entries: string[] = [];
  let depth = 0;
  for (const match of toc.matchAll(/<(\/?)ol>|<a href="([^"]+)">([^<]*)<\/a>/g)) {
    if (match[1] === '' && match[0] === '<ol>') depth += 1;
    else if (match[1] === '/') depth -= 1;
    else if (match[2]) entries.push(`${depth} ${match[3]} -> ${match[2]}`);
  }
  return entries;
}

describe('toEditionEpub', () => {
  const edition = sampleEdition();
  const books = new Map<string, Uint8Array>();
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiji-edition-'));
    for (const vertical of [false, true]) {
      books.set(
        vertical ? 'vertical' : 'horizontal',
        await toEditionEpub(edition, { vertical, modified: FIXED }),
      );
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test.skipIf(!hasEpubcheck())('passes epubcheck horizontally and vertically', async () => {
    const files: string[] = [];
    for (const [name, bytes] of books) {
      const file = join(dir, `${name}.epub`);
      await writeFile(file, bytes);
      files.push(file);
    }
    const results = await epubcheck(files);
    for (const file of files) {
      const result = results.get(file);
      expect(result, file).toBeDefined();
      expect(result!.messages).toEqual([]);
      expect(result!.fatals + result!.errors + result!.warnings).toBe(0);
    }
  });

  test('the navigation lists every article, then its sections and endnotes, in order', async () => {
    const epub = await openEpub(books.get('horizontal')!);
    const entries = navEntries(await epub.text('OEBPS/toc.xhtml'));
    const articles = entries.filter((entry) => entry.startsWith('1 '));
    expect(articles).toEqual([
      `1 ${edition.articles[0]!.article.meta.title} -> a1-text.xhtml`,
      '1 The EU AI Act enters into force -> a2-text.xhtml',
      '1 章と節の構成 -> a3-text.xhtml',
      '1 注と読者コメント -> a4-text.xhtml',
      '1 注と読者コメント -> a5-text.xhtml',
      '1 奥付 -> colophon.xhtml',
    ]);
    expect(entries).toContain('2 1　対面外交が映した両首脳の距離感 -> a1-text.xhtml#a1-sec-1');
    expect(entries).toContain('3 1.1　安倍元首相が残したものと高市首相の役割 -> a1-text.xhtml#a1-sec-1-1');
    expect(entries).toContain('2 Sources -> a2-endnotes.xhtml#a2-sources');
    const third = entries.slice(
      entries.indexOf('1 章と節の構成 -> a3-text.xhtml') + 1,
      entries.indexOf('1 注と読者コメント -> a4-text.xhtml'),
    );
    expect(third.map((entry) => entry.replace(/ -> .*/, ''))).toEqual([
      '2 1　第一の章',
      '3 第一章の節',
      '2 2　第二の章',
      '3 2.1　第二章の節',
      '2 番号のない章',
      '2 結論',
    ]);
    expect(await epub.text('OEBPS/toc.xhtml')).toMatch(
      /epub:type="landmarks"[\s\S]*href="cover.xhtml"[\s\S]*href="a1-text.xhtml"/,
    );
  });

  test('each article keeps its own endnotes: the same ids in two articles stay apart', async () => {
    const epub = await openEpub(books.get('horizontal')!);
    for (const n of [4, 5]) {
      const text = await epub.text(`OEBPS/a${n}-text.xhtml`);
      const notes = await epub.text(`OEBPS/a${n}-endnotes.xhtml`);
      const refs = [...text.matchAll(/href="a(\d)-endnotes\.xhtml#([^"]+)"/g)];
      expect(refs.length).toBeGreaterThan(0);
      for (const [, article, id] of refs) {
        expect(article).toBe(String(n));
        expect(notes).toContain(`id="${id}"`);
      }
    }
  });

  test('the cover is the edition: title, number, date and the articles by section', async () => {
    const epub = await openEpub(books.get('horizontal')!);
    const cover = await epub.text('OEBPS/cover.xhtml');
    for (const text of ['朝のブリーフィング', '第3号', '2025年10月29日', 'Kiji 編集部', '政治', '国際']) {
      expect(cover).toContain(text);
    }
    expect(cover).toContain('<a href="a2-text.xhtml">The EU AI Act enters into force</a>');
    const opf = await epub.text('OEBPS/content.opf');
    expect(opf).toContain('<dc:title id="title">朝のブリーフィング</dc:title>');
    expect(opf).toContain('<dc:date>2025-10-29</dc:date>');
    // Each article opens with its own masthead.
    expect(await epub.text('OEBPS/a2-text.xhtml')).toMatch(
      /class="kiji-masthead"[\s\S]*The EU AI Act enters into force/,
    );
  });

  test('the same edition gives the same bytes; vertical is another book', async () => {
    const again = await toEditionEpub(edition, { modified: FIXED });
    expect(Buffer.from(again).equals(Buffer.from(books.get('horizontal')!))).toBe(true);
    const opf = (bytes: Uint8Array) => openEpub(bytes).then((epub) => epub.text('OEBPS/content.opf'));
    const id = (text: string) => /<dc:identifier id="pub-id">([^<]+)/.exec(text)?.[1];
    expect(id(await opf(books.get('vertical')!))).not.toBe(id(await opf(books.get('horizontal')!)));
    expect(await opf(books.get('vertical')!)).toContain('page-progression-direction="rtl"');
  });
});
