import type { Article, Node, PhrasingContent } from '@kiji/core';
import type { ReactNode } from 'react';
import type { JsonPath, RenderContext, RunStyle, SourcedRun } from '../context.js';

/** Nodes rendered as blocks (everything but phrasing content). */
export type BlockNode = Exclude<Node, PhrasingContent>;

/** Renders one block node; `ctx.path` is the node's JSON path, `ctx.width` the room it has. */
export type BlockHandler<N> = (node: N, ctx: RenderContext) => ReactNode;

/** Turns one phrasing node into styled runs for the line composer. */
export type PhrasingHandler<N> = (
  node: N,
  ctx: RenderContext,
  style: RunStyle,
  path: JsonPath,
) => SourcedRun[];

/**
 * Handlers of the parts of an article that are not nodes of the model. The `article` handler calls
 * them with the article and its own context (`ctx.handlers.masthead(node, ctx)`).
 */
export interface PartHandlers {
  /** Kicker, title, subtitle, the date line (place, date, updated date), byline and publisher. */
  masthead: BlockHandler<Article>;
  /** The numbered sources list (`ctx.references.sources`) under its heading; nothing when empty. */
  sources: BlockHandler<Article>;
}

/** One handler per node type of the model, the parts, and `unknown` for anything else. */
export type Handlers = {
  [K in BlockNode['type']]: BlockHandler<Extract<BlockNode, { type: K }>>;
} & {
  [K in PhrasingContent['type']]: PhrasingHandler<Extract<PhrasingContent, { type: K }>>;
} & PartHandlers & {
    /** Called for a node whose type has no handler; the default throws. */
    unknown: (node: { type: string }, ctx: RenderContext) => never;
  };

/** Handlers a caller may replace; missing ones keep their defaults. */
export type HandlerOverrides = Partial<Handlers>;
