import { InputError } from '@kiji/core';

/** The kinds of article input Kiji reads. */
export type ArticleFormat = 'json' | 'markdown' | 'text' | 'html';

/** File extensions (lower case, with the dot) and the format each one means. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** The extension of a file name or path, lower case with the dot; `''` when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The format a file name stands for; throws `InputError` naming the supported extensions. */
export function formatOf(name: string): ArticleFormat {
  const extension = extensionOf(name);
  const format = ARTICLE_EXTENSIONS[extension];
  if (format) return format;
  const supported = Object.keys(ARTICLE_EXTENSIONS).join(', ');
  const message =
    extension === ''
      ? `cannot tell the format of a file without an extension: name it ${supported}`
      : `unsupported file type "${extension}": use one of ${supported}`;
  throw new InputError([{ path: '', message }], name);
}
