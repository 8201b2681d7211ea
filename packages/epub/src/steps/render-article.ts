import type { Article, Figure } from '@kiji/core';
import { articleSections, type OutlineEntry, toHast } from '@kiji/html';
import type { Properties } from 'hast';
import { h } from 'hastscript';
import { type Element, elements, hasClass } from '../hast.js';
import type { WarningHandler } from '../options.js';

/** `src` given to figures whose image could not be embedded; replaced after rendering. */
const MISSING_IMAGE = '#kiji-missing-image';

/** The rendered article cut into the parts that become separate XHTML documents. */
export interface ArticleParts {
  /** The `<article>` element's properties (classes, lang), to wrap every part in. */
  shell: Properties;
  /** The masthead (kicker, title, subtitle, date, byline, publisher). */
  masthead?: Element;
  /** The body in reading order. */
  body: Element[];
  /** Sources and notes: the endnotes. */
  endnotes: Element[];
  /** Reader comments. */
  comments: Element[];
  /** Sections and subsections with the ids used in the parts. */
  outline: OutlineEntry[];
}

/**
 * The one place the article becomes HTML: `@kiji/html`'s hast (vertical: 縦中横 included), with
 * figure images pointing into the EPUB, cut into masthead, body, endnotes and comments, with the
 * EPUB semantics reading systems use for pop-up notes.
 */
export function renderArticle(
  article: Article,
  options: { vertical: boolean; idPrefix: string; images: Map<Figure, string>; warn: WarningHandler },
): ArticleParts {
  const root = toHast(article, {
    vertical: options.vertical,
    idPrefix: options.idPrefix,
    imageSrc: (_src, figure) => options.images.get(figure) ?? MISSING_IMAGE,
    onWarning: (warning) => options.warn(warning),
  });
  markNoteSemantics(root);
  replaceMissingImages(root);
  const { ariaLabelledBy: _labelledBy, ...shell } = root.properties;
  const parts: ArticleParts = {
    shell,
    body: [],
    endnotes: [],
    comments: [],
    outline: articleSections(article, { idPrefix: options.idPrefix }),
  };
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'header' && hasClass(child, 'kiji-masthead')) parts.masthead = child;
    else if (hasClass(child, 'kiji-sources') || hasClass(child, 'kiji-notes')) parts.endnotes.push(child);
    else if (hasClass(child, 'kiji-comments')) parts.comments.push(child);
    else parts.body.push(child);
  }
  return parts;
}

/** `epub:type` for citation marks, endnote lists, their entries and back-links. */
function markNoteSemantics(root: Element): void {
  for (const element of elements(root)) {
    const role = element.properties.role;
    if (element.tagName === 'a' && role === 'doc-noteref') element.properties['epub:type'] = 'noteref';
    if (element.tagName === 'a' && role === 'doc-backlink') element.properties['epub:type'] = 'backlink';
    if (
      element.tagName === 'section' &&
      (hasClass(element, 'kiji-sources') || hasClass(element, 'kiji-notes'))
    ) {
      element.properties['epub:type'] = 'endnotes';
      for (const list of element.children) {
        if (list.type !== 'element' || list.tagName !== 'ol') continue;
        for (const entry of list.children) {
          if (entry.type === 'element' && entry.tagName === 'li') entry.properties['epub:type'] = 'endnote';
        }
      }
    }
  }
}

/** Figures whose image could not be embedded show their alt text instead. */
function replaceMissingImages(root: Element): void {
  for (const element of [root, ...elements(root)]) {
    element.children = element.children.flatMap((child) => {
      if (child.type !== 'element' || child.tagName !== 'img' || child.properties.src !== MISSING_IMAGE)
        return [child];
      const alt = String(child.properties.alt ?? '');
      return alt === '' ? [] : [h('p', { className: ['kiji-missing-image'] }, alt)];
    });
  }
}
