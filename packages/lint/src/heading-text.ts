import { type Article, formatPath, type Node, type PhrasingContent, toPlainText, walk } from '@kiji/core';

/** A section or conclusion heading with its place. */
export interface HeadingInfo {
  node: Node;
  /** The parent holding the section (root article or a section). */
  parent: Node | undefined;
  /** JSON path of the heading (`children[3].heading`). */
  path: string;
  /** The heading content, `undefined` for a conclusion without heading. */
  content: PhrasingContent[] | undefined;
  text: string;
}

/** Every section and conclusion heading in document order. */
export function headings(article: Article): HeadingInfo[] {
  const result: HeadingInfo[] = [];
  for (const { node, path, ancestors } of walk(article)) {
    if (node.type !== 'section' && node.type !== 'conclusion') continue;
    const content = node.heading;
    result.push({
      node,
      parent: ancestors.at(-1),
      path: formatPath([...path, 'heading']),
      content,
      text: content ? toPlainText(content) : '',
    });
  }
  return result;
}
