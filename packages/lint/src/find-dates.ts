import { MONTH_NAMES } from '@kiji/core';

/** A calendar date written in running text. */
export interface TextDate {
  /** Offset of the match in the text. */
  offset: number;
  /** The matched text, e.g. `10月28日（火）`. */
  text: string;
  /** Year as written (`undefined` for 10月28日, October 28). */
  year?: number;
  /** Month as written (`undefined` for day-only forms such as 28日（火）). */
  month?: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday, when a weekday is written with the date. */
  weekday?: number;
}

const DIGIT = '[0-9０-９]';
const toNumber = (digits: string) => Number(digits.normalize('NFKC'));

const JA_WEEKDAYS = '日月火水木金土';
const JA_WEEKDAY = String.raw`(?:\s*[（(]([日月火水木金土])(?:曜日?)?(?:・祝|・休)?[)）])?`;
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

const JA_FULL = new RegExp(
  String.raw`(?:(${DIGIT}{4})|(令和|平成|昭和)(元|${DIGIT}{1,2}))年\s*(${DIGIT}{1,2})月\s*(${DIGIT}{1,2})日${JA_WEEKDAY}`,
  'gu',
);
const JA_MONTH_DAY = new RegExp(
  String.raw`(?<![0-9０-９年/])(${DIGIT}{1,2})月\s*(${DIGIT}{1,2})日${JA_WEEKDAY}`,
  'gu',
);
const JA_DAY_WEEKDAY = new RegExp(
  String.raw`(?<![0-9０-９月/])(${DIGIT}{1,2})日\s*[（(]([日月火水木金土])(?:曜日?)?[)）]`,
  'gu',
);
const ISO = /(?<![0-9])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![0-9])/g;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const WEEKDAY = String.raw`(?:(Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:day|nesday|sday|urday|\.)?,?\s+(?:the\s+)?)?`;
const EN_MONTH_FIRST = new RegExp(
  String.raw`\b${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`,
  'g',
);
const EN_DAY_FIRST = new RegExp(
  String.raw`\b${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![a-z])(?:,?\s+(\d{4})\b)?`,
  'g',
);

const monthOf = (name: string) =>
  MONTH_NAMES.findIndex((month) => month.startsWith(name.replace(/\.$/, '').slice(0, 3))) + 1;
const weekdayOf = (name: string | undefined) =>
  name === undefined ? undefined : WEEKDAYS.findIndex((day) => day.startsWith(name.slice(0, 3)));
const jaWeekday = (char: string | undefined) => (char === undefined ? undefined : JA_WEEKDAYS.indexOf(char));

function clean(date: TextDate): TextDate {
  const result: TextDate = { offset: date.offset, text: date.text, day: date.day };
  if (date.year !== undefined) result.year = date.year;
  if (date.month !== undefined) result.month = date.month;
  if (date.weekday !== undefined) result.weekday = date.weekday;
  return result;
}

/** Every date written in `text`: Japanese (2025年10月28日, 10月28日, 28日（火）), ISO and English forms. */
export function findDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  const taken: [number, number][] = [];
  const add = (match: RegExpMatchArray, date: Omit<TextDate, 'offset' | 'text'>) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken.some(([from, to]) => start < to && end > from)) return;
    taken.push([start, end]);
    found.push(clean({ offset: start, text: match[0], ...date }));
  };
  for (const m of text.matchAll(JA_FULL)) {
    const year = m[1] ? toNumber(m[1]) : ERA_START[m[2]!]! + (m[3] === '元' ? 1 : toNumber(m[3]!));
    add(m, { year, month: toNumber(m[4]!), day: toNumber(m[5]!), weekday: jaWeekday(m[6]) });
  }
  for (const m of text.matchAll(ISO)) add(m, { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  for (const m of text.matchAll(JA_MONTH_DAY)) {
    add(m, { month: toNumber(m[1]!), day: toNumber(m[2]!), weekday: jaWeekday(m[3]) });
  }
  for (const m of text.matchAll(JA_DAY_WEEKDAY)) add(m, { day: toNumber(m[1]!), weekday: jaWeekday(m[2]) });
  for (const m of text.matchAll(EN_MONTH_FIRST)) {
    add(m, {
      weekday: weekdayOf(m[1]),
      month: monthOf(m[2]!),
      day: Number(m[3]),
      year: m[4] ? Number(m[4]) : undefined,
    });
  }
  for (const m of text.matchAll(EN_DAY_FIRST)) {
    add(m, {
      weekday: weekdayOf(m[1]),
      day: Number(m[2]),
      month: monthOf(m[3]!),
      year: m[4] ? Number(m[4]) : undefined,
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Days since 1970-01-01 for a calendar date, or `undefined` when no such date exists. */
export function dayNumber(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return time / 86_400_000;
}

/** The weekday (0 = Sunday) of a day number. */
export const weekdayOfDay = (days: number): number => (((days + 4) % 7) + 7) % 7;

/** The day number of an ISO date or date-time (its calendar date as written). */
export function isoDayNumber(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** The calendar date of a day number as `{ year, month, day }`. */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** How far after the article's date a date without a year may lie and still be read in its year. */
export const NEAR_FUTURE_DAYS = 60;

/**
 * The year a date written without one (10月28日, October 28) refers to: the article's year, unless
 * that puts it more than two months after the article, when it is last year's (an article of
 * 5 January writing 12月28日 means the December just gone).
 */
export function resolveYear(month: number, day: number, reference: number): number | undefined {
  const { year } = fromDayNumber(reference);
  const days = dayNumber(year, month, day);
  if (days === undefined) return dayNumber(year - 1, month, day) === undefined ? undefined : year - 1;
  return days - reference > NEAR_FUTURE_DAYS ? year - 1 : year;
}
