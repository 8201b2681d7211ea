import { type Article, type Figure, type FigureImage, formatPath, type Node } from '@kiji/core';
import type { ElementContent } from 'hast';
import type { Labels } from './labels.js';
import type { HandlerResult, Handlers, HtmlWarning, ToHtmlOptions } from './options.js';
import type { ResolvedIds } from './resolve-ids.js';

/** Where a source or note was cited: the id of each mark, in document order. */
export type BackLinks = Map<string, string[]>;

/** Everything a handler may use while rendering one article. */
export interface State {
  /** The article being rendered. */
  article: Article;
  /** The options `toHtml` was called with. */
  options: Readonly<ToHtmlOptions>;
  /** The merged handler map. */
  handlers: Handlers;
  /** Words for the article's language. */
  labels: Labels;
  /** Ids decided before rendering. */
  ids: ResolvedIds;
  /** Each figure's image as checked before rendering; undefined when `imageSrc` maps images. */
  images: Map<Figure, FigureImage> | undefined;
  /** Citation mark ids per source id (filled while the body renders). */
  citations: BackLinks;
  /** Note mark ids per note id (filled while the body renders). */
  noteRefs: BackLinks;
  /** Nesting depth of the section being rendered (0 outside sections); headings use h(depth+1). */
  depth: number;
  /** The JSON path of the node being rendered, e.g. `children[2].children[0]`. */
  path: () => string;
  /** Report a warning at the current path (plus an optional sub-key such as `url`). */
  warn: (message: string, key?: string) => void;
  /** Render one node (with `segments` appended to the path while it renders). */
  one: (node: Node | { type: string }, ...segments: (string | number)[]) => ElementContent[];
  /** Render a list of nodes found under `key` (default `children`). */
  all: (nodes: readonly (Node | { type: string })[], key?: string) => ElementContent[];
  /** Claim a fresh id for a citation of `sourceId`, remembered for the back-links. */
  cite: (sourceId: string) => string;
  /** Claim a fresh id for a reference to `noteId`, remembered for the back-links. */
  referNote: (noteId: string) => string;
}

/** A handler's result as a list. */
export const toArray = (result: HandlerResult): ElementContent[] =>
  result === undefined ? [] : Array.isArray(result) ? result : [result];

/** Build the rendering state for one article. */
export function createState(
  article: Article,
  options: ToHtmlOptions,
  handlers: Handlers,
  labels: Labels,
  ids: ResolvedIds,
  images?: Map<Figure, FigureImage>,
): State {
  const trail: (string | number)[] = [];
  const citations: BackLinks = new Map();
  const noteRefs: BackLinks = new Map();
  const remember = (links: BackLinks, key: string, base: string) => {
    const list = links.get(key) ?? [];
    const id = ids.registry.claim(`${base}-${list.length + 1}`);
    list.push(id);
    links.set(key, list);
    return id;
  };
  const state: State = {
    article,
    options,
    handlers,
    labels,
    ids,
    images,
    citations,
    noteRefs,
    depth: 0,
    path: () => formatPath(trail) || '(article)',
    warn(message, key) {
      const warning: HtmlWarning = {
        path: formatPath(key ? [...trail, key] : trail) || '(article)',
        message,
      };
      options.onWarning?.(warning);
    },
    one(node, ...segments) {
      trail.push(...segments);
      try {
        const handler = (handlers as unknown as Record<string, (n: unknown, s: State) => HandlerResult>)[
          node.type
        ];
        return toArray(handler ? handler(node, state) : handlers.unknown(node, state));
      } finally {
        trail.length -= segments.length;
      }
    },
    all(nodes, key = 'children') {
      return nodes.flatMap((node, index) => state.one(node, key, index));
    },
    cite: (sourceId) =>
      remember(citations, sourceId, `${ids.prefix}cite-${sourceId.replace(/[^\w.-]/g, '-')}`),
    referNote: (noteId) =>
      remember(noteRefs, noteId, `${ids.prefix}noteref-${noteId.replace(/[^\w.-]/g, '-')}`),
  };
  return state;
}
