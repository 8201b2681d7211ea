import type { State } from '../state.js';

/** Error thrown for a node type no handler renders. */
export class UnknownNodeError extends Error {
  /** JSON path of the node. */
  readonly path: string;
  /** The unhandled type. */
  readonly nodeType: string;

  constructor(nodeType: string, path: string) {
    super(
      `no HTML handler for node type "${nodeType}" at ${path}: render it with handlers: { unknown: (node, state) => … } (node.type is "${nodeType}"), or skip it with a warning with handlers: { unknown: warnUnknown }`,
    );
    this.name = 'UnknownNodeError';
    this.path = path;
    this.nodeType = nodeType;
  }
}

/** The default `unknown` handler: throws an `UnknownNodeError` naming the type and path. */
export function throwUnknown(node: { type: string }, state: State): never {
  throw new UnknownNodeError(node.type, state.path());
}

/** An `unknown` handler that skips the node and reports a warning. */
export function warnUnknown(node: { type: string }, state: State): undefined {
  state.warn(`node type "${node.type}" has no HTML handler and was left out: add one in handlers`);
  return undefined;
}
