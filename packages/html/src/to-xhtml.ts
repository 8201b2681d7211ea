import type { Element, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import { protectForXml } from './protect-for-xml.js';

/** hast-util-to-html's settings for XML: every element closed, UTF-8 text, no named references. */
const XHTML = {
  closeSelfClosing: true,
  closeEmptyElements: false,
  tightSelfClosing: false,
  omitOptionalTags: false,
  collapseEmptyAttributes: false,
  allowParseErrors: false,
  upperDoctype: true,
  characterReferences: { useNamedReferences: false },
} as const;

/**
 * Serialize hast as XHTML (for EPUB documents): void elements self-closed, `<` and `>` escaped
 * wherever XML needs it, characters XML cannot hold dropped. Changes the tree's strings as it
 * goes: serialize a tree once.
 */
export function toXhtml(tree: Root | Element): string {
  const restore = protectForXml(tree);
  return restore(serialize(tree, XHTML));
}
