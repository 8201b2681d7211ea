import { isCjk } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { textBlocks } from '../text-blocks.js';

/** Characters (without spaces) and words of a paragraph, and whether it reads as Japanese. */
export function measure(text: string): { characters: number; words: number; cjk: boolean } {
  const characters = [...text].filter((char) => !/\s/u.test(char));
  const cjkCount = characters.filter(isCjk).length;
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return { characters: characters.length, words, cjk: cjkCount * 2 > characters.length };
}

export const longParagraph = defineRule({
  id: 'long-paragraph',
  defaultSeverity: 'warning',
  description:
    'A paragraph longer than `maxCharacters` (Japanese text, counted without spaces) or `maxWords` (other languages). Quotes and reader comments are not counted: they are someone else’s words.',
  rationale:
    'Long blocks of text are hard to read on a page and worse on a phone, but length is a judgement call: a warning, with limits you can change.',
  example: 'A 420-character Japanese paragraph covering the summit, the defence budget and the base visit.',
  fix: 'Split it where the topic turns (one idea per paragraph), or raise the limit: "long-paragraph": ["warning", { "maxCharacters": 400 }].',
  defaultOptions: { maxCharacters: 300, maxWords: 150 },
  optionDocs: {
    maxCharacters: 'most characters (without spaces) in a paragraph of Japanese text (default 300)',
    maxWords: 'most words in a paragraph of other text (default 150)',
  },
  check({ article, options, report }) {
    for (const block of textBlocks(article)) {
      if (block.kind !== 'paragraph') continue;
      if (block.ancestors.some((node) => node.type === 'quote' || node.type === 'comment')) continue;
      const { characters, words, cjk } = measure(block.text);
      const [count, limit, unit] = cjk
        ? [characters, options.maxCharacters, 'characters']
        : [words, options.maxWords, 'words'];
      if (count <= limit) continue;
      report({
        path: block.path,
        message: `paragraph has ${count} ${unit} (limit ${limit})`,
        fix: 'split it where the topic turns, or raise the limit in the configuration',
      });
    }
  },
});
