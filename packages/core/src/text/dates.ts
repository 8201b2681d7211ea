/** True when `language` (BCP 47) is Japanese. */
export const isJapanese = (language: string): boolean => /^ja(-|$)/i.test(language);

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO date as a reader of `language` writes it: 2025年10月28日 or 28 October 2025.
 * The calendar date is taken as written (no time-zone shift), so output never depends on
 * the machine's zone.
 */
export function formatDate(iso: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (isJapanese(language)) return `${Number(year)}年${Number(month)}月${Number(day)}日`;
  return `${Number(day)} ${MONTH_NAMES[Number(month) - 1]} ${Number(year)}`;
}

/** The article's date as a `Date` (midnight UTC for date-only values), for metadata fields. */
export function toDate(iso: string): Date {
  return new Date(/T/.test(iso) ? iso : `${iso}T00:00:00Z`);
}
