import type { Article } from '@kiji/core';
import type { Yaml } from 'mdast';
import { stringify } from 'yaml';
import { META_KEYS } from './read-front-matter.js';

/** The YAML front matter of an article: id, meta fields, sources, and empty notes/comments lists. */
export function writeFrontMatter(article: Article): Yaml {
  const values: Record<string, unknown> = {};
  if (article.id !== undefined) values.id = article.id;
  for (const key of META_KEYS) {
    if (article.meta[key] !== undefined) values[key] = article.meta[key];
  }
  if (article.sources.length > 0) values.sources = article.sources;
  if (article.notes?.length === 0) values.notes = [];
  if (article.comments?.length === 0) values.comments = [];
  const text = stringify(values, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
  return { type: 'yaml', value: text };
}
