import { type Article, InputError, toDate } from '@kiji/core';

/** 9999-12-31T23:59:59Z, the last second a PDF date can hold. */
const LAST_SECOND = 253402300799;

/** The dates stamped into the PDF. */
export interface DocumentDates {
  created: Date;
  modified: Date;
  /**
   * The article has no date: react-pdf still needs one (it would take the clock's, and pdfkit
   * derives the file ID from it), so the Unix epoch is passed and finishPdf removes both entries.
   */
  undated?: true;
}

/**
 * CreationDate and ModDate: the article's `published` and `updated` dates, or SOURCE_DATE_EPOCH
 * (seconds) for both when given. Never the clock, so the same input gives the same bytes; an
 * article without dates gets none.
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
  const { published, updated } = article.meta;
  if (!published && !updated) return { created: new Date(0), modified: new Date(0), undated: true };
  const created = toDate((published ?? updated)!);
  const modified = updated ? toDate(updated) : created;
  return { created, modified };
}
