import { type Article, missingDateError, parseSourceDateEpoch, toDate } from '@kiji/core';

/** The dates stamped into the PDF. */
export interface DocumentDates {
  created: Date;
  modified: Date;
  /**
   * The article has no date: react-pdf still needs one (it would take the clock's, and pdfkit
   * derives the file ID from it), so the Unix epoch is passed and finishPdf removes both entries;
   * the structure tree's XMP gets none. A print-ready PDF is refused instead (`requireDates`).
   */
  undated?: true;
}

/**
 * CreationDate and ModDate: the article's `published` and `updated` dates, or SOURCE_DATE_EPOCH
 * (seconds) for both when given. Never the clock, so the same input gives the same bytes; an
 * article without dates gets none.
 */
export function documentDates(article: Article, sourceDateEpoch?: string): DocumentDates {
  // pdfkit writes dates with toISOString, which throws past the year 9999: the parser refuses those.
  const date = parseSourceDateEpoch(sourceDateEpoch);
  if (date) return { created: date, modified: date };
  const { published, updated } = article.meta;
  if (!published && !updated) return { created: new Date(0), modified: new Date(0), undated: true };
  const created = toDate((published ?? updated)!);
  const modified = updated ? toDate(updated) : created;
  return { created, modified };
}

/**
 * A print-ready PDF (PDF/X-4) must carry CreationDate and ModDate in its document information and
 * XMP: an undated article without SOURCE_DATE_EPOCH is refused before anything is laid out.
 */
export function requireDates(dates: DocumentDates): void {
  if (dates.undated) throw missingDateError('a print-ready PDF (PDF/X-4: CreationDate and ModDate)');
}
