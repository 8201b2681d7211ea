import { formatPath } from '@kiji/core';
import type { RenderContext } from '../context.js';
import { articleHandlers } from './article.js';
import { asideHandlers } from './aside.js';
import { figureHandlers } from './figure.js';
import { listHandlers } from './list.js';
import { mastheadHandlers } from './masthead.js';
import { paragraphHandlers } from './paragraph.js';
import { phrasingHandlers } from './phrasing.js';
import { quoteHandlers } from './quote.js';
import { sectionHandlers } from './section.js';
import { sourcesHandlers } from './sources-list.js';
import { termListHandlers } from './term-list.js';
import { textBlockHandlers } from './text-blocks.js';
import { trailingHandlers } from './trailing.js';
import type { HandlerOverrides, Handlers } from './types.js';

export type {
  BlockHandler,
  BlockNode,
  HandlerOverrides,
  Handlers,
  PartHandlers,
  PhrasingHandler,
} from './types.js';

/** The default handler for every node type of the model. */
export const defaultHandlers: Readonly<Handlers> = Object.freeze({
  ...articleHandlers,
  ...mastheadHandlers,
  ...textBlockHandlers,
  ...paragraphHandlers,
  ...sectionHandlers,
  ...quoteHandlers,
  ...listHandlers,
  ...termListHandlers,
  ...figureHandlers,
  ...asideHandlers,
  ...trailingHandlers,
  ...phrasingHandlers,
  ...sourcesHandlers,
  unknown: (node: { type: string }, ctx: RenderContext) => {
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
