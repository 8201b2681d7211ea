import type { InputProblem } from '@kiji/core';
import type { Definition, FootnoteDefinition } from 'mdast';
import { type LineIndex, type Place, type Positioned, placeOf, problemAt } from '../places.js';

/** What the mdast-to-model steps share while reading one Markdown file. */
export interface ReadContext {
  /** The Markdown text (for checks on what was written, not what it parsed to). */
  source: string;
  /** Lines of `source`, to place problems found inside a node. */
  lines: LineIndex;
  /** Link reference definitions (`[label]: url`) by normalised identifier. */
  definitions: Map<string, Definition>;
  /** Footnote definitions by normalised identifier, in document order. */
  footnotes: Map<string, FootnoteDefinition>;
  /** Where each model node came from, to place problems that validation finds later. */
  places: WeakMap<object, Place>;
  /** Problems found so far; reading goes on to report them all. */
  problems: InputProblem[];
}

/** Record a problem at `node` and carry on. */
export function report(context: ReadContext, node: Positioned | undefined, message: string): void {
  context.problems.push(problemAt(placeOf(node), message));
}

/** Remember where a model node came from and return it. */
export function track<T extends object>(context: ReadContext, node: T, from: Positioned): T {
  const place = placeOf(from);
  if (place) context.places.set(node, place);
  return node;
}

/** The Markdown text that `node` was parsed from. */
export function sourceOf(
  context: ReadContext,
  node: Positioned & { position?: { end?: { offset?: number } } },
): string {
  const start = node.position?.start.offset;
  const end = node.position?.end?.offset;
  return start === undefined || end === undefined ? '' : context.source.slice(start, end);
}
