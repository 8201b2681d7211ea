import { parseMarkdownWithPlaces } from '@kiji/markdown';
import type { ArticleReader } from '../types.js';

/** Kiji Markdown, with where each node starts. */
export const readMarkdown: ArticleReader = (text, name) => {
  const { article, locate, warnings } = parseMarkdownWithPlaces(text, { file: name });
  return {
    article,
    warnings: warnings.map(({ message, line, code }) => ({ message, line, code })),
    locate,
  };
};
