import { parseHTML } from 'linkedom';
import type { Context } from '../context.js';

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
