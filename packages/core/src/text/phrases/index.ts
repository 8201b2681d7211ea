import { jaModel } from './ja-model.js';
import { PhraseParser } from './parser.js';

let parser: PhraseParser | undefined;

/** Full-width punctuation that ends a phrase: a line may break after it. */
const PHRASE_END = new Set([...'、。，．：；！？）」』】〕〉》］｝']);
/** Full-width opening brackets: a line may break before them. */
const PHRASE_START = new Set([...'（「『【〔〈《［｛']);

/** Text cut into phrases exactly as BudouX's Japanese model cuts it. */
export function budouxPhrases(text: string): string[] {
  parser ??= new PhraseParser(jaModel);
  return parser.parse(text);
}

/**
 * Japanese text cut into phrases (文節): where a heading, a byline or a label may break without
 * splitting a word (「未来を拓く」 stays whole). BudouX's Japanese model, plus a cut after
 * full-width punctuation that closes a phrase and before an opening bracket, which BudouX joins to
 * their neighbours (「日米首脳会談2025：同盟の」 is one BudouX phrase; a typesetter breaks after the
 * colon first). Every renderer breaks at these phrases, so PDF and HTML agree. Text without
 * Japanese comes back as one phrase or split only where the model finds a boundary.
 */
export function japanesePhrases(text: string): string[] {
  const phrases: string[] = [];
  for (const phrase of budouxPhrases(text)) {
    let start = 0;
    for (let i = 1; i < phrase.length; i++) {
      if (PHRASE_END.has(phrase[i - 1]!) || PHRASE_START.has(phrase[i]!)) {
        phrases.push(phrase.slice(start, i));
        start = i;
      }
    }
    phrases.push(phrase.slice(start));
  }
  return phrases;
}
