import { type Article, toPlainText } from '@kiji/core';

const LIMIT = 240;

/**
 * The `dc:description`: the article's summary, else its lede or first paragraph cut to about
 * 240 characters, else its title: an empty `dc:description` is an epubcheck error.
 */
export function describeArticle(article: Article): string {
  const summary = article.meta.summary?.trim();
  if (summary) return summary;
  const opening = article.children.find((node) => node.type === 'lede' || node.type === 'paragraph');
  const text = opening ? toPlainText(opening).replace(/\s+/g, ' ').trim() : '';
  if (text === '') return article.meta.title;
  const characters = [...text];
  return characters.length <= LIMIT ? text : `${characters.slice(0, LIMIT - 1).join('')}…`;
}
