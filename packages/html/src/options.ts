import type { Article, Figure, Node, Source } from '@kiji/core';
import type { ElementContent, Root } from 'hast';
import type { State } from './state.js';

/** What a handler returns: hast nodes to insert, or nothing. */
export type HandlerResult = ElementContent | ElementContent[] | undefined;

/** Renders one node of the article model to hast. */
export type Handler<N> = (node: N, state: State) => HandlerResult;

/** One handler per node type of the model. */
export type NodeHandlers = { [K in Node['type']]: Handler<Extract<Node, { type: K }>> };

/** Handlers for the parts of an article that are not nodes of the model. */
export interface PartHandlers {
  /** Kicker, title, subtitle, date, byline and publisher. */
  masthead: Handler<Article>;
  /** The numbered list of `article.sources` with back-links to every citation. */
  sources: Handler<Article>;
  /** One entry of the sources list (without its back-links). */
  source: Handler<Source>;
  /** The numbered notes with back-links (renders each with the `note` handler). */
  notes: Handler<Article>;
  /** The reader comments (renders each with the `comment` handler). */
  comments: Handler<Article>;
}

/** Handler for node types missing from the map; the default throws. */
export type UnknownHandler = (node: { type: string }, state: State) => HandlerResult;

/** The complete handler map used by `toHtml`. */
export type Handlers = NodeHandlers & PartHandlers & { unknown: UnknownHandler };

/** A warning about something rendered differently from what the article asked for. */
export interface HtmlWarning {
  /** JSON path of the node, e.g. `children[1].children[0].url`. */
  path: string;
  /** What happened and how to fix it. */
  message: string;
}

/** A font to add with an `@font-face` rule. */
export interface FontFace {
  /** Family name used in `font-family`, e.g. `"Noto Serif JP"`. */
  family: string;
  /** URL of the font file (relative, http(s), or data:). */
  src: string;
  /** CSS font-weight, e.g. `400` or `"400 900"`. */
  weight?: number | string;
  /** CSS font-style (default normal). */
  style?: 'normal' | 'italic';
  /** Format hint, e.g. `"truetype"`, `"woff2"`. */
  format?: string;
  /** The characters the face is used for, e.g. `"U+1F38C, U+1F5FE"` (default all). */
  unicodeRange?: string;
}

/** Options of `toHtml`. */
export interface ToHtmlOptions {
  /** A whole document (`<!DOCTYPE html>`, head, body) when true (default), else an `<article>` fragment. */
  document?: boolean;
  /** XHTML for EPUB: XML declaration, xmlns, xml:lang, self-closed void elements. Default false. */
  xhtml?: boolean;
  /** The vertical (縦書き) edition: writing-mode vertical-rl and 縦中横 for 1–2 digit numbers. */
  vertical?: boolean;
  /** `'inline'` (default) puts the CSS in a `<style>`, `'none'` adds none, any other string is a stylesheet href. */
  stylesheet?: 'inline' | 'none' | (string & {});
  /** The document `<title>`; default the article's title. */
  title?: string;
  /** Handlers merged over the defaults. */
  handlers?: Partial<Handlers>;
  /** Called for every warning (unsafe links, unknown nodes when warned). Default: ignore. */
  onWarning?: (warning: HtmlWarning) => void;
  /** Prefix for every generated id, so several articles can share one page. Default `''`. */
  idPrefix?: string;
  /**
   * The folder figure files may come from (the article's folder, or a project root above it).
   * A local figure is linked only when its file lies inside (symbolic links included), is a
   * regular file and an image; paths out of it — absolute, `file:`, `..` — are refused with an
   * `InputError`. Without a root (and always in a browser) no local file is read and local
   * figures show their alt text.
   */
  root?: string;
  /** Where relative figure paths start; default `root`. Must lie inside `root`. */
  baseDir?: string;
  /** The largest image file accepted, in bytes (default 20 MB); a larger one is an `InputError`. */
  maxImageBytes?: number;
  /** The URL written for a checked local image file (absolute path); default the `src` as written. */
  localImageHref?: (file: string, figure: Figure) => string;
  /**
   * Takes over figure images: maps each `src` to the URL written (e.g. a path inside the EPUB),
   * and Kiji reads no file for them (`root` is then unused). Default: images are checked as above.
   */
  imageSrc?: (src: string, figure: Figure) => string;
  /**
   * Link remote (http(s)) figure images, which every reader's browser then fetches from wherever
   * the article says (default true). `false` leaves them out, each with a warning naming its
   * path: an article cannot plant a tracking image in the page.
   */
  remote?: boolean;
  /** `@font-face` rules added to the inline stylesheet. */
  fontFaces?: FontFace[];
}

/** Re-exported for handler authors. */
export type { Root };
