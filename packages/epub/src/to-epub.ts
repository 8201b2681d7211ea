import { type Article, type Edition, validArticle } from '@kiji/core';
import { articleBook, type Book, editionBook } from './book.js';
import { buildPublication } from './build-publication.js';
import type { EpubOptions } from './options.js';
import { writeArchive } from './steps/write-archive.js';

/**
 * Render an article as an EPUB 3 file: cover page from the masthead (and `cover` image), the
 * text with a nested navigation document, sources and notes as endnotes with back-links, reader
 * comments, a colophon; horizontal or vertical (`vertical`), with fonts embedded on request
 * (`embedFonts`). The same article and options always give the same bytes. An article
 * `parseArticle` did not return is validated first and refused with its `InputError`.
 */
export async function toEpub(article: Article, options: EpubOptions = {}): Promise<Uint8Array> {
  return bookToEpub(articleBook(validArticle(article)), options);
}

/**
 * Render an edition as one EPUB: the edition's cover (title, date, number, its articles by
 * section, and the `cover` image when given), a navigation document nesting every article's
 * sections, sources and comments under its title, each article with its masthead, text and own
 * endnotes (ids prefixed per article, so articles may share ids), one colophon; fonts, when
 * embedded, cut down to the characters of the whole edition.
 */
export function toEditionEpub(edition: Edition, options: EpubOptions = {}): Promise<Uint8Array> {
  return bookToEpub(editionBook(edition), options);
}

/** Several articles under the first one's metadata (kept for callers of the earlier API). */
export async function articlesToEpub(
  articles: readonly Article[],
  options: EpubOptions = {},
): Promise<Uint8Array> {
  const [first] = articles;
  if (!first) throw new Error('an EPUB needs at least one article');
  return bookToEpub(
    {
      ...articleBook(validArticle(first)),
      articles: articles.map((article) => ({ article: validArticle(article) })),
    },
    options,
  );
}

async function bookToEpub(book: Book, options: EpubOptions): Promise<Uint8Array> {
  return writeArchive(await buildPublication(book, options));
}
