import type { PhrasingContent } from '@kiji/core';
import type * as Mdast from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString as mdastToString } from 'mdast-util-to-string';
import { type ReadContext, report, sourceOf, track } from './context.js';

type MdastPhrasing = Mdast.PhrasingContent;

/** Turns one mdast inline node into model inline nodes (none when it only reports a problem). */
export type PhrasingHandler<T> = (node: T, context: ReadContext) => PhrasingContent[];

type PhrasingHandlers = {
  [K in MdastPhrasing['type']]?: PhrasingHandler<Extract<MdastPhrasing, { type: K }>>;
} & { unknown: PhrasingHandler<MdastPhrasing> };

/** The inline directives and what they take. */
const CITE_ATTRIBUTES = new Set(['locator']);

export const phrasingHandlers: PhrasingHandlers = {
  text(node, context) {
    checkUndefinedFootnote(node, context);
    return [track(context, { type: 'text', value: node.value }, node)];
  },
  emphasis: (node, context) => [
    track(context, { type: 'emphasis', children: readPhrasing(node.children, context) }, node),
  ],
  strong: (node, context) => [
    track(context, { type: 'strong', children: readPhrasing(node.children, context) }, node),
  ],
  link: (node, context) => [
    track(
      context,
      {
        type: 'link',
        url: node.url,
        ...(node.title != null ? { title: node.title } : {}),
        children: readPhrasing(node.children, context),
      },
      node,
    ),
  ],
  linkReference(node, context) {
    const definition = context.definitions.get(node.identifier);
    if (!definition) {
      report(context, node, `link reference [${node.label ?? node.identifier}] has no definition`);
      return [];
    }
    return phrasingHandlers.link!(
      {
        type: 'link',
        url: definition.url,
        title: definition.title ?? null,
        children: node.children,
        ...(node.position ? { position: node.position } : {}),
      },
      context,
    );
  },
  break: (node, context) => [track(context, { type: 'break' }, node)],
  footnoteReference(node, context) {
    const definition = context.footnotes.get(node.identifier);
    const noteId = definition?.label ?? node.label ?? node.identifier;
    return [track(context, { type: 'noteReference', noteId }, node)];
  },
  textDirective(node, context) {
    if (node.name !== 'cite') {
      report(
        context,
        node,
        `unknown directive ":${node.name}": the inline directive is :cite[source-id]; to write a colon before a letter, escape it as "\\:"`,
      );
      return [];
    }
    return [readCite(node, context)];
  },
  html(node, context) {
    if (isHtmlComment(node.value)) return [];
    report(
      context,
      node,
      `raw HTML "${node.value}" is not supported: write the text without tags, or escape "<" as "\\<" to keep it as text`,
    );
    return [];
  },
  inlineCode(node, context) {
    report(context, node, `inline code \`${node.value}\` is not supported: remove the backticks`);
    return [];
  },
  image(node, context) {
    report(
      context,
      node,
      'an image inside text is not supported: put "![alt](src)" in a paragraph of its own to make a figure',
    );
    return [];
  },
  imageReference(node, context) {
    report(
      context,
      node,
      'image references are not supported: write a figure as "![alt](src)" in its own paragraph',
    );
    return [];
  },
  unknown(node, context) {
    report(context, node, `Markdown "${node.type}" has no place in an article: remove it`);
    return [];
  },
};

function readCite(node: TextDirective, context: ReadContext): PhrasingContent {
  const sourceId = mdastToString(node).trim();
  const attributes = node.attributes ?? {};
  if (sourceId === '') {
    report(context, node, 'a citation needs the source id in brackets: write :cite[source-id]');
  }
  for (const key of Object.keys(attributes)) {
    if (!CITE_ATTRIBUTES.has(key)) {
      report(context, node, `unknown attribute "${key}" on :cite: the only one is locator="…"`);
    }
  }
  const locator = attributes.locator;
  return track(context, { type: 'sourceReference', sourceId, ...(locator != null ? { locator } : {}) }, node);
}

/** Model inline nodes for mdast inline nodes, with adjacent text runs merged. */
export function readPhrasing(nodes: readonly MdastPhrasing[], context: ReadContext): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const handler = (phrasingHandlers[node.type] ??
      phrasingHandlers.unknown) as PhrasingHandler<MdastPhrasing>;
    for (const converted of handler(node, context)) {
      const previous = out.at(-1);
      if (converted.type === 'text' && previous?.type === 'text') {
        const merged = { type: 'text' as const, value: previous.value + converted.value };
        const place = context.places.get(previous);
        if (place) context.places.set(merged, place);
        out[out.length - 1] = merged;
      } else out.push(converted);
    }
  }
  return out;
}

function isHtmlComment(value: string): boolean {
  return /^<!--[\s\S]*-->$/.test(value.trim());
}

/** `[^id]` left as text means the note was never defined; say so instead of printing brackets. */
function checkUndefinedFootnote(node: Mdast.Text, context: ReadContext): void {
  const written = sourceOf(context, node);
  // A label holds no bracket, which also keeps the search linear on runs of "[^".
  const match = /(^|[^\\])\[\^([^\]\s[]+)\]/.exec(written);
  if (!match) return;
  const offset = (node.position?.start.offset ?? 0) + match.index + match[1]!.length;
  const place = context.lines.place(offset);
  context.problems.push({
    path: '',
    message: `note [^${match[2]}] has no definition: add a line "[^${match[2]}]: the note's text" (or escape the bracket as "\\[")`,
    line: place.line,
    column: place.column,
  });
}
