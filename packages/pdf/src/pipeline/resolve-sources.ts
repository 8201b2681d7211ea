import type { Article, Source } from '@kiji/core';

/** A source with the number it is printed with. */
export interface NumberedSource extends Source {
  number: number;
  /** Anchor id of its entry in the sources list. */
  anchor: string;
}

/** Sources and notes by id, numbered in the article's (citation) order. */
export interface ResolvedReferences {
  sources: NumberedSource[];
  sourceById: Map<string, NumberedSource>;
  noteNumber: Map<string, number>;
}

/**
 * Number every source and note in the order the article lists them. `prefix` starts every
 * anchor, so several articles can share one document.
 */
export function resolveSources(article: Article, prefix = ''): ResolvedReferences {
  const sources = article.sources.map((source, index) => ({
    ...source,
    number: index + 1,
    anchor: `${prefix}source-${index + 1}`,
  }));
  return {
    sources,
    sourceById: new Map(sources.map((source) => [source.id, source])),
    noteNumber: new Map((article.notes ?? []).map((note, index) => [note.id, index + 1])),
  };
}
