import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface PhraseParser {
  parse(text: string): string[];
}

let parser: PhraseParser | undefined;

/**
 * BudouX's plain parser and Japanese model. The package entry also loads an HTML processor
 * (linkedom), which costs about half a second per process; the parser needs none of it, so the
 * two modules are loaded from the package's CommonJS build directly, with the entry as fallback.
 */
function loadParser(): PhraseParser {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('budoux');
  try {
    const { Parser } = require(join(dirname(entry), 'parser.js')) as {
      Parser: new (model: unknown) => PhraseParser;
    };
    const { model } = require(join(dirname(entry), 'data', 'models', 'ja.js')) as { model: unknown };
    return new Parser(model);
  } catch {
    const budoux = require('budoux') as { loadDefaultJapaneseParser(): PhraseParser };
    return budoux.loadDefaultJapaneseParser();
  }
}

/** Offsets (code units) where BudouX's Japanese model starts a new phrase (文節). */
export function phraseBoundaries(text: string): Set<number> {
  parser ??= loadParser();
  const boundaries = new Set<number>();
  let offset = 0;
  for (const phrase of parser.parse(text)) {
    offset += phrase.length;
    boundaries.add(offset);
  }
  return boundaries;
}
