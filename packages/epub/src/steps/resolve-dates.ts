import { InputError, missingDateError, parseSourceDateEpoch, toDate } from '@kiji/core';
import { env } from '../platform/node.js';

/**
 * The build date: an explicit option, else SOURCE_DATE_EPOCH, else the article's own date. An
 * article whose date is unknown gets none made up: EPUB requires `dcterms:modified`, so without
 * the option or SOURCE_DATE_EPOCH it is refused with an `InputError` saying how to give one.
 */
export function resolveModified(articleDate: string | undefined, option?: string | Date): Date {
  if (option !== undefined) return checked(option instanceof Date ? option : toDate(option), 'modified');
  // Past the year 9999 a date has no W3C form (toISOString throws): the parser refuses those.
  const epoch = parseSourceDateEpoch(env('SOURCE_DATE_EPOCH'));
  if (epoch) return epoch;
  if (articleDate === undefined) throw missingDateError('an EPUB (its dcterms:modified)');
  return checked(toDate(articleDate), 'meta.updated / meta.published');
}

function checked(date: Date, what: string): Date {
  if (Number.isNaN(date.getTime())) {
    throw new InputError([
      { path: what, message: 'not a valid date: use an ISO 8601 date such as 2025-10-28' },
    ]);
  }
  return date;
}

/** `CCYY-MM-DDThh:mm:ssZ`, the form `dcterms:modified` requires. */
export const toW3cDateTime = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;
