import { japanesePhrases } from '@kiji/core';
import type { Element, ElementContent } from 'hast';

/** Elements whose lines should break only between phrases (文節). */
const PHRASED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PHRASED_CLASSES = new Set(['kiji-subtitle', 'kiji-kicker']);

const isPhrased = (node: Element) => {
  if (PHRASED_TAGS.has(node.tagName)) return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((name) => PHRASED_CLASSES.has(String(name)));
};

/** Text split into BudouX phrases, each in `<span class="kiji-phrase">`. */
function phrased(value: string): ElementContent[] {
  const phrases = japanesePhrases(value);
  if (phrases.length < 2) return [{ type: 'text', value }];
  return phrases.map((phrase) => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['kiji-phrase'] },
    children: [{ type: 'text', value: phrase }],
  }));
}

function splitTexts(node: Element) {
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return phrased(child.value);
    if (child.type === 'element') splitTexts(child);
    return [child];
  });
}

/**
 * Japanese headings, kicker and subtitle break only between phrases: 「未来を拓く」 never becomes
 * 「未来を拓／く」. BudouX finds the phrases; each goes into a `kiji-phrase` span that the
 * stylesheet sets `display: inline-block; max-inline-size: 100%`: a phrase moves to the next line
 * whole, and one longer than the line wraps inside with the usual kinsoku rules.
 */
export function markPhrases<T extends Element>(tree: T): T {
  const visit = (node: Element) => {
    if (isPhrased(node)) {
      splitTexts(node);
      return;
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
  return tree;
}
