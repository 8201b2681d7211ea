import type { InputProblem } from '@kiji/core';

/** A 1-based line and column in the Markdown file. */
export interface Place {
  line: number;
  column: number;
}

/** Anything with an mdast position. */
export interface Positioned {
  position?: { start: { line: number; column: number; offset?: number } } | undefined;
}

/** Where an mdast node starts, when the parser recorded it. */
export function placeOf(node: Positioned | undefined): Place | undefined {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

/** Turns character offsets of a text into lines and columns. */
export class LineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 10) this.#starts.push(index + 1);
    }
  }

  /** The place of the character at `offset`. */
  place(offset: number): Place {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#starts[low]! + 1 };
  }
}

/** A problem found at a place in the Markdown text. */
export function problemAt(place: Place | undefined, message: string, path = ''): InputProblem {
  return place ? { path, message, line: place.line, column: place.column } : { path, message };
}

/** `children[2].children[0].sourceId` -> `['children', 2, 'children', 0, 'sourceId']`. */
export function splitPath(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    keys.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
  }
  return keys;
}
