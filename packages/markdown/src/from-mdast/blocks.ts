import type { BlockContent, Figure, Paragraph, PhrasingContent, TermItem } from '@kiji/core';
import type * as Mdast from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString as mdastToString } from 'mdast-util-to-string';
import { type ReadContext, report, track } from './context.js';
import { readPhrasing } from './phrasing.js';

/** Turns one mdast block into model blocks (none when it is skipped or only reports a problem). */
export type BlockHandler<T> = (node: T, context: ReadContext) => BlockContent[];

type MdastBlock = Mdast.RootContent;

type BlockHandlers = {
  [K in MdastBlock['type']]?: BlockHandler<Extract<MdastBlock, { type: K }>>;
} & { unknown: BlockHandler<MdastBlock> };

export const blockHandlers: BlockHandlers = {
  paragraph(node, context) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type === 'image') return [readImage(only, context, undefined, node)];
    return [readParagraph(node, context)];
  },
  blockquote: (node, context) => [
    track(context, { type: 'quote', children: readBlocks(node.children, context) as Paragraph[] }, node),
  ],
  list: (node, context) => [
    track(
      context,
      {
        type: 'list',
        ordered: node.ordered === true,
        ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
        children: node.children.map((item) =>
          track(
            context,
            { type: 'listItem' as const, children: readBlocks(item.children, context) as Paragraph[] },
            item,
          ),
        ),
      },
      node,
    ),
  ],
  containerDirective(node, context) {
    const handler = directiveHandlers[node.name];
    if (!handler) {
      report(
        context,
        node,
        `unknown directive ":::${node.name}": use one of ${Object.keys(directiveHandlers)
          .map((name) => `:::${name}`)
          .join(', ')}`,
      );
      return [];
    }
    return handler(node, context);
  },
  leafDirective(node, context) {
    report(
      context,
      node,
      `unknown directive "::${node.name}": blocks use three colons (:::quote … :::); to start a line with "::", escape it as "\\:"`,
    );
    return [];
  },
  html(node, context) {
    if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return [];
    report(
      context,
      node,
      'raw HTML is not supported: write the text without tags, or escape "<" as "\\<" to keep it as text',
    );
    return [];
  },
  code(node, context) {
    report(
      context,
      node,
      'a code block is not supported: remove the fence, or the indentation of 4 spaces that made this one',
    );
    return [];
  },
  heading(node, context) {
    report(context, node, 'a heading cannot stand inside a list, quote, note or directive: move it out');
    return [];
  },
  thematicBreak(node, context) {
    report(
      context,
      node,
      'a rule (***) closes a section and only stands between top-level blocks: remove it',
    );
    return [];
  },
  // Collected before reading: definitions apply wherever they are written.
  definition: () => [],
  footnoteDefinition: () => [],
  unknown(node, context) {
    report(context, node, `Markdown "${node.type}" has no place in an article: remove it`);
    return [];
  },
};

/**
 * Model blocks for mdast blocks inside a container (list item, quote, directive, note). Callers
 * cast the result to what their container holds (`Paragraph[]` for a quote): `parseArticle` checks
 * it afterwards and reports a misplaced block with its path, which is mapped back to its line.
 */
export function readBlocks(nodes: readonly MdastBlock[], context: ReadContext): BlockContent[] {
  return nodes.flatMap((node) => {
    const handler = (blockHandlers[node.type] ?? blockHandlers.unknown) as BlockHandler<MdastBlock>;
    return handler(node, context);
  });
}

function readParagraph(node: Mdast.Paragraph, context: ReadContext): Paragraph {
  return track(context, { type: 'paragraph', children: readPhrasing(node.children, context) }, node);
}

// ---------------------------------------------------------------------------
// Container directives: :::quote, :::aside, :::figure, :::terms (and :::lede, :::comment at the top)
// ---------------------------------------------------------------------------

type DirectiveHandler = BlockHandler<ContainerDirective>;

