import { InputError, parseSourceDateEpoch, toDate } from '@kiji/core';
import { env } from '../platform/node.js';

/**
 * The build date: an explicit option, else SOURCE_DATE_EPOCH, else the article's own date, else
 * (an article whose date is unknown) the Unix epoch, so the same input still gives the same bytes.
 */
export function resolveModified(articleDate: string | undefined, option?: string | Date): Date {
  if (option !== undefined) return checked(option instanceof Date ? option : toDate(option), 'modified');
  // Past the year 9999 a date has no W3C form (toISOString throws): the parser refuses those.
  const epoch = parseSourceDateEpoch(env('SOURCE_DATE_EPOCH'));
  if (epoch) return epoch;
  if (articleDate === undefined) return new Date(0);
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
