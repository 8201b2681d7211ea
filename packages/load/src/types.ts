import type { Article, InputLimits, LimitNames } from '@kiji/core';
import type { ImportHtmlOptions } from '@kiji/import-html';
import type { ImportTextOptions } from '@kiji/import-text';

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
