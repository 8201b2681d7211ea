import { ProblemError } from './problem.js';

/** Deeper than any article: a section in a section holding a list of lists of emphasis is ~30. */
export const MAX_JSON_DEPTH = 128;

/**
 * Refuse JSON nested deeper than `max` before it is parsed: parsing, validation and the renderers
 * walk the tree recursively, and a body of 100,000 `[` would exhaust the stack. One linear scan.
 */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) {
        throw new ProblemError(
          'too-deep',
          `the JSON is nested more than ${max} levels deep (at character ${index + 1}): an article is never that deep`,
        );
      }
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
}
