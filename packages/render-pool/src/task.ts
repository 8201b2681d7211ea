import type { Article } from '@kiji/core';
import type { PageSize } from '@kiji/pdf';

/** The formats a task can ask for. */
export type RenderFormat = 'pdf' | 'epub' | 'html';

/** One article to render in a worker, with the outputs wanted and their options. */
export interface RenderTask {
  /** A validated article (from `parseArticle`); it is copied into the worker. */
  article: Article;
  /** Directory relative figure paths start from (the article file's directory). */
  baseDir: string;
  /** The folder figure files may come from (default `baseDir`); nothing outside it is read. */
  root?: string;
  /** The largest image file read, in bytes (the renderers' default when absent). */
  maxImageBytes?: number;
  pdf?: { pageSize?: PageSize };
  epub?: { vertical?: boolean; embedFonts?: boolean; cover?: string | Uint8Array };
  /** `outputDir`: where the HTML file goes; local figure paths are rewritten relative to it. */
  html?: { vertical?: boolean; outputDir?: string };
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
      warnings: RenderWarning[];
    };
