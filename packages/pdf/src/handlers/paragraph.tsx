import type { Paragraph } from '@kiji/core';
import type { RenderContext } from '../context.js';
import type { Layout } from '../theme.js';
import type { Handlers } from './types.js';

/** Body size of a quote's text: a little smaller than the running text. */
export const quoteSize = (layout: Layout): number => Math.round(layout.sizes.body * 0.95 * 100) / 100;

/** Whether the paragraph is the last child of the node around it. */
function isLast(ctx: RenderContext): boolean {
  const index = ctx.path.at(-1);
  const siblings = ctx.parent && 'children' in ctx.parent ? ctx.parent.children : undefined;
  return siblings !== undefined && index === siblings.length - 1;
}

/** The lede's paragraphs: larger, in the heading colour, no indent. */
function ledeParagraph(node: Paragraph, ctx: RenderContext) {
  const { sizes, theme, japanese } = ctx.layout;
  const size = sizes.lede;
  return ctx.text(
    ctx.runs(node.children, [...ctx.path, 'children'], { ...ctx.serif(size), color: theme.colors.heading }),
    {
      lineHeight: size * theme.lineHeight,
      align: japanese ? 'justify' : theme.latinAlign,
      tag: { type: 'P' },
    },
    { marginBottom: isLast(ctx) ? 0 : size * 0.5 },
  );
}

/** A quote's paragraphs: smaller; the last one carries the cut-off mark of a truncated quote. */
function quoteParagraph(node: Paragraph, ctx: RenderContext) {
  const { theme, japanese } = ctx.layout;
  const size = quoteSize(ctx.layout);
  const runs = ctx.runs(node.children, [...ctx.path, 'children'], {
    ...ctx.serif(size),
    color: theme.colors.text,
  });
  const quote = ctx.parent?.type === 'quote' ? ctx.parent : undefined;
  if (quote?.truncated && isLast(ctx)) {
    runs.push({
      ...ctx.sans(size),
      color: theme.colors.accent,
      text: ctx.labels.truncated,
      origin: { path: [...ctx.path.slice(0, -2), 'truncated'], offset: 0, generated: true },
    });
  }
  return ctx.text(
    runs,
    {
      width: ctx.width,
      lineHeight: size * theme.lineHeight,
      firstLineIndent: japanese ? size : 0,
      align: japanese ? 'justify' : 'start',
      tag: { type: 'P' },
    },
    { marginBottom: japanese ? 0 : size * 0.4 },
    ctx.keepWithNext,
  );
}

/** Paragraphs inside lists, terms, asides, notes and comments: no first-line indent. */
function flushParagraph(node: Paragraph, ctx: RenderContext) {
  const { sizes, theme, japanese } = ctx.layout;
  return ctx.text(
    ctx.runs(node.children, [...ctx.path, 'children'], ctx.serif(sizes.body)),
    {
      width: ctx.width,
      lineHeight: sizes.body * theme.lineHeight,
      align: japanese ? 'justify' : 'start',
      tag: { type: 'P' },
    },
    undefined,
    ctx.keepWithNext,
  );
}

/** Running text (Japanese: indented one em, justified; Latin: `theme.latinAlign`). */
function bodyParagraph(node: Paragraph, ctx: RenderContext) {
  const { sizes, theme, japanese } = ctx.layout;
  const size = sizes.body;
  return ctx.text(
    ctx.runs(node.children, [...ctx.path, 'children'], ctx.serif(size)),
    {
      lineHeight: size * theme.lineHeight,
      firstLineIndent: japanese ? size : 0,
      align: japanese ? 'justify' : theme.latinAlign,
      tag: { type: 'P' },
    },
    { marginBottom: japanese ? 0 : size * 0.6 },
    ctx.keepWithNext,
  );
}

/**
 * Every paragraph of the article, wherever it sits: set by the node around it (`ctx.parent`), so
 * an override of `paragraph` reaches the lede, quotes, lists, terms, asides, notes and comments.
 */
export const paragraphHandlers: Pick<Handlers, 'paragraph'> = {
  paragraph: (node, ctx) => {
    switch (ctx.parent?.type) {
      case 'lede':
        return ledeParagraph(node, ctx);
      case 'quote':
        return quoteParagraph(node, ctx);
      case 'listItem':
      case 'termItem':
      case 'aside':
      case 'note':
      case 'comment':
        return flushParagraph(node, ctx);
      default:
        return bodyParagraph(node, ctx);
    }
  },
};
