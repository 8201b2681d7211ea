import type { Article, Edition, Publisher } from '@kiji/core';
import { describeArticle } from './steps/describe.js';

/** What the book says about itself: one article's metadata, or an edition's. */
export interface BookMeta {
  title: string;
  subtitle?: string;
  language: string;
  /** Publication date (ISO 8601); absent when the article's date is unknown. */
  published?: string;
  updated?: string;
  authors: string[];
  publisher?: Publisher;
  tags: string[];
  /** `dc:description`, never empty. */
  description: string;
  /** Edition number. */
  number?: number;
}

/** The articles of a book and its metadata; `edition` books get the edition's own cover. */
export interface Book {
  meta: BookMeta;
  articles: { article: Article; section?: string; baseDir?: string }[];
  edition: boolean;
}

/** A book of one article: its metadata, its masthead as the cover. */
export function articleBook(article: Article): Book {
  const { meta } = article;
  return {
    meta: {
      title: meta.title,
      language: meta.language,
      ...(meta.published ? { published: meta.published } : {}),
      ...(meta.updated ? { updated: meta.updated } : {}),
      authors: (meta.authors ?? []).map((author) => author.name),
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      tags: meta.tags ?? [],
      description: describeArticle(article),
    },
    articles: [{ article }],
    edition: false,
  };
}

/** A book of an edition: the edition's metadata, every article's authors. */
export function editionBook(edition: Edition): Book {
  const { meta } = edition;
  const authors = [
    ...new Set(edition.articles.flatMap(({ article }) => (article.meta.authors ?? []).map((a) => a.name))),
  ];
  const titles = edition.articles.map(({ article }) => article.meta.title);
  return {
    meta: {
      title: meta.title,
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
      language: meta.language,
      published: meta.date,
      authors,
      ...(meta.publisher ? { publisher: meta.publisher } : {}),
      tags: [],
      description: meta.subtitle ?? titles.join(' / '),
      ...(meta.number !== undefined ? { number: meta.number } : {}),
    },
    articles: edition.articles,
    edition: true,
  };
}
