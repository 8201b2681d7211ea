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

const ISO_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

// 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z: four-digit years, which every format Kiji
// writes (PDF dates, W3CDTF, zip entries through the year 2107 only) can hold or clamp.
const FIRST_MOMENT = -62135596800000;
const PAST_LAST_MOMENT = 253402300800000;

/** Days in `month` (1–12) of `year` in the Gregorian calendar. */
const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * Why an ISO 8601 date or date-time that has the right shape names no real moment
 * (`2025-02-30`, `2025-13-01`, `T25:61`), or undefined when it is a real one. Shapes other than
 * `YYYY-MM-DD[THH:MM[:SS[.s]](Z|±HH:MM)]` are the schema's to report.
 */
export function dateProblem(iso: string): string | undefined {
  const match = ISO_PARTS.exec(iso);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (year === 0) return 'year 0000 is not a calendar year: use 0001–9999';
  if (month! < 1 || month! > 12) return `month ${match[2]} does not exist: use 01–12`;
  const days = daysIn(year!, month!);
  if (day! < 1 || day! > days) {
    return `day ${match[3]} does not exist: ${MONTH_NAMES[month! - 1]} ${year} has ${days} days`;
  }
  if (hour !== undefined && hour > 23) return `hour ${match[4]} does not exist: use 00–23`;
  if (minute !== undefined && minute > 59) return `minute ${match[5]} does not exist: use 00–59`;
  if (second !== undefined && second > 59) return `second ${match[6]} does not exist: use 00–59`;
  if (offsetHour !== undefined && (offsetHour > 14 || offsetMinute! > 59)) {
    return `time-zone offset ${match[7]}:${match[8]} does not exist: use -12:00 to +14:00`;
  }
  const time = toDate(iso).getTime();
  if (Number.isNaN(time) || time < FIRST_MOMENT || time >= PAST_LAST_MOMENT) {
    return 'the moment falls outside the years 0001–9999 once its time-zone offset is applied';
  }
  return undefined;
}
