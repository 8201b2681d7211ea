/**
 * Write examples/<name>/article.md from examples/<name>/article.json, so the Markdown edition of
 * each example follows its JSON. Run with `pnpm --filter @kiji/markdown examples` after changing
 * an example; test/examples.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '@kiji/core';
import { toMarkdown } from '../src/index.js';

export const EXAMPLES = ['summit-2025', 'eu-ai-act'] as const;

for (const name of EXAMPLES) {
  const json = new URL(`../../../examples/${name}/article.json`, import.meta.url);
  const markdown = new URL(`../../../examples/${name}/article.md`, import.meta.url);
  const article = parseArticle(JSON.parse(readFileSync(json, 'utf8')), json.pathname);
  writeFileSync(markdown, toMarkdown(article));
  console.log(`wrote examples/${name}/article.md`);
}
