import {
  type Article,
  checkArticleSize,
  checkInputBytes,
  checkInputSize,
  type InputLimits,
  type LimitNames,
  parseArticle,
  parseJsonText,
} from '@kiji/core';
import { decodeHtml, type ImportHtmlOptions, importHtml } from '@kiji/import-html';
import { type ImportTextOptions, importText } from '@kiji/import-text';
import { parseMarkdownWithPlaces } from '@kiji/markdown';
import { type ArticleFormat, formatOf } from './formats.js';

/** Something a loader guessed or dropped while reading; the article is still valid. */
export interface LoadWarning {
  /** What happened, in words a user can act on. */
  message: string;
  /** 1-based line of the input, when known. */
  line?: number;
  /** A short machine-readable kind, e.g. `"boilerplate"`, when the reader gives one. */
  code?: string;
}

/** A loaded, validated article and the warnings met on the way. */
export interface LoadResult {
  /** The article; it has passed `parseArticle`. */
  article: Article;
  /** Guesses and dropped text (plain-text import), Markdown read as plain characters. */
  warnings: LoadWarning[];
  /**
   * Where a node starts in the input, by JSON path (`children[2].children[0]`), for formats that
   * record it (Markdown); lint findings and the preview use it to point into the file.
   */
  locate?: (path: string) => { line: number; column: number } | undefined;
}

/** Reads one format's text into an article; `name` is used in messages. */
export type ArticleReader = (text: string, name: string, options?: LoadOptions) => LoadResult;

/** One reader per format. */
export const articleReaders: Readonly<Record<ArticleFormat, ArticleReader>> = {
  json: (text, name) => ({ article: parseArticle(parseJsonText(text, name), name), warnings: [] }),
  markdown(text, name) {
    const { article, locate, warnings } = parseMarkdownWithPlaces(text, { file: name });
    return {
      article,
      warnings: warnings.map(({ message, line, code }) => ({ message, line, code })),
      locate,
    };
  },
  text(text, name, options) {
    const { article, warnings } = importText(text, { ...options?.text, file: name });
    return {
      article,
      warnings: warnings.map(({ message, line, code }) => ({
        message,
        code,
        ...(line !== undefined ? { line } : {}),
      })),
    };
  },
  html(text, name, options) {
    const { article, warnings } = importHtml(text, { ...options?.html, file: name });
    return { article, warnings: warnings.map(({ message, code }) => ({ message, code })) };
  },
};

/** Options of {@link loadArticleText} and {@link loadArticleFile}. */
export interface LoadOptions {
  /** Options for `.txt` import (`smartQuotes`, `normalizeWidth`, `published`, `language`). */
  text?: Omit<ImportTextOptions, 'file'>;
  /** Options for `.html` import (`published`, `language`, `outlets`). */
  html?: Omit<ImportHtmlOptions, 'file'>;
  /** Input size limits; `DEFAULT_LIMITS` of `@kiji/core` (5 MB, 20,000 blocks) when absent. */
  limits?: InputLimits;
  /** How the caller's users raise a limit, named in the message (e.g. `--max-input`). */
  limitNames?: LimitNames;
}

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

/** `file:line: warning: message`, the way compilers print warnings. */
export function formatWarning(warning: LoadWarning, file: string): string {
  return `${file}${warning.line !== undefined ? `:${warning.line}` : ''}: warning: ${warning.message}`;
}
