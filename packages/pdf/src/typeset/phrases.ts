import { japanesePhrases } from '@kiji/core';

/** Full-width punctuation that ends a phrase: a heading may break after it. */
const PHRASE_END = new Set([...'、。，．：；！？）」』】〕〉》］｝']);
/** Full-width opening brackets: a heading may break before them. */
const PHRASE_START = new Set([...'（「『【〔〈《［｛']);

/**
 * Offsets (code units) where a new phrase (文節) starts: BudouX's Japanese model, plus after
 * full-width punctuation that closes a phrase and before an opening bracket, which BudouX joins
 * to their neighbours (「日米首脳会談2025：同盟の」 is one BudouX phrase, but a typesetter breaks
 * a heading after the colon first).
 */
export function phraseBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const phrase of japanesePhrases(text)) {
    offset += phrase.length;
    boundaries.add(offset);
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (PHRASE_END.has(char) && i + 1 < text.length) boundaries.add(i + 1);
    if (PHRASE_START.has(char) && i > 0) boundaries.add(i);
  }
  return boundaries;
}
