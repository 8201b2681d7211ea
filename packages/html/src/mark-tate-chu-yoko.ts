import type { Element, ElementContent, Root, RootContent } from 'hast';

/** A run of one or two ASCII digits with no digit, Latin letter or number punctuation beside it. */
const SHORT_NUMBER = /(?<![0-9A-Za-z.,:/])[0-9]{1,2}(?![0-9A-Za-z.,:/])/g;

/** Elements whose text is never set upright: code-like text, URLs, metadata. */
const SKIP_TAGS = new Set(['style', 'script', 'title', 'head', 'code', 'pre', 'kbd', 'samp']);
const SKIP_CLASSES = new Set(['kiji-url', 'kiji-tcy']);

/** Splits text so each standalone 1–2 digit number sits in `<span class="kiji-tcy">`. */
export function splitShortNumbers(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(SHORT_NUMBER)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', value: value.slice(last, index) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: ['kiji-tcy'] },
      children: [{ type: 'text', value: match[0] }],
    });
    last = index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

const skipped = (node: Element) => {
  if (SKIP_TAGS.has(node.tagName)) return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((name) => SKIP_CLASSES.has(String(name)));
};

/**
 * 縦中横 for the vertical edition: wraps standalone one- and two-digit numbers in text nodes
 * (outside URLs and code) so CSS can set them upright with `text-combine-upright`:
 * 10月28日 reads with 10 and 28 each in one upright cell.
 */
export function markTateChuYoko<T extends Root | Element>(tree: T): T {
  const visit = (parent: Root | Element) => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') children.push(...splitShortNumbers(child.value));
      else {
        if (child.type === 'element' && !skipped(child)) visit(child);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  };
  visit(tree);
  return tree;
}
