import {
  type Aside,
  type Figure,
  isJapanese,
  type List,
  type ListItem,
  type Paragraph,
  type Quote,
  type TermItem,
  type TermList,
} from '@kiji/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { isSafeImageSrc } from '../links.js';
import type { State } from '../state.js';
import { attribution } from './attribution.js';

/** `<p>`. */
export const paragraph = (node: Paragraph, state: State) => h('p', state.all(node.children));

/** The visible truncation mark with a spoken explanation. */
function truncatedMark(state: State): ElementContent {
  return h('span', { className: ['kiji-truncated'] }, [
    h('span', { ariaHidden: 'true' }, state.labels.truncated),
    h('span', { className: ['kiji-sr-only'] }, `(${state.labels.truncatedLabel})`),
  ]);
}

/**
 * `<figure class="kiji-quote">` holding the `<blockquote>` and, when the quote names a source,
 * a `<figcaption>` attribution (outlet, linked title, locator, citation mark).
 */
export function quote(node: Quote, state: State) {
  const paragraphs = state.all(node.children);
  if (node.truncated) {
    const last = paragraphs.at(-1);
    if (last && last.type === 'element') last.children.push(truncatedMark(state));
    else paragraphs.push(h('p', truncatedMark(state)));
  }
  const source = node.sourceId
    ? state.article.sources.find((entry) => entry.id === node.sourceId)
    : undefined;
  // Without a source the attribution is just the locator, when there is one.
  const caption = source
    ? [attribution(node, source, state)]
    : node.locator
      ? [
          h(
            'figcaption',
            { className: ['kiji-attribution'] },
            isJapanese(state.article.meta.language) ? `（${node.locator}）` : `(${node.locator})`,
          ),
        ]
      : [];
  const cite = source?.url && /^https?:/i.test(source.url.trim()) ? source.url.trim() : undefined;
  return h(
    'figure',
    {
      className: ['kiji-quote', ...(node.truncated ? ['kiji-quote-truncated'] : [])],
      id: state.ids.nodes.get(node),
    },
    [h('blockquote', { cite }, paragraphs), ...caption],
  );
}

/** `<ul>` or `<ol start>`. */
export function list(node: List, state: State) {
  const start = node.ordered && node.start !== undefined && node.start !== 1 ? node.start : undefined;
  return h(node.ordered ? 'ol' : 'ul', { className: ['kiji-list'], start }, state.all(node.children));
}

/** Renders a paragraph's content directly when it is a block's only paragraph (tight lists, terms). */
function tight(children: (Paragraph | List)[], state: State): ElementContent[] {
  const paragraphs = children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length !== 1 || children[0]?.type !== 'paragraph') return state.all(children);
  return children.flatMap((child, index) =>
    index === 0 && child.type === 'paragraph'
      ? state.all(child.children).map((c) => c)
      : state.one(child, 'children', index),
  );
}

/** `<li>`; a single paragraph is inlined. */
export const listItem = (node: ListItem, state: State) => h('li', tight(node.children, state));

/** `<dl>`. */
export const termList = (node: TermList, state: State) =>
  h('dl', { className: ['kiji-terms'] }, state.all(node.children));

/** `<dt>` and `<dd>`. */
export function termItem(node: TermItem, state: State) {
  return [h('dt', state.all(node.term, 'term')), h('dd', tight(node.children, state))];
}

/** `<figure>` with `<img>` and a `<figcaption>` holding caption and credit. */
export function figure(node: Figure, state: State) {
  const caption: ElementContent[] = [];
  if (node.caption)
    caption.push(h('span', { className: ['kiji-caption'] }, state.all(node.caption, 'caption')));
  if (node.credit) caption.push(h('small', { className: ['kiji-credit'] }, node.credit));
  const src = imageUrl(node, state);
  const picture: ElementContent =
    src === undefined
      ? h('p', { className: ['kiji-missing-image'] }, node.alt)
      : h('img', { src, alt: node.alt, width: node.width, height: node.height });
  return h('figure', { className: ['kiji-figure'], id: state.ids.nodes.get(node) }, [
    picture,
    ...(caption.length > 0 ? [h('figcaption', caption)] : []),
  ]);
}

/** `<aside>` with an optional label. */
export function aside(node: Aside, state: State) {
  return h('aside', { className: ['kiji-aside'], 'aria-label': node.label }, [
    ...(node.label ? [h('p', { className: ['kiji-aside-label'] }, node.label)] : []),
    ...state.all(node.children),
  ]);
}

/** A URL the reader's browser would fetch from elsewhere: http(s), or protocol-relative. */
const REMOTE = /^\s*(?:https?:|\/\/)/i;

/** The URL an `<img>` gets, or undefined (with a warning) when the figure shows its alt text. */
function imageUrl(node: Figure, state: State): string | undefined {
  const notShown = (why: string) => {
    state.warn(why, 'src');
    return undefined;
  };
  const unsafe = `image "${node.src.slice(0, 80)}" is not shown: use a relative path, an http(s) URL or a data:image URL`;
  if (state.options.remote === false && REMOTE.test(node.src)) {
    return notShown(
      `remote image "${node.src.slice(0, 80)}" is left out (no remote resources): save it next to the article and give its relative path`,
    );
  }
  if (state.options.imageSrc) {
    return isSafeImageSrc(node.src) ? state.options.imageSrc(node.src, node) : notShown(unsafe);
  }
  const image = state.images?.get(node);
  if (!image) return notShown(unsafe);
  if (image.kind === 'missing') return notShown(image.problem);
  if (image.kind === 'remote') return isSafeImageSrc(node.src) ? node.src.trim() : notShown(unsafe);
  if (image.from !== 'file') return isSafeImageSrc(node.src) ? node.src.trim() : notShown(unsafe);
  if (!image.type) {
    return notShown(
      `image file "${node.src}" is not an image (PNG, JPEG, GIF, WebP, AVIF or SVG), whatever its name: convert it`,
    );
  }
  return state.options.localImageHref && image.file
    ? state.options.localImageHref(image.file, node)
    : node.src;
}
