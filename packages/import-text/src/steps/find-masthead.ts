import { findFirstDate, findYear, readDateLine, toIsoDate } from '../dates.js';
import { isConclusionHeading, isHeadingLike, matchListItem, matchNumberedHeading } from '../patterns.js';
import { displayWidth, endsSentence } from '../text.js';
import type { ImportWarning, Line, Masthead } from '../types.js';

const KICKER_BRACKETS = /^【([^【】]{1,16})】\s*(\S.*)$/u;
const KICKER_SQUARE =
  /^[[［](速報|詳報|更新|独自|解説|動画|写真|Breaking|Update|Updated|Exclusive|Analysis|Live|Opinion)[\]］]\s*(\S.*)$/iu;
const KICKER_WORD = /^(BREAKING|UPDATE|UPDATED|EXCLUSIVE|ANALYSIS|LIVE|OPINION)\s*[:：\-–—|]\s*(\S.*)$/u;
/** `By Jane Roe`, `文：編集部`, `記者 山田太郎`: the keyword needs a separator, so "Byron" is no byline. */
const BYLINE =
  /^(?:by|written by|text by|words by|文|著者|筆者|記者|執筆|執筆者|author)(?:\s*[:：・／/]\s*|\s+)(\S.{0,60})$/iu;
const NOT_LABELS =
  /^(introduction|background|overview|contents|table of contents|はじめに|概要|背景|序論|目次)$/iu;

/** The title area and the publication date, and the lines that remain for the body. */
export interface MastheadResult {
  masthead: Masthead;
  /** The first date in the text, completed with a year when it came from a wire dateline. */
  published?: { iso: string; line: number };
  /** The lines with the masthead lines blanked out. */
  lines: Line[];
}

/**
 * Find the title (first line, kicker such as 【速報】 split off), the site label, byline and
 * date lines just under it, and the first date anywhere in the text.
 */
export function findMasthead(
  lines: Line[],
  yearText?: string,
  warnings: ImportWarning[] = [],
): MastheadResult {
  const masthead: Masthead = { authors: [] };
  const consumed = new Set<number>();
  const nonBlank = lines.filter((line) => line.text !== '');
  const first = nonBlank[0];
  const afterFirst = first === undefined ? undefined : lines[lines.indexOf(first) + 1];
  if (first !== undefined && isTitleLine(first.text, afterFirst)) {
    const { kicker, title: headline } = splitKicker(first.text.replace(/^#\s+/u, ''));
    // "Headline | Site name", as a page's <title> reads.
    const suffix = splitSiteSuffix(headline);
    const title = suffix ? suffix.title : headline;
    if (suffix) masthead.siteLabel = suffix.site;
    masthead.title = title;
    masthead.titleLine = first.number;
    if (kicker !== undefined) masthead.kicker = kicker;
    consumed.add(first.number);
    for (const line of nonBlank.slice(1, 5)) {
      if (!readMastheadLine(line, masthead, warnings)) break;
      consumed.add(line.number);
    }
  }
  const result: MastheadResult = {
    masthead,
    lines: lines.map((line) => (consumed.has(line.number) ? { ...line, text: '' } : line)),
  };
  const published = findPublished(nonBlank, yearText ?? nonBlank.map((line) => line.text).join('\n'));
  if (published !== undefined) result.published = published;
  return result;
}

function isTitleLine(text: string, next: Line | undefined): boolean {
  if (displayWidth(text) > 200) return false;
  // A long line running on into the next one is a hard-wrapped paragraph.
  if (next !== undefined && next.text !== '' && displayWidth(text) >= 60 && !endsSentence(text)) return false;
  if (/[。．]$/u.test(text)) return false;
  if (matchListItem(text) !== undefined) return false;
  const numbered = matchNumberedHeading(text);
  if (numbered !== undefined && numbered.hashes !== 1) return false;
  if (!/\p{L}/u.test(text)) return false;
  // A long line ending like a sentence is body text, not a headline.
  return !(displayWidth(text) > 120 && endsSentence(text));
}

function splitKicker(text: string): { kicker?: string; title: string } {
  for (const pattern of [KICKER_BRACKETS, KICKER_SQUARE, KICKER_WORD]) {
    const match = pattern.exec(text);
    if (match) return { kicker: match[1]!.trim(), title: match[2]!.trim() };
  }
  return { title: text };
}

/** Take one line under the title into the masthead; false when the body starts here. */
function readMastheadLine(line: Line, masthead: Masthead, warnings: ImportWarning[]): boolean {
  const text = line.text;
  const byline = BYLINE.exec(text);
  if (byline && !endsSentence(byline[1]!)) {
    masthead.authors.push(...splitNames(byline[1]!));
    return true;
  }
  if (findFirstDate(text) !== undefined || readDateLine(text) !== undefined) {
    const dateLine = readDateLine(text);
    if (dateLine === undefined) return false;
    if (dateLine.by !== undefined) masthead.authors.push(...splitNames(dateLine.by));
    if (dateLine.otherWords) {
      warnings.push({
        line: line.number,
        code: 'masthead',
        message: `read this line as the date line and left it out of the body: "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`,
      });
    }
    return true;
  }
  if (
    masthead.siteLabel === undefined &&
    masthead.authors.length === 0 &&
    isHeadingLike(text, 40) &&
    !NOT_LABELS.test(text) &&
    matchNumberedHeading(text) === undefined &&
    matchListItem(text) === undefined &&
    !isConclusionHeading(text)
  ) {
    masthead.siteLabel = text;
    return true;
  }
  return false;
}

function splitNames(text: string): string[] {
  return text
    .split(/,|、|，|\band\b|&/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * The first line with a date. A date without a year (a wire dateline, a 10/28(火) date line)
 * takes the first year written in `yearText` (the whole input, dropped lines included).
 */
function findPublished(lines: Line[], yearText: string): { iso: string; line: number } | undefined {
  let year: number | undefined | null = null;
  for (const line of lines) {
    const date = findFirstDate(line.text) ?? readDateLine(line.text);
    if (date === undefined) continue;
    if (!date.yearless) return { iso: date.iso, line: line.number };
    if (year === null) year = findYear(yearText);
    if (year === undefined) continue;
    const iso = toIsoDate(year, Number(date.iso.slice(5, 7)), Number(date.iso.slice(8, 10)));
    if (iso !== undefined) return { iso, line: line.number };
  }
  return undefined;
}

/**
 * `見出し｜サイト名`, `Headline | Site`: a short last part (2 to 30 characters) after the last bar
 * is the site, when at least 4 characters come before the bar. Found with lastIndexOf: a pattern
 * that searched for the bar backtracked over long runs of spaces.
 */
export function splitSiteSuffix(headline: string): { title: string; site: string } | undefined {
  const bar = Math.max(headline.lastIndexOf('|'), headline.lastIndexOf('｜'));
  if (bar < 4) return undefined;
  const after = headline.slice(bar + 1);
  if (after.length < 2 || after.trimStart().length > 30) return undefined;
  return { title: headline.slice(0, bar).trim(), site: after.trim() };
}
