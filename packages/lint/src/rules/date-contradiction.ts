import { formatDate } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { dayNumber, findDates, isoDayNumber, resolveYear } from '../find-dates.js';
import { textBlocks } from '../text-blocks.js';

/** Words that say a date is planned or expected, not reported as past. */
const FUTURE_JA =
  /予定|見通し|見込|方針|計画|目指|までに|まで|以降|から|控え|向け|来週|来月|来年|次回|今後|開かれる|行われる|開催される|訪れる|迎える|期限|締め切り|期日/;
const FUTURE_EN =
  /\b(?:will|shall|scheduled|planned|plans?|expected|due|until|by|upcoming|next|from|deadline|set to|to be held|is to|are to|would|apply|applies|takes? effect|enters? into force|comes? into force)\b/i;
/** A timeline entry: the date opens the paragraph and a colon or dash follows (「2026年8月2日：…」). */
const TIMELINE_ENTRY = /^\s*$/;
const AFTER_TIMELINE_DATE = /^\s*[:：—–-]/;

/** The sentence around `offset`. */
function sentenceAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const start =
    Math.max(...['。', '！', '？', '\n', '. ', '! ', '? '].map((mark) => before.lastIndexOf(mark))) + 1;
  const rest = text.slice(offset);
  const ends = ['。', '！', '？', '\n', '. ', '! ', '? ']
    .map((mark) => rest.indexOf(mark))
    .filter((index) => index >= 0);
  return text.slice(start, offset + (ends.length > 0 ? Math.min(...ends) : rest.length));
}

export const dateContradiction = defineRule({
  id: 'date-contradiction',
  defaultSeverity: 'warning',
  description:
    'A date in the text that is later than the article’s date (`meta.updated` or `meta.published`), in a sentence that does not say it is planned (予定, まで, will, scheduled…).',
  rationale:
    'A briefing cannot report what has not happened yet, so a later date is usually a typo (29日 for 28日) or a stale date; plans written without a planning word are also caught, so a warning. Dates without a year are read in the article’s year, or the year before when that would put them more than two months ahead; bare days (28日) are not checked. When the article’s date has a time, the next day is allowed too (time zones).',
  example: 'published 2025-10-28: 「2025年10月29日、両首脳は会談した。」',
  fix: 'Correct the date, update `meta.published`/`meta.updated`, or say it is planned: 「10月29日に会談する予定だ。」',
  defaultOptions: {},
  check({ article, japanese, report }) {
    const stamps = [article.meta.published, article.meta.updated].filter((iso) => iso !== undefined);
    const reference = Math.max(
      ...stamps.map((iso) => isoDayNumber(iso)).filter((day): day is number => day !== undefined),
    );
    if (!Number.isFinite(reference)) return;
    const referenceIso = new Date(reference * 86_400_000).toISOString().slice(0, 10);
    // A date-time is in some time zone; where the events happened it may already be the next day.
    const latest = reference + (stamps.some((iso) => iso.includes('T')) ? 1 : 0);
    for (const block of textBlocks(article)) {
      if (block.ancestors.some((node) => node.type === 'comment')) continue;
      for (const date of findDates(block.text)) {
        if (date.month === undefined) continue;
        const year = date.year ?? resolveYear(date.month, date.day, reference);
        if (year === undefined) continue;
        const days = dayNumber(year, date.month, date.day);
        if (days === undefined || days <= latest) continue;
        const opensTimelineEntry =
          TIMELINE_ENTRY.test(block.text.slice(0, date.offset)) &&
          AFTER_TIMELINE_DATE.test(block.text.slice(date.offset + date.text.length));
        if (opensTimelineEntry) continue;
        const sentence = sentenceAt(block.text, date.offset);
        if (FUTURE_JA.test(sentence) || FUTURE_EN.test(sentence)) continue;
        report({
          ...block.locate(date.offset),
          message: `"${date.text}" is later than the article's date (${formatDate(referenceIso, japanese ? 'ja' : 'en')})`,
          fix: 'correct the date or the article date, or say that it is planned',
        });
      }
    }
  },
});
