import { readFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { parseMarkdown, toMarkdown } from '../src/index.js';

const examples = ['summit-2025', 'eu-ai-act'];
const read = (name: string, file: string) =>
  readFileSync(new URL(`../../../examples/${name}/${file}`, import.meta.url), 'utf8');

describe('the examples written in Markdown equal their JSON', () => {
  for (const name of examples) {
    test(`examples/${name}/article.md`, () => {
      const json = parseArticle(JSON.parse(read(name, 'article.json')));
      const markdown = read(name, 'article.md');
      // When an example's JSON changes, run `pnpm --filter @kiji/markdown examples` to rewrite its Markdown.
      expect(parseMarkdown(markdown, { file: `examples/${name}/article.md` })).toEqual(json);
      expect(toMarkdown(json)).toBe(markdown);
    });
  }
});
