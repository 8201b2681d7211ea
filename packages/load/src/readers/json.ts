import { parseArticle, parseJsonText } from '@kiji/core';
import type { ArticleReader } from '../types.js';

/** The article model as JSON. */
export const readJson: ArticleReader = (text, name) => ({
  article: parseArticle(parseJsonText(text, name), name),
  warnings: [],
});
