import { importText } from '@kiji/import-text';
import type { ArticleReader } from '../types.js';

/** The text of a scraped web page; the importer's guesses become warnings. */
export const readText: ArticleReader = (text, name, options) => {
  const { article, warnings } = importText(text, { ...options?.text, file: name });
  return {
    article,
    warnings: warnings.map(({ message, line, code }) => ({
      message,
      code,
      ...(line !== undefined ? { line } : {}),
    })),
  };
};
