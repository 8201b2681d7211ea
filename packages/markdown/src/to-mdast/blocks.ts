import type {
  Aside,
  BlockContent,
  Comment,
  Figure,
  List,
  Note,
  Paragraph,
  Quote,
  TermList,
} from '@kiji/core';
import type * as Mdast from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { writeParagraphPhrasing } from './phrasing.js';

/** Turns one model block into mdast. */
export type BlockWriter<T> = (node: T) => Mdast.RootContent;

type BlockWriters = { [K in BlockContent['type']]: BlockWriter<Extract<BlockContent, { type: K }>> };

export const blockWriters: BlockWriters = {
  paragraph: (node) => writeParagraph(node),
  quote: (node) => writeQuote(node),
  list: (node) => writeList(node),
  termList: (node) => writeTermList(node),
  figure: (node) => writeFigure(node),
  aside: (node) => writeAside(node),
};

/** mdast blocks for model blocks. */
export function writeBlocks(nodes: readonly (BlockContent | List)[]): Mdast.RootContent[] {
  return nodes.map((node) => (blockWriters[node.type] as BlockWriter<BlockContent>)(node));
}

function writeParagraph(node: Paragraph): Mdast.Paragraph {
  return { type: 'paragraph', children: writeParagraphPhrasing(node.children) };
}

function writeQuote(node: Quote): Mdast.Blockquote | ContainerDirective {
  const children = writeBlocks(node.children) as Mdast.BlockContent[];
  const attributes = compact({
    id: node.id,
    source: node.sourceId,
    locator: node.locator,
    truncated: node.truncated === undefined ? undefined : node.truncated ? '' : 'false',
  });
  if (Object.keys(attributes).length === 0) return { type: 'blockquote', children };
  return directive('quote', attributes, children);
}

function writeList(node: List): Mdast.List {
  return {
    type: 'list',
    ordered: node.ordered,
    ...(node.ordered ? { start: node.start ?? 1 } : {}),
    spread: false,
    children: node.children.map((item) => ({
      type: 'listItem',
      spread: item.children.filter((child) => child.type === 'paragraph').length > 1,
      children: writeBlocks(item.children) as Mdast.BlockContent[],
    })),
  };
}

function writeTermList(node: TermList): ContainerDirective {
  const list: Mdast.List = {
    type: 'list',
    ordered: false,
    spread: true,
    children: node.children.map((item) => ({
      type: 'listItem',
      spread: true,
      children: [
        { type: 'paragraph', children: writeParagraphPhrasing(item.term) },
        ...(writeBlocks(item.children) as Mdast.BlockContent[]),
      ],
    })),
  };
  return directive('terms', {}, node.children.length > 0 ? [list] : []);
}

function writeFigure(node: Figure): Mdast.Paragraph | ContainerDirective {
  const image: Mdast.Paragraph = {
    type: 'paragraph',
    children: [{ type: 'image', url: node.src, alt: node.alt, title: null }],
  };
  const attributes = compact({
    id: node.id,
    credit: node.credit,
    width: node.width === undefined ? undefined : String(node.width),
    height: node.height === undefined ? undefined : String(node.height),
  });
  if (Object.keys(attributes).length === 0 && node.caption === undefined) return image;
  const caption: Mdast.Paragraph[] = node.caption
    ? [{ type: 'paragraph', children: writeParagraphPhrasing(node.caption) }]
    : [];
  return directive('figure', attributes, [image, ...caption]);
}

function writeAside(node: Aside): ContainerDirective {
  const label: Mdast.Paragraph[] =
    node.label === undefined
      ? []
      : [
          {
            type: 'paragraph',
            data: { directiveLabel: true },
            children: [{ type: 'kijiRaw', value: escapeLabel(node.label) }],
          },
        ];
  return directive('aside', {}, [...label, ...(writeBlocks(node.children) as Mdast.BlockContent[])]);
}

/** A plain-text label in `[…]`: escape what would read as Markdown there. */
function escapeLabel(label: string): string {
  return label
    .replace(/[\\[\]*_`<&:]/g, '\\$&')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

/** `:::lede` with the lede's paragraphs. */
export function writeLede(children: readonly Paragraph[]): ContainerDirective {
  return directive('lede', {}, writeBlocks(children) as Mdast.BlockContent[]);
}

/** `:::comment{author=… published=…}` with the comment's paragraphs. */
export function writeComment(node: Comment): ContainerDirective {
  return directive(
    'comment',
    compact({ id: node.id, author: node.author, published: node.published }),
    writeBlocks(node.children) as Mdast.BlockContent[],
  );
}

/** `[^id]: …` with the note's paragraphs. */
export function writeNote(node: Note): Mdast.FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: node.id.toLowerCase(),
    label: node.id,
    children: writeBlocks(node.children) as Mdast.BlockContent[],
  };
}

function directive(
  name: string,
  attributes: Record<string, string>,
  children: Mdast.BlockContent[] | Mdast.RootContent[],
): ContainerDirective {
  return {
    type: 'containerDirective',
    name,
    attributes,
    children: children as ContainerDirective['children'],
  };
}

function compact(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
}
