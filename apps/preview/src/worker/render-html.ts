import type { Article } from '@kiji/core';
import { toHtml } from '@kiji/html';
import { htmlFontFaces } from '../fonts.js';

/**
 * The HTML view's document. It is shown in a sandboxed iframe without scripts; the policy below
 * says the same again: no script, no plugin, no fetch, only the app's own fonts and images, and
 * links open outside the preview. Article text is escaped by `@kiji/html`, which also keeps only
 * http(s) and mailto links.
 */
export function renderHtml(article: Article, vertical: boolean, base: string): string {
  const origin = new URL(base).origin;
  const html = toHtml(article, { vertical, fontFaces: htmlFontFaces(base) });
  const policy = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `font-src ${origin}`,
    `img-src ${origin} data:`,
    "script-src 'none'",
    "form-action 'none'",
  ].join('; ');
  const head = `<meta http-equiv="Content-Security-Policy" content="${policy}"><base target="_blank">`;
  // The first <head> is the document's own: article text never reaches here unescaped.
  return html.replace(/<head>/i, (tag) => `${tag}${head}`);
}
