import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '@kiji/core';
import { loadFixtures } from '@kiji/fixtures';

/** The repository's examples directory. */
export const examplesDir = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** A named article to build in tests. */
export interface NamedArticle {
  name: string;
  article: Article;
  /** Directory its relative image paths start from. */
  baseDir: string;
}

/** Every fixture of the corpus. */
export const fixtures = (): NamedArticle[] =>
  loadFixtures().map((fixture) => ({
    name: fixture.name,
    article: parseArticle(fixture.json, fixture.file),
    baseDir: fileURLToPath(new URL('.', `file://${fixture.file}`)),
  }));

/** The flagship (Japanese) and English examples. */
export const EXAMPLES = ['summit-2025', 'eu-ai-act'] as const;

/** The examples that exist in this checkout (all of them once they are written). */
export const examples = (): NamedArticle[] =>
  EXAMPLES.map((name) => `${examplesDir}${name}/article.json`)
    .filter((file) => existsSync(file))
    .map((file) => ({
      name: file.split('/').at(-2)!,
      article: parseArticle(JSON.parse(readFileSync(file, 'utf8')), file),
      baseDir: file.replace(/article\.json$/, ''),
    }));

/** One fixture by number prefix, e.g. `fixture('012')`. */
export function fixture(prefix: string): NamedArticle {
  const found = fixtures().find((entry) => entry.name.startsWith(prefix));
  if (!found) throw new Error(`no fixture ${prefix}`);
  return found;
}
