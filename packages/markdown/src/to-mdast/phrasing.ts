import type { PhrasingContent } from '@kiji/core';
import type * as Mdast from 'mdast';
import type { TextDirective } from 'mdast-util-directive';

/** Turns one model inline node into mdast. */
export type PhrasingWriter<T> = (node: T) => Mdast.PhrasingContent;

type PhrasingWriters = {
  [K in PhrasingContent['type']]: PhrasingWriter<Extract<PhrasingContent, { type: K }>>;
};

export const phrasingWriters: PhrasingWriters = {
  text: (node) => ({ type: 'text', value: node.value }),
  emphasis: (node) => ({ type: 'emphasis', children: writePhrasing(node.children) }),
  strong: (node) => ({ type: 'strong', children: writePhrasing(node.children) }),
  link: (node) => ({
    type: 'link',
    url: node.url,
    title: node.title ?? null,
    children: writePhrasing(node.children),
  }),
  break: () => ({ type: 'break' }),
  sourceReference: (node): TextDirective => ({
    type: 'textDirective',
    name: 'cite',
    attributes: node.locator !== undefined ? { locator: node.locator } : {},
    children: [{ type: 'text', value: node.sourceId }],
  }),
  noteReference: (node) => ({
    type: 'footnoteReference',
    identifier: node.noteId.toLowerCase(),
    label: node.noteId,
  }),
};

const ATTENTION = new Set(['emphasis', 'strong']);

/**
 * mdast inline nodes for model inline nodes. Two formatted runs side by side (`*a**b*`) would
 * read as one: an empty HTML comment, which the parser skips, keeps them apart.
 */
export function writePhrasing(nodes: readonly PhrasingContent[]): Mdast.PhrasingContent[] {
  const out: Mdast.PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (previous && ATTENTION.has(previous.type) && ATTENTION.has(node.type)) {
      out.push({ type: 'kijiRaw', value: '<!-- -->' });
    }
    out.push((phrasingWriters[node.type] as PhrasingWriter<PhrasingContent>)(node));
  }
  return out;
}

/**
 * mdast inline nodes for the text of a paragraph. A note reference at the start of a line,
 * followed by a colon, would read as the note's definition (`[^n1]: …`): keep them apart.
 */
export function writeParagraphPhrasing(nodes: readonly PhrasingContent[]): Mdast.PhrasingContent[] {
  const children = writePhrasing(nodes);
  guardLineStarts(children, true);
  return children;
}

/** Walk the inline nodes in reading order; returns whether the last one ends a line. */
function guardLineStarts(children: Mdast.PhrasingContent[], atLineStart: boolean): boolean {
  let lineStart = atLineStart;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    const next = children[index + 1];
    if (node.type === 'footnoteReference' && lineStart && next) {
      if (next.type === 'textDirective')
        children.splice(index + 1, 0, { type: 'kijiRaw', value: '<!-- -->' });
      else if (next.type === 'text' && next.value.startsWith(':')) {
        children.splice(
          index + 1,
          1,
          { type: 'kijiRaw', value: '\\:' },
          { type: 'text', value: next.value.slice(1) },
        );
      }
    }
    if (node.type === 'break') lineStart = true;
    else if (node.type === 'text') lineStart = node.value === '' ? lineStart : node.value.endsWith('\n');
    else if ('children' in node) lineStart = guardLineStarts(node.children as Mdast.PhrasingContent[], false);
    else lineStart = false;
  }
  return lineStart;
}
