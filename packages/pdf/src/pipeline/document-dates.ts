import { type Article, toDate } from '@kiji/core';

/** The dates stamped into the PDF. */
export interface DocumentDates {
  created: Date;
  modified: Date;
}

/**
 * CreationDate and ModDate: the article's `published` and `updated` dates, or SOURCE_DATE_EPOCH
 * (seconds) for both when given. Never the clock, so the same input gives the same bytes.
 */
export function documentDates(article: Article, sourceDateEpoch?: string): DocumentDates {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) {
    const date = new Date(Number(sourceDateEpoch) * 1000);
    return { created: date, modified: date };
  }
  const created = toDate(article.meta.published);
  const modified = article.meta.updated ? toDate(article.meta.updated) : created;
  return { created, modified };
}
