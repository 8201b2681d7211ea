import type { Article } from '@kiji/core';

/**
 * The EPUB as `kiji render --epub --embed-fonts` makes it, made here in the worker by
 * `@kiji/epub`'s browser build: the Noto faces the preview shows, cut down to the characters the
 * book uses by HarfBuzz in WebAssembly, so the book reads as the preview looks on any reader.
 * Loaded on first use.
 */
export async function renderEpubBytes(article: Article, vertical: boolean): Promise<Uint8Array> {
  const { toEpub } = await import('@kiji/epub');
  return toEpub(article, { vertical, embedFonts: true });
}
