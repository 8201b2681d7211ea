import type { Comment, Conclusion, FlowContent, Note, Paragraph, Section } from '@kiji/core';
import type * as Mdast from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { readBlocks, readDirective } from './blocks.js';
import { type ReadContext, report, track } from './context.js';
import { readHeading } from './heading.js';

/** An open level while reading: the article body, a section or the conclusion. */
interface Level {
  /** Heading depth that opened it (1 for the article body). */
  depth: number;
  node: { children: unknown[] } | undefined;
  kind: 'body' | 'section' | 'conclusion';
}

/**
 * The article body from the top-level mdast nodes. Headings open sections (`##` a section, `###`
 * a subsection, …) that hold what follows until a heading of the same or a higher level; a rule
 * (`***`) closes the innermost open section or conclusion.
 */
export function readBody(
  root: Mdast.Root,
  context: ReadContext,
): { children: FlowContent[]; comments: Comment[] } {
  const children: FlowContent[] = [];
  const comments: Comment[] = [];
  const levels: Level[] = [{ depth: 1, node: undefined, kind: 'body' }];
  const top = () => levels.at(-1)!;
  const add = (blocks: unknown[]) => (top().node?.children ?? children).push(...(blocks as FlowContent[]));

  for (const node of root.children) {
    switch (node.type) {
      case 'yaml':
        break;
      case 'heading':
        readHeadingNode(node);
        break;
      case 'thematicBreak':
        if (levels.length === 1) {
          report(context, node, 'a rule (***) closes the open section, but none is open here: remove it');
        } else levels.pop();
        break;
      case 'containerDirective':
        if (node.name === 'lede') readLede(node);
        else if (node.name === 'comment') comments.push(readComment(node, context));
        else add(readBlocks([node], context));
        break;
      default:
        add(readBlocks([node], context));
    }
  }
  return { children, comments };

  function readHeadingNode(node: Mdast.Heading): void {
    if (node.depth === 1) {
      report(
        context,
        node,
        'a "#" heading is not used: the title goes in the front matter (title: …) and sections start at "##"',
      );
      return;
    }
    const line = readHeading(node, context);
    if (line.conclusion) {
      if (node.depth !== 2)
        report(context, node, 'the conclusion is a top-level heading: write it with "##"');
      if (line.number !== undefined) report(context, node, 'the conclusion has no number: remove it');
      levels.length = 1;
      const conclusion: Conclusion = track(
        context,
        {
          type: 'conclusion',
          ...(line.id !== undefined ? { id: line.id } : {}),
          ...(line.heading.length > 0 ? { heading: line.heading } : {}),
          children: [],
        },
        node,
      );
      children.push(conclusion);
      levels.push({ depth: 2, node: conclusion, kind: 'conclusion' });
      return;
    }
    while (top().depth >= node.depth) levels.pop();
    if (top().kind === 'conclusion') {
      report(
        context,
        node,
        'the conclusion holds no sections: close it with a rule (***) or make this a "##" heading',
      );
    }
    const section: Section = track(
      context,
      {
        type: 'section',
        ...(line.id !== undefined ? { id: line.id } : {}),
        ...(line.number !== undefined ? { number: line.number } : {}),
        heading: line.heading,
        children: [],
      },
      node,
    );
    add([section]);
    levels.push({ depth: node.depth, node: section, kind: 'section' });
  }

  function readLede(node: ContainerDirective): void {
    if (levels.length > 1) {
      report(
        context,
        node,
        'the lede stands at the top level: move it before the first heading, or close the open section with a rule (***)',
      );
      return;
    }
    const { body } = readDirective(node, context, [], false);
    children.push(track(context, { type: 'lede', children: readBlocks(body, context) as Paragraph[] }, node));
  }
}

function readComment(node: ContainerDirective, context: ReadContext): Comment {
  const { attributes, body } = readDirective(node, context, ['id', 'author', 'published'], false);
  return track(
    context,
    {
      type: 'comment',
      ...(attributes.id != null ? { id: attributes.id } : {}),
      ...(attributes.author != null ? { author: attributes.author } : {}),
      ...(attributes.published != null ? { published: attributes.published } : {}),
      children: readBlocks(body, context) as Paragraph[],
    },
    node,
  );
}

/** The notes, from the footnote definitions in the order they are written. */
export function readNotes(context: ReadContext): Note[] {
  return [...context.footnotes.values()].map((definition) =>
    track(
      context,
      {
        type: 'note',
        id: definition.label ?? definition.identifier,
        children: readBlocks(definition.children, context) as Paragraph[],
      },
      definition,
    ),
  );
}
