import { displayWidth, toHalfWidth } from './text.js';

/** A calendar date found in the text. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset of the match in the searched text. */
  index: number;
  /** True when the year was not written next to the date (wire datelines). */
  yearless?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

interface DatePattern {
  pattern: RegExp;
  toParts(match: RegExpExecArray): [number, number, number] | undefined;
  yearless?: boolean;
}

const PATTERNS: DatePattern[] = [
  {
    pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    toParts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: /(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu,
    toParts: (m) => [ERAS[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4])],
  },
  {
    pattern: /(?<![\d/.-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.-]*\d)/gu,
    toParts: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'),
    toParts: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'giu'),
    toParts: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])],
  },
  {
    // Wire dateline: "TOKYO, Oct. 28 (Reuters) -"; the year comes from elsewhere. The place after
    // the city starts with a letter, so the spaces before it are read one way only (a run of
    // spaces after "TOKYO," took time growing with its square).
    pattern: new RegExp(
      `^[\\p{Lu}][\\p{Lu} .'-]+,(?:\\s+[\\p{L}.][\\p{L} .]*,)?\\s+${MONTH}\\s+(\\d{1,2})\\b`,
      'gu',
    ),
    toParts: (m) => [0, monthNumber(m[1]!), Number(m[2])],
    yearless: true,
  },
];

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace(/\.$/, '')
        .slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)
    ] ?? 0
  );
}

/** `YYYY-MM-DD` when year, month and day make a real calendar date, else undefined. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date written in `text`: 2025年10月28日, 令和7年10月28日, 2025-10-28, 2025/10/28,
 * October 28, 2025, 28 Oct 2025, or a wire dateline ("TOKYO, Oct. 28 (Reuters) -", year missing:
 * `iso` then uses year 0000 and `yearless` is set).
 */
export function findFirstDate(text: string): FoundDate | undefined {
  const half = toHalfWidth(text);
  // NFKC keeps offsets only when lengths match; fall back to the raw text otherwise.
  const subject = half.length === text.length ? half : text;
  let best: FoundDate | undefined;
  for (const { pattern, toParts, yearless } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(subject); match !== null; match = pattern.exec(subject)) {
      if (best !== undefined && match.index >= best.index) break;
      const parts = toParts(match);
      const iso = parts && (yearless ? toIsoDate(2000, parts[1], parts[2]) : toIsoDate(...parts));
      if (iso !== undefined) {
        best = yearless
          ? { iso: `0000${iso.slice(4)}`, index: match.index, yearless: true }
          : { iso, index: match.index };
        break;
      }
    }
  }
  return best;
}

/** The first plausible year (1900–2199) written in the text, for completing wire datelines. */
export function findYear(text: string): number | undefined {
  const match = /(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/u.exec(toHalfWidth(text));
  return match ? Number(match[1]) : undefined;
}

/** True for an ISO 8601 date or date-time that names a real calendar date. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(value);
  return match !== null && toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== undefined;
}

const DATE_WORDS =
  /(published|updated|posted|last updated|modified|公開日|更新日|投稿日|最終更新日|配信日|掲載日|公開|更新|投稿|配信|on|at|jst|utc|gmt|am|pm|午前|午後|\d{1,2}:\d{2}|\d{1,2}時\d{1,2}分|[\s:：|｜/,、()（）-])/giu;
// redos: recheck reports its attack ('平r'.repeat(n) + '元s'.repeat(n)), but that runs in linear time.
const DATE_PARTS =
  /[\d０-９]+\s*(年|月|日|時|分|秒|st|nd|rd|th)?|令和|平成|昭和|元年|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[（(][月火水木金土日][)）]/giu;

/**
 * A Japanese month and day without a year (10/28(火), 10月28日), as news sites print them in
 * date lines; `iso` uses year 0000 and `yearless` is set. Only for lines that are dates alone.
 */
function findMonthDay(text: string): FoundDate | undefined {
  const match = /(?<![\d/.])(\d{1,2})\s*(?:\/|月)\s*(\d{1,2})(?:日)?(?![\d/.])/u.exec(toHalfWidth(text));
  if (!match) return undefined;
  const iso = toIsoDate(2000, Number(match[1]), Number(match[2]));
  return iso === undefined ? undefined : { iso: `0000${iso.slice(4)}`, index: match.index, yearless: true };
}

/**
 * A line that is only a date, with words such as 投稿日, Posted on, a time and `by <name>`:
 * its date and the name, or undefined for a line that says more than that. `otherWords` tells
 * that a few other words (`7 min read`) are on the line too.
 */
export function readDateLine(
  text: string,
): { iso: string; yearless?: boolean; by?: string; otherWords: boolean } | undefined {
  const date = findFirstDate(text) ?? findMonthDay(text);
  if (date === undefined) return undefined;
  // redos: each `by` tries at most its own white space and 61 characters, so the scan is linear.
  const by = /\bby\s+(\S.{0,60})$/iu.exec(text);
  const rest = (by ? text.slice(0, by.index) : text).replace(DATE_PARTS, '').replace(DATE_WORDS, '');
  if (displayWidth(rest) > 16) return undefined;
  return {
    iso: date.iso,
    ...(date.yearless ? { yearless: true } : {}),
    ...(by ? { by: by[1]!.trim() } : {}),
    // Words other than date words (投稿日, Posted on, a time) that the line also holds.
    otherWords: /[\p{L}\p{N}]/u.test(rest),
  };
}
