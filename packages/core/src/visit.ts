import type { Article, Node } from './model.js';

/** A node together with the JSON path of the place it was found at. */
export interface Visited {
  /** The node. */
  node: Node;
  /** Its JSON path from the article root, e.g. `['children', 2, 'children', 0]`. */
  path: (string | number)[];
  /** The chain of parents, outermost first. */
  ancestors: Node[];
}

const CHILD_KEYS = ['heading', 'term', 'caption', 'children'] as const;

/** Every node of the article in document order, each with its path and ancestors. */
export function* walk(article: Article): Generator<Visited> {
  yield* walkNode(article, [], []);
  for (const key of ['notes', 'comments'] as const) {
    const list = article[key];
    if (!Array.isArray(list)) continue;
    for (const [index, node] of list.entries()) yield* walkNode(node, [key, index], [article]);
  }
}

function* walkNode(node: Node, path: (string | number)[], ancestors: Node[]): Generator<Visited> {
  yield { node, path, ancestors };
  const record = node as unknown as Record<string, unknown>;
  for (const key of CHILD_KEYS) {
    const value = record[key];
    if (!Array.isArray(value)) continue;
    for (const [index, child] of value.entries()) {
      // Input the schema has not accepted yet may hold anything; only objects are nodes.
      if (typeof child !== 'object' || child === null) continue;
      yield* walkNode(child as Node, [...path, key, index], [...ancestors, node]);
    }
  }
}

/** The plain text of a node and its descendants (breaks become newlines). */
export function toPlainText(node: Node | Node[]): string {
  if (Array.isArray(node)) return node.map((child) => toPlainText(child)).join('');
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return '\n';
    case 'sourceReference':
    case 'noteReference':
      return '';
    default: {
      const children = (node as { children?: Node[] }).children;
      return children ? toPlainText(children) : '';
    }
  }
}
