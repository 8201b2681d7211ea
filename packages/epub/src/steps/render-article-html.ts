import type { Article, Figure } from '@kiji/core';
import { articleSections, type OutlineEntry, toHtml } from '@kiji/html';
import type { WarningHandler } from '../options.js';

/** `src` given to figures whose image could not be embedded; replaced after rendering. */
export const MISSING_IMAGE = '#kiji-missing-image';

/** The article as one XHTML `<article>` fragment and its section outline with matching ids. */
export interface RenderedArticle {
  /** `<article class="kiji-article">` with masthead, body, sources, notes and comments. */
  fragment: string;
  /** Sections and subsections with the ids used in `fragment`. */
  outline: OutlineEntry[];
}

/**
 * The one place the article becomes HTML: `@kiji/html` in XHTML mode, without a stylesheet
 * (the EPUB links its own), with figure images pointing into the EPUB.
 */
export function renderArticleHtml(
  article: Article,
  options: {
    vertical: boolean;
    idPrefix: string;
    images: Map<Figure, string>;
    warn: WarningHandler;
  },
): RenderedArticle {
  const fragment = toHtml(article, {
    document: false,
    xhtml: true,
    vertical: options.vertical,
    stylesheet: 'none',
    idPrefix: options.idPrefix,
    imageSrc: (_src, figure) => options.images.get(figure) ?? MISSING_IMAGE,
    onWarning: (warning) => options.warn(warning),
  });
  return { fragment, outline: articleSections(article, { idPrefix: options.idPrefix }) };
}
