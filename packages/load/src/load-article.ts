import { checkArticleSize, checkInputBytes, checkInputSize } from '@kiji/core';
import { decodeHtml } from '@kiji/import-html';
import type { ArticleFormat } from './formats.js';
import { formatOf } from './formats.js';
import { readHtml } from './readers/html.js';
import { readJson } from './readers/json.js';
import { readMarkdown } from './readers/markdown.js';
import { readText } from './readers/text.js';
import type { ArticleReader, LoadOptions, LoadResult } from './types.js';

/** One reader per format (every importer loaded; see `@kiji/load/lazy` for one at a time). */
export const articleReaders: Readonly<Record<ArticleFormat, ArticleReader>> = {
  json: readJson,
  markdown: readMarkdown,
  text: readText,
  html: readHtml,
};

/**
 * Read an article from text, choosing the format by the extension of `name`: `.json` (the
 * model as JSON), `.md` / `.markdown` (Kiji Markdown), `.txt` (scraped page text, imported
 * with guesses reported as warnings) or `.html` / `.htm` (a saved web page, already decoded;
 * see {@link loadArticleBytes} for its bytes). Throws `InputError` for bad input, with the problems'
 * places and `name` as the file, and for input over the limits (text over 5 MB, more than
 * 20,000 blocks unless `options.limits` says otherwise). Uses no file system: safe in a browser.
 */
export function loadArticleText(text: string, name: string, options: LoadOptions = {}): LoadResult {
  const format = formatOf(name);
  checkInputSize(text, options.limits, name, options.limitNames);
  const result = articleReaders[format](text, name, options);
  checkArticleSize(result.article, options.limits, name, options.limitNames);
  return result;
}

/**
 * Read an article from a file's bytes: a saved web page (`.html`, `.htm`) in the encoding its
 * byte order mark or `<meta charset>` declares (UTF-8, Shift_JIS or EUC-JP; others are refused),
 * every other format as UTF-8. Otherwise as {@link loadArticleText}. Uses no file system.
 */
export function loadArticleBytes(bytes: Uint8Array, name: string, options: LoadOptions = {}): LoadResult {
  const format = formatOf(name);
  checkInputBytes(bytes.length, options.limits, name, options.limitNames);
  const text = format === 'html' ? decodeHtml(bytes, name).text : new TextDecoder().decode(bytes);
  return loadArticleText(text, name, options);
}

/**
 * Read and validate an article file; see {@link loadArticleBytes}. A file over the size limit is
 * refused before it is read. Node only.
 */
export async function loadArticleFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  formatOf(path);
  const { readFile, stat } = await import('node:fs/promises');
  checkInputBytes((await stat(path)).size, options.limits, path, options.limitNames);
  return loadArticleBytes(await readFile(path), path, options);
}
