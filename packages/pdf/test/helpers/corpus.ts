/** Every fixture of the corpus and every example, parsed, with the directory figures resolve from. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface Case {
  name: string;
  article: Article;
  baseDir: string;
}

/** Fixtures first (in number order), then the examples that exist. */
export function loadCases(): Case[] {
  const fixtures = loadFixtures().map((fixture) => ({
    name: fixture.name,
    article: parseArticle(fixture.json),
    baseDir: dirname(fixture.file),
  }));
  const examples = ['summit-2025', 'eu-ai-act']
    .map((name) => ({ name, file: join(repoRoot, 'examples', name, 'article.json') }))
    .filter(({ file }) => existsSync(file))
    .map(({ name, file }) => ({
      name: `example ${name}`,
      article: parseArticle(JSON.parse(readFileSync(file, 'utf8'))),
      baseDir: dirname(file),
    }));
  return [...fixtures, ...examples];
}
