import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import type { Handle, Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';
import type { Literal } from 'unist';
import { remarkKijiDirectives } from './directives.js';

/**
 * Footnotes (`[^id]` and `[^id]: …`) without the rest of GFM: autolink literals would turn
 * bare URLs in running text into links, and tables and strikethrough have no place in the model.
 */
function remarkFootnotes(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.fromMarkdownExtensions ??= [];
  data.toMarkdownExtensions ??= [];
  data.micromarkExtensions.push(gfmFootnote());
  data.fromMarkdownExtensions.push(gfmFootnoteFromMarkdown());
  data.toMarkdownExtensions.push(gfmFootnoteToMarkdown());
}

/** Markdown text to an mdast tree with front matter, directives and footnotes. */
export function parseTree(text: string): Root {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkKijiDirectives)
    .use(remarkFootnotes)
    .parse(text);
}

/** A piece of Markdown written out exactly as given (already escaped by the caller). */
export interface RawMarkdown extends Literal {
  type: 'kijiRaw';
  value: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    kijiRaw: RawMarkdown;
  }
  interface RootContentMap {
    kijiRaw: RawMarkdown;
  }
}

const raw: Handle = (node: RawMarkdown) => node.value;

const stringifyOptions: ToMarkdownOptions = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  rule: '*',
  fences: true,
  listItemIndent: 'one',
  handlers: { kijiRaw: raw },
};

/** An mdast tree (with front matter, directives, footnotes and raw pieces) to Markdown text. */
export function stringifyTree(tree: Root): string {
  return unified()
    .use(remarkStringify, stringifyOptions)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkKijiDirectives)
    .use(remarkFootnotes)
    .stringify(tree);
}
