import { findNodeAtLocation, type Node as JsonNode, parseTree } from 'jsonc-parser';
import { lineIndex } from './locate-in-text.js';
import type { Finding } from './types.js';

/** `children[2].heading[0]` -> `['children', 2, 'heading', 0]`. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

/** Column of the character at `offset` inside a JSON string literal starting at `literalStart`. */
function offsetInLiteral(source: string, literalStart: number, offset: number): number {
  // Walk the literal's escapes: one decoded code unit may take several source characters.
  let position = literalStart + 1;
  for (let decoded = 0; decoded < offset && position < source.length; decoded++) {
    if (source[position] === '\\') position += source[position + 1] === 'u' ? 6 : 2;
    else position += 1;
  }
  return position;
}

/**
 * Make a `locate` function for `lintArticle` from the JSON text an article was parsed from:
 * findings get the line and column of their node (of the character, for text findings).
 */
export function locateInJson(
  source: string,
): (finding: Finding) => { line: number; column: number } | undefined {
  const tree = parseTree(source);
  const toLineColumn = lineIndex(source);
  return (finding) => {
    if (!tree) return undefined;
    const node: JsonNode | undefined = findNodeAtLocation(tree, parsePath(finding.path));
    if (!node) return undefined;
    if (finding.offset !== undefined) {
      const value =
        node.type === 'object'
          ? findNodeAtLocation(node, ['value'])
          : node.type === 'string'
            ? node
            : undefined;
      if (value?.type === 'string')
        return toLineColumn(offsetInLiteral(source, value.offset, finding.offset));
    }
    return toLineColumn(node.offset);
  };
}
