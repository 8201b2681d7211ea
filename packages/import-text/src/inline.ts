import { isSafeUrl, type PhrasingContent } from '@kiji/core';
import type { Citation, Context } from './types.js';

// redos: bounded, each `[label](` scans at most 2,300 characters for its target.
const MARKDOWN_LINK = /\[([^[\]\n]{1,300})\]\(\s*([^()\s]{1,2000})\s*\)/gu;
/** URLs in running text are ASCII: a Japanese character right after one ends it. */
const BARE_URL = /\bhttps?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+/gu;

/** The input line of a text: one number, or a map from offsets (joined lines) to line numbers. */
export type LineOf = number | ((offset: number) => number);

function shift(line: LineOf, by: number): LineOf {
  return typeof line === 'number' ? line : (offset) => line(offset + by);
}

/** Line numbers for offsets in a paragraph made of joined lines. */
export function lineMap(first: number, starts: readonly { offset: number; line: number }[] = []): LineOf {
  if (starts.length === 0) return first;
  // Binary search: starts are in offset order, and a long paragraph has thousands of them.
  return (offset) => {
    let low = -1;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]!.offset <= offset) low = middle;
      else high = middle - 1;
    }
    return low < 0 ? first : starts[low]!.line;
  };
}

/**
 * Inline content for a paragraph: citations keep their outlet and title (a Markdown link in the
 * title goes to the source instead) followed by a source reference, unless `quotedSourceId` is
 * the source of the quote this paragraph introduces; Markdown links and bare URLs become links.
 */
export function toPhrasing(
  text: string,
  context: Context,
  line: LineOf,
  citations: readonly Citation[] = [],
  quotedSourceId?: string,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let position = 0;
  for (const citation of [...citations].sort((a, b) => a.start - b.start)) {
    if (citation.start < position) continue;
    append(out, toLinks(text.slice(position, citation.start), context, shift(line, position)));
    const closer = text.slice(citation.titleEnd, citation.end);
    pushText(out, `${text.slice(citation.start, citation.titleStart)}${citation.title ?? ''}${closer}`);
    if (citation.sourceId !== undefined && citation.sourceId !== quotedSourceId) {
      out.push({ type: 'sourceReference', sourceId: citation.sourceId });
    }
    position = citation.end;
  }
  append(out, toLinks(text.slice(position), context, shift(line, position)));
  return out;
}

/** Append nodes, merging neighbouring text nodes. */
function append(out: PhrasingContent[], nodes: PhrasingContent[]): void {
  for (const node of nodes) {
    if (node.type === 'text') pushText(out, node.value);
    else out.push(node);
  }
}

/** Markdown links and bare http(s) URLs to link nodes; everything else is text. */
export function toLinks(text: string, context: Context, line: LineOf): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let position = 0;
  const matches = [...text.matchAll(MARKDOWN_LINK)].map((match) => ({
    index: match.index,
    length: match[0].length,
    label: match[1]!,
    url: match[2]!,
  }));
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0].replace(/(?<![.,;:!?])[.,;:!?]+$/u, '');
    const inside = matches.some((m) => match.index >= m.index && match.index < m.index + m.length);
    if (!inside) matches.push({ index: match.index, length: url.length, label: url, url });
  }
  matches.sort((a, b) => a.index - b.index);
  for (const match of matches) {
    if (match.index < position) continue;
    pushText(out, text.slice(position, match.index));
    if (isSafeUrl(match.url)) {
      out.push({ type: 'link', url: match.url, children: [{ type: 'text', value: match.label }] });
    } else {
      context.warnings.push({
        line: typeof line === 'number' ? line : line(match.index),
        code: 'unsafe-link',
        message: `kept "${match.label}" as text: the link target "${match.url.slice(0, 80)}" is not an http(s) or mailto URL`,
      });
      pushText(out, match.label);
    }
    position = match.index + match.length;
  }
  pushText(out, text.slice(position));
  return out;
}

function pushText(out: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = out.at(-1);
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value });
}
