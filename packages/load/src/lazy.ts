// The loader without its importers: each format's reader (and the HTML decoder) is imported the
// first time it is asked for, so a program that reads JSON never loads the Markdown, text and
// HTML importers (about 300 ms of a command-line start).
import type { DecodedHtml } from '@kiji/import-html';
import type { ArticleFormat } from './formats.js';
import type { ArticleReader } from './types.js';

export { formatWarning } from './format-warning.js';
export { ARTICLE_EXTENSIONS, type ArticleFormat, extensionOf, formatOf } from './formats.js';
export type { ArticleReader, LoadOptions, LoadResult, LoadWarning } from './types.js';

/** The reader of one format, as in `articleReaders`, with only its importer loaded. */
export async function loadReader(format: ArticleFormat): Promise<ArticleReader> {
  switch (format) {
    case 'json':
      return (await import('./readers/json.js')).readJson;
    case 'markdown':
      return (await import('./readers/markdown.js')).readMarkdown;
    case 'text':
      return (await import('./readers/text.js')).readText;
    case 'html':
      return (await import('./readers/html.js')).readHtml;
  }
}

/** `decodeHtml` (a saved page's bytes in the encoding it declares), loaded on demand. */
export async function loadHtmlDecoder(): Promise<(bytes: Uint8Array, file?: string) => DecodedHtml> {
  return (await import('./readers/html.js')).decodeHtml;
}
