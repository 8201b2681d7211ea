import type { Article } from '@kiji/core';

/**
 * The EPUB as `kiji render --epub` makes it (without embedded fonts, as the command's default),
 * made here in the worker by `@kiji/epub`'s browser build. Loaded on first use.
 */
export async function renderEpubBytes(article: Article, vertical: boolean): Promise<Uint8Array> {
  const { toEpub } = await import('@kiji/epub');
  return toEpub(article, { vertical });
}
