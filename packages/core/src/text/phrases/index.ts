import { jaModel } from './ja-model.js';
import { PhraseParser } from './parser.js';

let parser: PhraseParser | undefined;

/**
 * Japanese text cut into phrases (文節) by BudouX's Japanese model: where a heading may break
 * without splitting a word (「未来を拓く」 stays whole). Text without Japanese comes back as one
 * phrase or split only where the model finds a boundary.
 */
export function japanesePhrases(text: string): string[] {
  parser ??= new PhraseParser(jaModel);
  return parser.parse(text);
}