/** Block directives by name; `lede` and `comment` are read by the top level and refused here. */
export const directiveHandlers: Record<string, DirectiveHandler> = {
  lede(node, context) {
    report(context, node, ':::lede stands at the top level of the article, not inside another block');
    return [];
  },
  comment(node, context) {
    report(context, node, ':::comment stands at the top level of the article, not inside another block');
    return [];
  },
  quote(node, context) {
    const { attributes, body } = readDirective(
      node,
      context,
      ['id', 'source', 'locator', 'truncated'],
      false,
    );
    const truncated = readFlag(node, context, 'truncated', attributes.truncated);
    return [
      track(
        context,
        {
          type: 'quote',
          ...(attributes.id != null ? { id: attributes.id } : {}),
          ...(attributes.source != null ? { sourceId: attributes.source } : {}),
          ...(attributes.locator != null ? { locator: attributes.locator } : {}),
          ...(truncated !== undefined ? { truncated } : {}),
          children: readBlocks(body, context) as Paragraph[],
        },
        node,
      ),
    ];
  },
  aside(node, context) {
    const { label, body } = readDirective(node, context, [], true);
    return [
      track(
        context,
        {
          type: 'aside',
          ...(label !== undefined ? { label } : {}),
          children: readBlocks(body, context) as Paragraph[],
        },
        node,
      ),
    ];
  },
  figure(node, context) {
    const { attributes, body } = readDirective(node, context, ['id', 'credit', 'width', 'height'], false);
    const width = readSize(node, context, 'width', attributes.width);
    const height = readSize(node, context, 'height', attributes.height);
    const [first, second, ...rest] = body;
    const image = first?.type === 'paragraph' && first.children.length === 1 ? first.children[0] : undefined;
    if (image?.type !== 'image') {
      report(context, first ?? node, ':::figure starts with the image on a line of its own: ![alt](src)');
      return [];
    }
    let caption: PhrasingContent[] | undefined;
    if (second?.type === 'paragraph') caption = readPhrasing(second.children, context);
    else if (second) report(context, second, 'the caption of a figure is one paragraph after the image');
    if (rest.length > 0) {
      report(
        context,
        rest[0],
        'a figure holds the image and one caption paragraph: move the rest out of :::figure',
      );
    }
    const figure = readImage(image, context, caption, node);
    if (attributes.id != null) figure.id = attributes.id;
    if (attributes.credit != null) figure.credit = attributes.credit;
    if (width !== undefined) figure.width = width;
    if (height !== undefined) figure.height = height;
    return [figure];
  },
  terms(node, context) {
    const { body } = readDirective(node, context, [], false);
    const [list, ...rest] = body;
    if (!list) return [track(context, { type: 'termList', children: [] }, node)];
    if (list.type !== 'list' || list.ordered || rest.length > 0) {
      report(
        context,
        list.type === 'list' ? (rest[0] ?? list) : list,
        ':::terms holds one bullet list: each item is a term, a blank line, then its definition',
      );
      return [];
    }
    const items = list.children.map((item) => readTermItem(item, context));
    return [track(context, { type: 'termList', children: items }, node)];
  },
};

function readTermItem(item: Mdast.ListItem, context: ReadContext): TermItem {
  const [term, ...definition] = item.children;
  if (term?.type !== 'paragraph') {
    report(context, term ?? item, 'each item of :::terms starts with the term: "- 抑止力"');
    return track(context, { type: 'termItem', term: [], children: [] }, item);
  }
  if (mdastToString(term).includes('\n')) {
    report(
      context,
      term,
      'a term is one line: put a blank line between the term and its definition, and indent the definition',
    );
  }
  return track(
    context,
    {
      type: 'termItem',
      term: readPhrasing(term.children, context),
      children: readBlocks(definition, context) as Paragraph[],
    },
    item,
  );
}

function readImage(
  image: Mdast.Image,
  context: ReadContext,
  caption: PhrasingContent[] | undefined,
  at: Mdast.Node,
): Figure {
  if (image.title != null) {
    report(
      context,
      image,
      `a figure takes no title ("${image.title}"): write the caption as a paragraph inside :::figure`,
    );
  }
  return track(
    context,
    { type: 'figure', src: image.url, alt: image.alt ?? '', ...(caption ? { caption } : {}) },
    at,
  );
}

/** The attributes and content of a container directive, after checking which attributes it takes. */
export function readDirective(
  node: ContainerDirective,
  context: ReadContext,
  allowed: readonly string[],
  takesLabel: boolean,
): { attributes: Record<string, string | null | undefined>; label: string | undefined; body: MdastBlock[] } {
  const attributes = node.attributes ?? {};
  for (const key of Object.keys(attributes)) {
    if (!allowed.includes(key)) {
      const hint =
        allowed.length === 0
          ? 'it takes none'
          : `use ${allowed.map((name) => (name === 'id' ? '#id' : name)).join(', ')}`;
      report(
        context,
        node,
        `unknown attribute "${key === 'class' ? `.${attributes[key]}` : key}" on :::${node.name}: ${hint}`,
      );
    }
  }
  const [first, ...rest] = node.children;
  const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  if (hasLabel && !takesLabel) {
    report(context, first, `:::${node.name} takes no [label]: remove the brackets after the name`);
  }
  return {
    attributes,
    label: hasLabel ? mdastToString(first) : undefined,
    body: hasLabel ? rest : node.children,
  };
}

function readFlag(
  node: ContainerDirective,
  context: ReadContext,
  key: string,
  value: string | null | undefined,
): boolean | undefined {
  if (value == null) return undefined;
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  report(context, node, `${key}="${value}" is not a yes/no value: write ${key} alone, or ${key}=false`);
  return undefined;
}

function readSize(
  node: ContainerDirective,
  context: ReadContext,
  key: string,
  value: string | null | undefined,
): number | undefined {
  if (value == null) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    report(context, node, `${key}="${value}" is not a size: write a number of pixels like ${key}=640`);
    return undefined;
  }
  return number;
}
