import { parseHTML } from 'linkedom';
import type { Context } from '../context.js';
import { INLINE_ELEMENTS } from '../inline.js';

/** Elements that run, load or draw something, or hold no article text: removed unread. */
const INERT = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'base',
  'meta',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
  'portal',
  'slot',
].join(',');

/**
 * Parse the page into a DOM that nothing can run in: linkedom builds the tree without a
 * script engine, loader or style engine, so no script, handler or URL of the page is executed
 * or fetched.
 */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  lowerCaseAttributes(document);
  return document;
}

/**
 * HTML attribute names are case-insensitive (`<A HREF>` in old pages), but linkedom keeps them as
 * written: lower-case them once so every later lookup is plain.
 */
function lowerCaseAttributes(document: Document): void {
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      element.removeAttribute(name);
      if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
    }
  }
}

/** How deep elements may nest; real pages stay under 40 levels. */
export const MAX_DEPTH = 48;

/**
 * Flatten the page below `MAX_DEPTH` levels: everything under an element at that depth is
 * replaced by its text, line breaks and images, in order, one paragraph per block it was in.
 * The extractor's cost grows with the square of the nesting, so a page of 10,000 nested <div>s
 * (or unclosed <b>s) would take minutes; flattened in one pass, it is linear.
 */
export function flattenDeep(document: Document, context: Context): void {
  if (!document.body) return;
  const stack: [Element, number][] = [[document.body, 0]];
  let flattened = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth < MAX_DEPTH) {
      for (const child of element.children) stack.push([child, depth + 1]);
      continue;
    }
    if (element.children.length === 0) continue;
    flattened += flattenBelow(element, document);
  }
  if (flattened > 0) {
    context.warnings.push({
      code: 'extractor',
      message: `the page nests elements more than ${MAX_DEPTH} levels deep: ${flattened} deeper elements were flattened (their text is kept, their formatting is not)`,
    });
  }
}

/** Replace everything under `cap` with its leaves, grouped by the blocks they were in. */
function flattenBelow(cap: Element, document: Document): number {
  const groups: Node[][] = [[]];
  let elements = 0;
  const pending: (Node | { exit: Element })[] = [...cap.childNodes].reverse();
  while (pending.length > 0) {
    const item = pending.pop()!;
    if ('exit' in item) {
      groups.push([]);
      continue;
    }
    if (item.nodeType === 3) {
      groups.at(-1)!.push(item);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    elements++;
    if (element.localName === 'br' || element.localName === 'img') {
      groups.at(-1)!.push(element);
      continue;
    }
    const block = !INLINE_ELEMENTS.has(element.localName);
    if (block) {
      groups.push([]);
      pending.push({ exit: element });
    }
    const children = element.childNodes;
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
  cap.replaceChildren();
  const container =
    !INLINE_ELEMENTS.has(cap.localName) && !/^(p|h[1-6]|li|dt|dd|figcaption)$/u.test(cap.localName);
  let first = true;
  for (const group of groups) {
    if (group.every((node) => node.nodeType === 3 && (node.textContent ?? '').trim() === '')) continue;
    if (container) {
      const paragraph = document.createElement('p');
      paragraph.append(...group);
      cap.append(paragraph);
    } else {
      if (!first) cap.append(document.createElement('br'));
      cap.append(...group);
    }
    first = false;
  }
  return elements;
}

/**
 * Remove scripts, styles, frames, plugins and other inert or active elements once the metadata
 * and embedded videos have been read from them; report how many were not carried over.
 */
export function removeInert(document: Document, context: Context): void {
  let scripts = 0;
  let styles = 0;
  for (const element of [...document.querySelectorAll(INERT)]) {
    if (element.localName === 'script') scripts++;
    if (element.localName === 'style') styles++;
    element.remove();
  }
  if (scripts + styles > 0) {
    const parts = [
      scripts > 0 ? `${scripts} script${scripts === 1 ? '' : 's'}` : '',
      styles > 0 ? `${styles} style sheet${styles === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    context.warnings.push({
      code: 'boilerplate',
      message: `dropped ${parts.join(' and ')} (never run, not carried over)`,
    });
  }
}
