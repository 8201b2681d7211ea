import { readFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../src/index.js';

const examples = ['summit-2025', 'eu-ai-act'].map((name) => ({
  name: `examples/${name}`,
  file: new URL(`../../../examples/${name}/article.json`, import.meta.url),
}));

describe('parseMarkdown(toMarkdown(article)) gives back the article', () => {
  for (const fixture of loadFixtures()) {
    test(fixture.name, () => {
      const article = parseArticle(fixture.json, fixture.file);
      const markdown = toMarkdown(article);
      expect(parseMarkdown(markdown, { file: `${fixture.name}.md` })).toEqual(article);
      // Writing again gives the same text: the output is stable.
      expect(toMarkdown(parseMarkdown(markdown))).toBe(markdown);
    });
  }
  for (const example of examples) {
    test(example.name, () => {
      const article = parseArticle(JSON.parse(readFileSync(example.file, 'utf8')));
      const markdown = toMarkdown(article);
      expect(parseMarkdown(markdown)).toEqual(article);
    });
  }
});
