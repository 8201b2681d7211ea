import { type Article, isJapanese, validArticle } from '@kiji/core';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import { h } from 'hastscript';
import { addLineBreaks } from './add-line-breaks.js';
import { checkImages } from './check-images.js';
import { stylesheet } from './css/stylesheet.js';
import { embedFonts } from './fonts/embed-fonts.js';
import { defaultHandlers } from './handlers/index.js';
import { labelsFor } from './labels.js';
import { markPhrases } from './mark-phrases.js';
import { markTateChuYoko } from './mark-tate-chu-yoko.js';
import type { Handlers, ToHtmlOptions } from './options.js';
import { resolveIds } from './resolve-ids.js';
import { createState } from './state.js';
import { toXhtml } from './to-xhtml.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** Merge user handlers over the defaults. */
export const mergeHandlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  ...defaultHandlers,
  ...overrides,
});

/**
 * Render the article body (the `<article>` element) as hast. An article `parseArticle` did not
 * return is validated first and refused with its `InputError`.
 */
export function toHast(input: Article, options: ToHtmlOptions = {}): Element {
  const article = validArticle(input);
  const handlers = mergeHandlers(options.handlers);
  const ids = resolveIds(article, options.idPrefix ?? '');
  const images = checkImages(article, options);
  const state = createState(article, options, handlers, labelsFor(article.meta.language), ids, images);
  const rendered = state.one(article);
  const root = rendered.find((node): node is Element => node.type === 'element');
  if (rendered.length !== 1 || !root) {
    throw new Error(
      'the article handler must return exactly one element: return h("article", …) from handlers.article',
    );
  }
  if (isJapanese(article.meta.language)) markPhrases(root);
  if (options.vertical) {
    const classes = Array.isArray(root.properties.className) ? root.properties.className : [];
    root.properties.className = [...classes, 'kiji-vertical'];
    markTateChuYoko(root);
  }
  return root;
}

/** CSS text safe inside `<style>` of an XML document. */
const styleText = (css: string, xhtml: boolean) =>
  xhtml && /[<&]/.test(css) ? `/*<![CDATA[*/\n${css}\n/*]]>*/` : css;

/** Wrap the article in `<html>` with head (charset, title, description, stylesheet) and body. */
function wrapDocument(article: Article, body: Element, options: ToHtmlOptions): Root {
  const { meta } = article;
  const xhtml = options.xhtml ?? false;
  const sheet = options.stylesheet ?? 'inline';
  const head: ElementContent[] = [h('meta', { charSet: 'utf-8' })];
  if (!xhtml) head.push(h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }));
  head.push(h('title', options.title ?? meta.title));
  if (meta.summary) head.push(h('meta', { name: 'description', content: meta.summary }));
  if (meta.authors?.length)
    head.push(h('meta', { name: 'author', content: meta.authors.map((a) => a.name).join(', ') }));
  if (meta.tags?.length) head.push(h('meta', { name: 'keywords', content: meta.tags.join(', ') }));
  if (sheet === 'inline') {
    const css = stylesheet({ vertical: options.vertical ?? false, fontFaces: options.fontFaces ?? [] });
    head.push(h('style', styleText(css, xhtml)));
  } else if (sheet !== 'none') {
    head.push(h('link', { rel: 'stylesheet', href: sheet }));
  }
  const htmlProps: Record<string, string | string[]> = { lang: meta.language };
  if (xhtml) Object.assign(htmlProps, { xmlns: XHTML_NS, 'xml:lang': meta.language });
  if (options.vertical) htmlProps.className = ['kiji-vertical'];
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      { type: 'text', value: '\n' },
      h('html', htmlProps, [h('head', head), h('body', [body])]),
      { type: 'text', value: '\n' },
    ],
  };
}

/**
 * Render an article to HTML: a standalone document (default) or an `<article>` fragment;
 * XHTML (for EPUB) with `xhtml: true`; the vertical edition with `vertical: true`.
 * All article text is escaped; only http(s) and mailto URLs become links.
 */
export function toHtml(article: Article, options: ToHtmlOptions = {}): string {
  return serializeHtml(article, toHast(article, options), options);
}

/** Options of `toHtmlWithFonts`: those of `toHtml`, and the format of the embedded fonts. */
export interface ToHtmlWithFontsOptions extends ToHtmlOptions {
  /** `'woff'` (the default in Node), `'woff2'` (a fifth smaller, seconds slower) or `'truetype'` (the default in a browser, which writes no other). */
  fontFormat?: 'woff' | 'woff2' | 'truetype';
}

/**
 * `toHtml` with Kiji's fonts inside: a standalone document whose inline stylesheet carries the
 * Noto faces it uses, each cut down to the characters set in it, as `data:` URLs (see
 * `embedFonts`). The page looks the same on every machine, with or without Japanese fonts, and
 * stays one file. `fontFaces` given in the options come after the embedded ones.
 */
export async function toHtmlWithFonts(input: Article, options: ToHtmlWithFontsOptions = {}): Promise<string> {
  if (options.document === false || (options.stylesheet ?? 'inline') !== 'inline')
    throw new Error(
      'the fonts are embedded in the inline stylesheet: leave document and stylesheet at their defaults, or use toHtml with fontFaces from embedFonts',
    );
  const article = validArticle(input);
  const body = toHast(article, options);
  const { fontFormat, ...rest } = options;
  const embedded = await embedFonts(body, article.meta.language, {
    ...(fontFormat ? { format: fontFormat } : {}),
    ...(options.onWarning ? { onWarning: options.onWarning } : {}),
  });
  return serializeHtml(article, body, { ...rest, fontFaces: [...embedded, ...(options.fontFaces ?? [])] });
}

/** The document or fragment for an `<article>` element made by `toHast`. */
function serializeHtml(article: Article, body: Element, options: ToHtmlOptions): string {
  const xhtml = options.xhtml ?? false;
  const serializeOptions = { upperDoctype: true };
  if (options.document === false) {
    addLineBreaks(body);
    if (!xhtml) return serialize(body, serializeOptions);
    body.properties = { ...body.properties, xmlns: XHTML_NS, 'xml:lang': article.meta.language };
    return toXhtml(body);
  }
  const tree = addLineBreaks(wrapDocument(article, body, options));
  if (!xhtml) return serialize(tree, serializeOptions);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toXhtml(tree)}`;
}
