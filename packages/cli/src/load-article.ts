import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Article } from '@kiji/core';
import { formatOf, formatWarning, type LoadResult, loadArticleText } from '@kiji/load';

/**
 * Read an article file (`.json`, `.md` / `.markdown`, or `.txt` scraped text) and validate it;
 * problems name the file as given. Warnings (guesses made while importing text) are printed to
 * `stderr` as `file:line: warning: message` when it is passed.
 */
export async function loadArticle(
  path: string,
  cwd: string,
  stderr?: (text: string) => void,
): Promise<Article> {
  const { article } = await loadArticleResult(path, cwd, stderr);
  return article;
}

/** Like {@link loadArticle}, also returning the warnings. */
export async function loadArticleResult(
  path: string,
  cwd: string,
  stderr?: (text: string) => void,
): Promise<LoadResult> {
  formatOf(path); // refuse an unsupported extension before touching the file
  const text = await readFile(resolve(cwd, path), 'utf8');
  const result = loadArticleText(text, path);
  if (stderr) for (const warning of result.warnings) stderr(`${formatWarning(warning, path)}\n`);
  return result;
}
