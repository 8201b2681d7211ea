import type { Article } from '@kiji/core';
import type { Root } from 'mdast';
import { writeFrontMatter } from './front-matter/write-front-matter.js';
import { stringifyTree } from './processor.js';
import { writeComment, writeNote } from './to-mdast/blocks.js';
import { writeFlow } from './to-mdast/flow.js';

/**
 * Write an article as Kiji Markdown: front matter, body, notes as footnotes, then comments.
 * `parseMarkdown(toMarkdown(article))` gives back the same article (see the README for the few
 * degenerate shapes that cannot be told apart in Markdown).
 */
export function toMarkdown(article: Article): string {
  const tree: Root = {
    type: 'root',
    children: [
      writeFrontMatter(article),
      ...writeFlow(article.children),
      ...(article.notes ?? []).map(writeNote),
      ...(article.comments ?? []).map(writeComment),
    ],
  };
  return stringifyTree(tree);
}
