import { defineRule } from '../define-rule.js';
import { dayNumber, findDates, fromDayNumber, isoDayNumber, weekdayOfDay } from '../find-dates.js';
import { textBlocks } from '../text-blocks.js';

const JA = '日月火水木金土';
const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const invalidDate = defineRule({
  id: 'invalid-date',
  defaultSeverity: 'error',
  description:
    'A date that does not exist (2月30日) or whose written weekday is wrong (2025年10月28日（水）; 28日（水） is checked against the article’s month and the months either side).',
  rationale:
    'The calendar is not a matter of style: a wrong weekday means the date or the weekday is wrong. An error.',
  example: '2025年10月28日（水）、首脳会談が開かれた。',
  fix: '2025年10月28日（火） — correct the weekday or the date.',
  defaultOptions: {},
  check({ article, japanese, report }) {
    const published = isoDayNumber(article.meta.published);
    const around = published === undefined ? undefined : fromDayNumber(published);
    for (const block of textBlocks(article)) {
      for (const date of findDates(block.text)) {
        const name = (weekday: number) => (japanese ? JA[weekday]! : EN[weekday]!);
        if (date.month === undefined) {
          // 28日（火）: some month near the article's date must have that weekday on that day.
          if (date.weekday === undefined || !around) continue;
          const fits = [-1, 0, 1].some((shift) => {
            const month = ((around.month - 1 + shift + 12) % 12) + 1;
            const year = around.year + (around.month + shift > 12 ? 1 : around.month + shift < 1 ? -1 : 0);
            const days = dayNumber(year, month, date.day);
            return days !== undefined && weekdayOfDay(days) === date.weekday;
          });
          if (!fits) {
            report({
              ...block.locate(date.offset),
              message: `"${date.text}": day ${date.day} is not a ${name(date.weekday)} in the months around the article's date`,
              fix: 'correct the day or the weekday',
            });
          }
          continue;
        }
        const years =
          date.year !== undefined
            ? [date.year]
            : around
              ? [around.year - 1, around.year, around.year + 1]
              : [];
        if (years.length === 0) continue;
        const existing = years
          .map((year) => ({ year, days: dayNumber(year, date.month!, date.day) }))
          .filter((entry): entry is { year: number; days: number } => entry.days !== undefined);
        if (existing.length === 0) {
          report({
            ...block.locate(date.offset),
            message: `"${date.text}" is not a date in the calendar`,
            fix: 'correct the month or the day',
          });
          continue;
        }
        if (date.weekday === undefined) continue;
        // Without a year, the date is right if it has that weekday in the year nearest the article.
        const nearest =
          published === undefined
            ? existing[0]!
            : existing.reduce((a, b) =>
                Math.abs(b.days - published) < Math.abs(a.days - published) ? b : a,
              );
        const actual = weekdayOfDay(nearest.days);
        if (actual === date.weekday) continue;
        report({
          ...block.locate(date.offset),
          message: `"${date.text}": ${nearest.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')} is a ${EN[actual]}, not a ${EN[date.weekday]}`,
          fix: `write ${name(actual)} or correct the date`,
        });
      }
    }
  },
});
