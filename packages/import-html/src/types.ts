import type { Article, Meta, SourceKind } from '@kiji/core';
import type { ImportWarningCode } from '@kiji/import-text';

/**
 * Why the HTML importer reports: the text importer's codes, plus where a metadata field came
 * from and what of the page's markup was not carried over.
 */
export type HtmlImportWarningCode =
  | ImportWarningCode
  | 'metadata'
  | 'comments'
  | 'figure'
  | 'relative-link'
  | 'unattributed-quote'
  | 'extractor'
  | 'video';

/** Something the importer read, dropped or could not do; the text importer's report shape. */
export interface HtmlImportWarning {
  /** 1-based line of the input, when the event has one. */
  line?: number;
  /** What happened, in words a user can act on. */
  message: string;
  /** The kind of event. */
  code: HtmlImportWarningCode;
}

/** A site whose links become sources: its host name, the outlet it stands for, what it serves. */
export interface OutletHost {
  /** Host name; `example.com` also matches `www.example.com` and `news.example.com`. */
  host: string;
  /** The outlet as it is cited, e.g. `"毎日新聞"`, `"YouTube"`. */
  outlet: string;
  /** `video` for video sites; default `article`. */
  kind?: Extract<SourceKind, 'article' | 'video'>;
  /** The stem of source ids (`mainichi` → `mainichi-1`); default from the outlet's name. */
  stem?: string;
}

/** Options of `importHtml`. */
export interface ImportHtmlOptions {
  /** File name used in messages. */
  file?: string;
  /** Publication date (ISO 8601); wins over any date in the page. */
  published?: string;
  /** BCP 47 language tag; wins over the page's. */
  language?: string;
  /** More sites whose links become sources, checked before the built-in table. */
  outlets?: readonly OutletHost[];
}

/** The metadata fields whose origin is reported. */
export type MetaField = Exclude<keyof Meta, 'place'>;

/** What `importHtml` returns. */
export interface ImportHtmlResult {
  /** The article; always passes `parseArticle`. */
  article: Article;
  /** Dropped furniture, metadata origins, refused links and images, in the order they happened. */
  warnings: HtmlImportWarning[];
  /** Where each metadata field came from: `"JSON-LD headline"`, `"<meta property=og:title>"`, … */
  origins: Partial<Record<MetaField, string>>;
  /** The page's encoding. */
  encoding: HtmlEncoding;
}

/** The encodings Kiji reads pages in. */
export type HtmlEncoding = 'utf-8' | 'shift_jis' | 'euc-jp';
