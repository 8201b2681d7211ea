import { defineRule } from '../define-rule.js';
import {
  dayNumber,
  findDates,
  fromDayNumber,
  isoDayNumber,
  resolveYear,
  weekdayOfDay,
} from '../find-dates.js';
import { textBlocks } from '../text-blocks.js';

const JA = '日月火水木金土';
const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** True when `day` of some month from one before to one after `around` falls on `weekday`. */
function fitsNearbyMonth(around: { year: number; month: number }, day: number, weekday: number): boolean {
  return [-1, 0, 1].some((shift) => {
    const index = around.year * 12 + (around.month - 1) + shift;
    const days = dayNumber(Math.floor(index / 12), (index % 12) + 1, day);
    return days !== undefined && weekdayOfDay(days) === weekday;
  });
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export const invalidDate = defineRule({
  id: 'invalid-date',
  defaultSeverity: 'error',
  description:
    'A date that does not exist (2月30日) or whose written weekday is wrong (2025年10月28日（水）). Dates without a year are read as `date-contradiction` reads them; 28日（水） is checked against the article’s month and the months either side.',
  rationale:
    'The calendar is not a matter of style: a wrong weekday means the date or the weekday is wrong. An error.',
  example: '2025年10月28日（水）、首脳会談が開かれた。',
  fix: '2025年10月28日（火） — correct the weekday or the date.',
  defaultOptions: {},
  check({ article, japanese, report }) {
    const published = article.meta.published ? isoDayNumber(article.meta.published) : undefined;
    const name = (weekday: number) => (japanese ? JA[weekday]! : EN[weekday]!);
    for (const block of textBlocks(article)) {
      for (const date of findDates(block.text)) {
        const place = block.locate(date.offset);
        if (date.month === undefined) {
          if (date.weekday === undefined || published === undefined) continue;
          if (fitsNearbyMonth(fromDayNumber(published), date.day, date.weekday)) continue;
          report({
            ...place,
            message: `"${date.text}": day ${date.day} is not a ${EN[date.weekday]} in the months around the article's date`,
            fix: 'correct the day or the weekday',
          });
          continue;
        }
        const year =
          date.year ?? (published === undefined ? undefined : resolveYear(date.month, date.day, published));
        const days = year === undefined ? undefined : dayNumber(year, date.month, date.day);
        if (year === undefined || days === undefined) {
          // Without a year or an article date there is nothing to check against, unless no year has it.
          if (date.year !== undefined || published !== undefined || date.day > 31 || date.month > 12) {
            report({
              ...place,
              message: `"${date.text}" is not a date in the calendar`,
              fix: 'correct the month or the day',
            });
          }
          continue;
        }
        if (date.weekday === undefined) continue;
        const actual = weekdayOfDay(days);
        if (actual === date.weekday) continue;
        report({
          ...place,
          message: `"${date.text}": ${iso(year, date.month, date.day)} is a ${EN[actual]}, not a ${EN[date.weekday]}`,
          fix: `write ${name(actual)} or correct the date`,
        });
      }
    }
  },
});
