import { loadArticleText } from '@kiji/load';
import { toMarkdown } from '@kiji/markdown';
import type { CheckItem } from './protocol.js';

/**
 * Scraped page text to Kiji Markdown for the editor. What the importer guessed or dropped is
 * listed with the line of the pasted text it concerns (that text is not in the editor).
 */
export function importPage(text: string, name: string): { markdown: string; items: CheckItem[] } {
  const { article, warnings } = loadArticleText(text, `${name.replace(/\.[^.]*$/, '')}.txt`);
  return {
    markdown: toMarkdown(article),
    items: warnings.map((warning) => ({
      kind: 'import',
      severity: 'info',
      rule: warning.code ?? 'import',
      message:
        warning.line !== undefined ? `${name} line ${warning.line}: ${warning.message}` : warning.message,
    })),
  };
}
