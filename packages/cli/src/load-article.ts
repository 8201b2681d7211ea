import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { type Article, InputError, parseArticle, parseJsonText } from '@kiji/core';

/** Read an article file (by extension) and validate it; problems name the file. */
export async function loadArticle(path: string, cwd: string): Promise<Article> {
  const file = resolve(cwd, path);
  const extension = extname(file).toLowerCase();
  if (extension !== '.json') {
    throw new InputError(
      [{ path: '', message: `unsupported file type "${extension}": expected .json` }],
      path,
    );
  }
  const text = await readFile(file, 'utf8');
  return parseArticle(parseJsonText(text, path), path);
}
