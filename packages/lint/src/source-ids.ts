import { type Article, formatPath, walk } from '@kiji/core';

/** One place that cites a source: a quote's `sourceId` or an inline `sourceReference`. */
export interface Citation {
  sourceId: string;
  /** JSON path of the citing node. */
  path: string;
  kind: 'quote' | 'sourceReference';
}

/** Every citation in document order (body, notes and comments). */
export function citations(article: Article): Citation[] {
  const result: Citation[] = [];
  for (const { node, path } of walk(article)) {
    if (node.type === 'quote' && node.sourceId !== undefined) {
      result.push({ sourceId: node.sourceId, path: formatPath(path), kind: 'quote' });
    } else if (node.type === 'sourceReference') {
      result.push({ sourceId: node.sourceId, path: formatPath(path), kind: 'sourceReference' });
    }
  }
  return result;
}
