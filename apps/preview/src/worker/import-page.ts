import { ARTICLE_EXTENSIONS, extensionOf, loadArticleBytes, loadArticleText } from '@kiji/load';
import { toMarkdown } from '@kiji/markdown';
import type { CheckItem } from './protocol.js';

/**
 * Scraped page text, or a saved web page's bytes, to Kiji Markdown for the editor. What the
 * importer guessed or dropped is listed, with the line of the pasted text it concerns when it
 * has one (that text is not in the editor). A page's bytes are decoded here as the page declares.
 */
export function importPage(
  text: string,
  name: string,
  bytes?: Uint8Array,
): { markdown: string; items: CheckItem[] } {
  const html = ARTICLE_EXTENSIONS[extensionOf(name)] === 'html';
  const { article, warnings } =
    html && bytes !== undefined
      ? loadArticleBytes(bytes, name)
      : loadArticleText(text, `${name.replace(/\.[^.]*$/, '')}.${html ? 'html' : 'txt'}`);
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
