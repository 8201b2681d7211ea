import { type Article, InputError, toDate } from '@kiji/core';

/** 9999-12-31T23:59:59Z, the last second a PDF date can hold. */
const LAST_SECOND = 253402300799;

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
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    const seconds = sourceDateEpoch.trim();
    // pdfkit writes the date with toISOString, which throws past the year 9999.
    if (!/^\d+$/.test(seconds) || Number(seconds) > LAST_SECOND) {
      throw new InputError([
        {
          path: 'SOURCE_DATE_EPOCH',
          message: `"${sourceDateEpoch}" is not a whole number of seconds between 0 and ${LAST_SECOND} (the year 9999): unset it or give e.g. 1761609600`,
        },
      ]);
    }
    const date = new Date(Number(seconds) * 1000);
    return { created: date, modified: date };
  }
  const created = toDate(article.meta.published);
  const modified = article.meta.updated ? toDate(article.meta.updated) : created;
  return { created, modified };
}
