import { type Article, formatPath, type Node, type PhrasingContent, walk } from '@kiji/core';

/** Where a piece of a block's plain text comes from. */
interface Segment {
  /** Offset of the segment in the block's plain text. */
  start: number;
  /** Offset just past its end. */
  end: number;
  /** JSON path of the text node. */
  path: string;
}

/** A run of phrasing content read as one string: a paragraph, a heading, a term or a caption. */
export interface TextBlock {
  /** What kind of run it is. */
  kind: 'paragraph' | 'heading' | 'term' | 'caption' | 'meta';
  /** The node owning the run (the paragraph, section, conclusion, term item or figure; the article for `meta`). */
  node: Node;
  /** JSON path of the run: the paragraph itself, or the owner's `heading` / `term` / `caption`. */
  path: string;
  /** The owner's parents, outermost first. */
  ancestors: Node[];
  /** The plain text (breaks become newlines, references vanish). */
  text: string;
  /** The phrasing content itself. */
  content: PhrasingContent[];
  /** Map a plain-text offset to the text node it falls in. */
  locate: (offset: number) => { path: string; offset?: number };
}

const RUN_KEYS = {
  paragraph: ['children', 'paragraph'],
  section: ['heading', 'heading'],
  conclusion: ['heading', 'heading'],
  termItem: ['term', 'term'],
  figure: ['caption', 'caption'],
} as const;

/** The metadata fields that are printed as text. */
const META_FIELDS = ['kicker', 'title', 'subtitle', 'summary'] as const;

/**
 * Every run of phrasing content in the article, in document order, starting with the printed
 * metadata (title, subtitle, kicker, summary) as blocks of kind `meta`.
 */
export function textBlocks(article: Article): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const field of META_FIELDS) {
    const value = article.meta[field];
    if (value === undefined) continue;
    const path = `meta.${field}`;
    blocks.push({
      kind: 'meta',
      node: article,
      path,
      ancestors: [],
      text: value,
      content: [{ type: 'text', value }],
      locate: (offset) => ({ path, offset: Math.min(Math.max(offset, 0), value.length) }),
    });
  }
  for (const { node, path, ancestors } of walk(article)) {
    const entry = RUN_KEYS[node.type as keyof typeof RUN_KEYS];
    if (!entry) continue;
    const [key, kind] = entry;
    const content = (node as unknown as Record<string, PhrasingContent[] | undefined>)[key];
    if (!content) continue;
    const runPath = key === 'children' ? path : [...path, key];
    blocks.push(toBlock(kind, node, runPath, [...path, key], ancestors, content));
  }
  return blocks;
}

function toBlock(
  kind: TextBlock['kind'],
  node: Node,
  path: (string | number)[],
  contentPath: (string | number)[],
  ancestors: Node[],
  content: PhrasingContent[],
): TextBlock {
  const segments: Segment[] = [];
  let text = '';
  const visit = (children: PhrasingContent[], base: (string | number)[]) => {
    for (const [index, child] of children.entries()) {
      const childPath = [...base, index];
      if (child.type === 'text') {
        segments.push({
          start: text.length,
          end: text.length + child.value.length,
          path: formatPath(childPath),
        });
        text += child.value;
      } else if (child.type === 'break') {
        text += '\n';
      } else if ('children' in child) {
        visit(child.children, [...childPath, 'children']);
      }
    }
  };
  visit(content, contentPath);
  const ownPath = formatPath(path);
  const locate = (offset: number) => {
    const segment =
      segments.find((candidate) => offset >= candidate.start && offset < candidate.end) ??
      (offset >= text.length ? segments.at(-1) : undefined);
    if (!segment) return { path: ownPath };
    return { path: segment.path, offset: Math.min(offset, segment.end) - segment.start };
  };
  return { kind, node, path: ownPath, ancestors, text, content, locate };
}
