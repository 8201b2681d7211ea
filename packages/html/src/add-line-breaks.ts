import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements laid out as blocks, between which a newline changes nothing on screen. */
const BLOCKS = new Set([
  'html',
  'head',
  'body',
  'article',
  'section',
  'header',
  'footer',
  'aside',
  'div',
  'figure',
  'figcaption',
  'blockquote',
  'ol',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'meta',
  'title',
  'style',
  'link',
  'img',
]);

const isBlock = (node: RootContent | ElementContent): node is Element =>
  node.type === 'element' && BLOCKS.has(node.tagName);

/**
 * Puts each block element on its own line (between siblings that are all blocks), so the
 * output reads and diffs well. Inline content is left exactly as it is.
 */
export function addLineBreaks<T extends Root | Element>(tree: T): T {
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) if (child.type === 'element') visit(child);
    if (parent.type === 'element' && !BLOCKS.has(parent.tagName)) return;
    const elements = parent.children.filter((child) => child.type !== 'doctype');
    if (elements.length < 2 || !elements.every(isBlock)) return;
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) children.push({ type: 'text', value: '\n' }, child);
    children.push({ type: 'text', value: '\n' });
    parent.children = children as typeof parent.children;
  };
  visit(tree);
  return tree;
}
