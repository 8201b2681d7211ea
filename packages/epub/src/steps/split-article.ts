import {
  createElement,
  createText,
  type Element,
  elements,
  isElement,
  parseXhtml,
  removeNode,
  replaceNode,
} from '../dom.js';
import { MISSING_IMAGE } from './render-article-html.js';

/** The rendered article cut into the parts that become separate XHTML documents. */
export interface ArticleParts {
  /** The `<article>` element without its children, to wrap every part in (keeps classes and lang). */
  shell: Element;
  /** The masthead (kicker, title, subtitle, date, byline, publisher) for the cover page. */
  masthead?: Element;
  /** The body in reading order. */
  body: Element[];
  /** Sources and notes: the endnotes. */
  endnotes: Element[];
  /** Reader comments. */
  comments: Element[];
}

const hasClass = (element: Element, name: string) =>
  (element.attribs.class ?? '').split(/\s+/).includes(name);

/**
 * Cut the `<article>` fragment from `@kiji/html` into masthead, body, endnotes (sources and notes)
 * and comments, and add the EPUB semantics reading systems use for pop-up notes.
 */
export function splitArticle(fragment: string): ArticleParts {
  const root = parseXhtml(fragment);
  const article = root.children.find((node): node is Element => isElement(node) && node.name === 'article');
  if (!article) throw new Error('@kiji/html returned no <article> element: check custom handlers.article');
  markNoteSemantics(article);
  replaceMissingImages(article);
  const children = article.children.filter(isElement);
  const { xmlns: _xmlns, 'xml:lang': _xmlLang, 'aria-labelledby': _labelledBy, ...attribs } = article.attribs;
  const shell = createElement('article', attribs);
  const parts: ArticleParts = { shell, body: [], endnotes: [], comments: [] };
  for (const child of children) {
    if (child.name === 'header' && hasClass(child, 'kiji-masthead')) parts.masthead = child;
    else if (hasClass(child, 'kiji-sources') || hasClass(child, 'kiji-notes')) parts.endnotes.push(child);
    else if (hasClass(child, 'kiji-comments')) parts.comments.push(child);
    else parts.body.push(child);
  }
  return parts;
}

/** `epub:type` for citation marks, endnote lists, their entries and back-links. */
function markNoteSemantics(article: Element): void {
  for (const element of elements(article)) {
    const role = element.attribs.role;
    if (element.name === 'a' && role === 'doc-noteref') element.attribs['epub:type'] = 'noteref';
    if (element.name === 'a' && role === 'doc-backlink') element.attribs['epub:type'] = 'backlink';
    if (
      element.name === 'section' &&
      (hasClass(element, 'kiji-sources') || hasClass(element, 'kiji-notes'))
    ) {
      element.attribs['epub:type'] = 'endnotes';
      for (const item of element.children) {
        if (isElement(item) && item.name === 'ol') {
          for (const entry of item.children) {
            if (isElement(entry) && entry.name === 'li') entry.attribs['epub:type'] = 'endnote';
          }
        }
      }
    }
  }
}

/** Figures whose image could not be embedded show their alt text instead. */
function replaceMissingImages(article: Element): void {
  for (const element of [...elements(article)]) {
    if (element.name !== 'img' || element.attribs.src !== MISSING_IMAGE) continue;
    const alt = element.attribs.alt ?? '';
    if (alt === '') removeNode(element);
    else replaceNode(element, [createElement('p', { class: 'kiji-missing-image' }, [createText(alt)])]);
  }
}
