import { formatPath } from '@kiji/core';
import { articleHandlers } from './article.js';
import { asideHandlers } from './aside.js';
import { figureHandlers } from './figure.js';
import { listHandlers } from './list.js';
import { phrasingHandlers } from './phrasing.js';
import { quoteHandlers } from './quote.js';
import { sectionHandlers } from './section.js';
import { termListHandlers } from './term-list.js';
import { textBlockHandlers } from './text-blocks.js';
import { trailingHandlers } from './trailing.js';
import type { HandlerOverrides, Handlers } from './types.js';

export type { BlockHandler, BlockNode, HandlerOverrides, Handlers, PhrasingHandler } from './types.js';

/** The default handler for every node type of the model. */
export const defaultHandlers: Readonly<Handlers> = Object.freeze({
  ...articleHandlers,
  ...textBlockHandlers,
  ...sectionHandlers,
  ...quoteHandlers,
  ...listHandlers,
  ...termListHandlers,
  ...figureHandlers,
  ...asideHandlers,
  ...trailingHandlers,
  ...phrasingHandlers,
  unknown: (node: { type: string }, ctx) => {
    throw new Error(
      `no PDF handler for node type "${node.type}" at ${formatPath(ctx.path) || 'the article root'}: pass one in handlers: { ${node.type}: ... }`,
    );
  },
});

/** Defaults with the caller's handlers merged over them. */
export const mergeHandlers = (overrides: HandlerOverrides | undefined): Handlers => ({
  ...defaultHandlers,
  ...overrides,
});
