import { type Article, formatPath, walk } from '@kiji/core';
import type { Finding } from './types.js';

/** Turns offsets of a text into 1-based lines and columns. */
export function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === '\n') starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Make a `locate` function for an article read from Markdown or plain text, without a position
 * map: each text node is found by searching the source for its value, in document order, so a
 * sentence that occurs twice is matched to the right occurrence. Nodes whose text was changed on
 * the way in (escapes, joined lines) are not found and keep only their JSON path.
 */
export function locateInText(
  source: string,
  article: Article,
): (finding: Finding) => { line: number; column: number } | undefined {
  const toPlace = lineIndex(source);
  const found = new Map<string, number>();
  for (const field of ['kicker', 'title', 'subtitle', 'summary'] as const) {
    const value = article.meta[field];
    const at = value ? source.indexOf(value) : -1;
    if (at >= 0) found.set(`meta.${field}`, at);
  }
  let cursor = 0;
  // Text nodes in document order, each searched from where the last one was found.
  for (const { node, path } of walk(article)) {
    if (node.type !== 'text' || node.value.trim() === '') continue;
    const value = node.value;
    let at = source.indexOf(value, cursor);
    if (at < 0) at = source.indexOf(value);
    if (at < 0) continue;
    found.set(formatPath(path), at);
    if (at >= cursor) cursor = at + value.length;
  }
  // A block's place is its first text node's.
  const firstText = (path: string) => {
    for (const [candidate, at] of found) {
      if (candidate.startsWith(`${path}.`) || candidate.startsWith(`${path}[`)) return at;
    }
    return undefined;
  };
  return (finding) => {
    const sourceMatch = /^sources\[(\d+)\]/.exec(finding.path);
    if (sourceMatch) {
      const entry = article.sources[Number(sourceMatch[1])];
      const keys = entry ? [entry.url, entry.title, entry.outlet].filter((key): key is string => !!key) : [];
      for (const key of keys) {
        const at = source.indexOf(key);
        if (at >= 0) return toPlace(at);
      }
      return undefined;
    }
    const exact = found.get(finding.path);
    if (exact !== undefined) return toPlace(exact + (finding.offset ?? 0));
    const first = firstText(finding.path);
    return first === undefined ? undefined : toPlace(first);
  };
}
