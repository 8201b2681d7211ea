import { importHtml } from '@kiji/import-html';
import type { ArticleReader } from '../types.js';

/** A saved web page, already decoded; what the importer dropped becomes warnings. */
export const readHtml: ArticleReader = (text, name, options) => {
  const { article, warnings } = importHtml(text, { ...options?.html, file: name });
  return { article, warnings: warnings.map(({ message, code }) => ({ message, code })) };
};

export { decodeHtml } from '@kiji/import-html';
