import type { Article, Edition } from '@kiji/core';
import type { PageSize, PrintOptions, Signature } from '@kiji/pdf';

/** The formats a task can ask for. */
export type RenderFormat = 'pdf' | 'epub' | 'html';

/** PDF settings of a task: page size, print-ready finishing, signature padding. */
export interface PdfTaskOptions {
  pageSize?: PageSize;
  /** A print-ready PDF (bleed, crop marks, CMYK, PDF/X-4): `true` for the defaults, or settings. */
  print?: boolean | PrintOptions;
  /** Pad the page count to a multiple of 4, 8 or 16. */
  signature?: Signature;
}

/** EPUB settings of a task. */
export interface EpubTaskOptions {
  vertical?: boolean;
  embedFonts?: boolean;
  /** A cover image: a path (read under the root) or the image's bytes. */
  cover?: string | Uint8Array;
}

/** One article to render in a worker, with the outputs wanted and their options. */
export interface RenderTask {
  /** A validated article (from `parseArticle`); it is copied into the worker. */
  article: Article;
  /**
   * Directory relative figure paths start from (the article file's directory). Without it and
   * without `root` no local file is read (as a render service runs): local figures show their alt
   * text with a warning.
   */
  baseDir?: string;
  /** The folder figure files may come from (default `baseDir`); nothing outside it is read. */
  root?: string;
  /** The largest image file read, in bytes (the renderers' default when absent). */
  maxImageBytes?: number;
  pdf?: PdfTaskOptions;
  epub?: EpubTaskOptions;
  /** `outputDir`: where the HTML file goes; local figure paths are rewritten relative to it. `remote: false` leaves remote images out. */
  html?: {
    vertical?: boolean;
    outputDir?: string;
    remote?: boolean;
    /** The page carries its fonts, subset, as WOFF2 `data:` URLs (default true); false: the reader's fonts. */
    embedFonts?: boolean;
  };
}

/** An edition (several articles as one PDF pack and one EPUB) to render in a worker. */
export interface RenderEditionTask {
  /** A validated edition; each article's `baseDir` says where its figure paths start. */
  edition: Edition;
  /** The folder figure files may come from; without it no local file is read. */
  root?: string;
  /** The largest image file read, in bytes (the renderers' default when absent). */
  maxImageBytes?: number;
  pdf?: PdfTaskOptions;
  epub?: EpubTaskOptions;
}

/** A warning of one format, as the renderers report them. */
export interface RenderWarning {
  format: RenderFormat;
  /** JSON path of the node; empty when it is about the whole output. */
  path: string;
  message: string;
}

/** What a worker sends back: the outputs, or why there are none. */
export type RenderResult =
  | {
      ok: true;
      pdf?: Uint8Array;
      epub?: Uint8Array;
      html?: string;
      warnings: RenderWarning[];
    }
  | {
      ok: false;
      /** Problems with their JSON paths when the input was at fault, else one message. */
      problems: { path: string; message: string }[];
      /** True when the input was at fault (an `InputError`); false for a failure of the renderer. */
      badInput: boolean;
      warnings: RenderWarning[];
    };

/** What the pool hands each worker thread when it starts it (see `RenderPoolOptions`). */
export interface WorkerData {
  /** URL of a module every worker imports before any renderer. */
  setup?: string;
  /** Renderers to load as the worker starts. */
  preload?: RenderFormat[];
}
