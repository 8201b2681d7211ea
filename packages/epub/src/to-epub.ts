import type { Article } from '@kiji/core';
import { buildPublication } from './build-publication.js';
import type { EpubOptions } from './options.js';
import { finishArchive } from './steps/finish-archive.js';
import { generateArchive } from './steps/generate-archive.js';

/**
 * Render an article as an EPUB 3 file: cover page from the masthead (and `cover` image), the
 * text with a nested navigation document, sources and notes as endnotes with back-links, reader
 * comments, a colophon; horizontal or vertical (`vertical`), with fonts embedded on request
 * (`embedFonts`). The same article and options always give the same bytes.
 */
export function toEpub(article: Article, options: EpubOptions = {}): Promise<Uint8Array> {
  return articlesToEpub([article], options);
}

/**
 * The pipeline behind `toEpub`, for one article or several (the groundwork of multi-article
 * editions: the first article's metadata and masthead stand for the whole book for now).
 */
export async function articlesToEpub(
  articles: readonly Article[],
  options: EpubOptions = {},
): Promise<Uint8Array> {
  const warn = options.onWarning ?? (() => {});
  const publication = await buildPublication(articles, options);
  const zip = await generateArchive(publication, warn);
  return finishArchive(zip, publication.modifiedDate);
}
