import { type Article, smartenQuotes, toHalfWidthAlphanumerics, walk } from '@kiji/core';
import type { ImportTextOptions } from '../types.js';

const META_TEXT = ['title', 'kicker', 'subtitle', 'place'] as const;

/**
 * The typographic changes a user asked for, applied to every text value and the printed
 * metadata: `smartQuotes` (“curly” quotes, — for a spaced hyphen), `normalizeWidth` (ＧＤＰ →
 * GDP, １５日 → 15日). Without options the text stays exactly as written. URLs are never touched.
 */
export function polishText(article: Article, options: ImportTextOptions): Article {
  const changes: ((text: string, before: string) => string)[] = [];
  if (options.normalizeWidth) changes.push((text) => toHalfWidthAlphanumerics(text));
  if (options.smartQuotes) changes.push((text, before) => smartenQuotes(text, before));
  if (changes.length === 0) return article;
  const apply = (text: string, before = '') => changes.reduce((value, change) => change(value, before), text);
  for (const field of META_TEXT) {
    const value = article.meta[field];
    if (value !== undefined) article.meta[field] = apply(value);
  }
  let before = '';
  for (const { node } of walk(article)) {
    if (node.type === 'paragraph') before = '';
    if (node.type !== 'text') continue;
    // A bare URL shown as a link's text stays as it is, like the link target.
    if (/^(https?:|mailto:)\S*$/iu.test(node.value)) continue;
    node.value = apply(node.value, before);
    before = node.value;
  }
  return article;
}
