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

/** mdast inline nodes for model inline nodes. */
export function writePhrasing(nodes: readonly PhrasingContent[]): Mdast.PhrasingContent[] {
  return nodes.map((node) => (phrasingWriters[node.type] as PhrasingWriter<PhrasingContent>)(node));
}
