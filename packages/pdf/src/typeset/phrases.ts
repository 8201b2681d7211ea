import { japanesePhrases } from '@kiji/core';

/**
 * Offsets (code units) where a new phrase (文節) starts, from `@kiji/core`'s `japanesePhrases`
 * (BudouX, plus after closing punctuation and before opening brackets), the one phrase rule the
 * HTML uses too.
 */
export function phraseBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const phrase of japanesePhrases(text)) {
    offset += phrase.length;
    boundaries.add(offset);
  }
  return boundaries;
}
