import type { Author } from '@kiji/core';
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
/** A blog platform's post footer: `Posted by Jane at 7:42 PM`, `投稿者 しおかぜ 時刻: 21:05`. */
// redos: bounded, tested only on lines of at most 200 characters (findMasthead).
const POST_FOOTER =
  /^(?:posted by|投稿者)\s*[:：]?\s*(\S.{0,40}?)\s+(?:at|時刻\s*[:：]?)\s*\d{1,2}:\d{2}(?:\s*[AP]M)?$/iu;
/** Roles written after a name in a byline: `Jane Roe, Staff Reporter`. */
const ROLE =
  /^(?:staff|senior|chief|special|political|foreign|business|science|local)?\s*(?:reporter|correspondent|editor|writer|contributor|columnist|photographer|staff writer|staff reporter)$|^(?:記者|特派員|編集委員|論説委員|編集部|カメラマン|支局長|解説委員)$/iu;
/** A day with neither month nor year (５日): not a date, but worth telling the user about. */
const DAY_ONLY = /(?<![0-9０-９月/／.-])([0-9０-９]{1,2})日/u;
const NOT_LABELS =
  /^(introduction|background|overview|contents|table of contents|はじめに|概要|背景|序論|目次)$/iu;

/** The title area and the publication date, and the lines that remain for the body. */
export interface MastheadResult {
  masthead: Masthead;
  /** The first date in the text, completed with a year when it came from a wire dateline. */
  published?: { iso: string; line: number };
  /** The lines with the masthead lines blanked out. */
  lines: Line[];
  /** When no date was found: a day written without month or year (`５日`) and its line. */
  dayOnly?: { text: string; line: number };
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
  let first = nonBlank[0];
  // A blog platform's layout: blog name, date header, then the post title, line after line.
  const blogTitle = findPostTitleUnderDate(lines, nonBlank);
  if (blogTitle !== undefined) {
    masthead.siteLabel = first!.text;
    consumed.add(first!.number);
    readMastheadLine(nonBlank[1]!, masthead, warnings);
    consumed.add(nonBlank[1]!.number);
    first = blogTitle;
  }
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
    const under = nonBlank.indexOf(first) + 1;
    for (const line of nonBlank.slice(under, under + 4)) {
      if (!readMastheadLine(line, masthead, warnings)) break;
      consumed.add(line.number);
    }
  }
  for (const line of nonBlank) {
    const footer = line.text.length <= 200 ? POST_FOOTER.exec(line.text) : null;
    if (!footer || consumed.has(line.number)) continue;
    consumed.add(line.number);
    if (masthead.authors.length === 0) masthead.authors.push(...splitNames(footer[1]!));
    warnings.push({
      line: line.number,
      code: 'masthead',
      message: `read this line as the post's byline and left it out of the body: "${line.text}"`,
    });
  }
  const result: MastheadResult = {
    masthead,
    lines: lines.map((line) => (consumed.has(line.number) ? { ...line, text: '' } : line)),
  };
  const published = findPublished(nonBlank, yearText ?? nonBlank.map((line) => line.text).join('\n'));
  if (published !== undefined) result.published = published;
  else {
    const day = nonBlank
      .map((line) => ({ line, match: DAY_ONLY.exec(line.text) }))
      .find(({ match }) => match);
    if (day !== undefined) result.dayOnly = { text: day.match![0], line: day.line.number };
  }
  return result;
}

/**
 * `Blog name` / `Saturday, June 8, 2024` / `Post title` on three lines in a row, then a blank:
 * the date header a blog platform prints between its name and the post's title.
 */
function findPostTitleUnderDate(lines: Line[], nonBlank: Line[]): Line | undefined {
  const [name, date, title] = nonBlank;
  if (name === undefined || date === undefined || title === undefined) return undefined;
  if (date.number !== name.number + 1 || title.number !== date.number + 1) return undefined;
  const dateLine = readDateLine(date.text);
  if (dateLine === undefined || dateLine.otherWords || dateLine.by !== undefined) return undefined;
  // A date header is the date alone, not a 投稿日 / Posted on stamp (those sit under the title).
  if (/(posted|published|updated|投稿|公開|更新|配信|掲載)/iu.test(date.text)) return undefined;
  if (findFirstDate(name.text) !== undefined || BYLINE.test(title.text) || readDateLine(title.text))
    return undefined;
  const after = lines[lines.indexOf(title) + 1];
  if (after !== undefined && after.text !== '') return undefined;
  return isHeadingLike(name.text, 60) && isHeadingLike(title.text, 120) ? title : undefined;
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

/** Names of a byline; a role after a name (`Jane Roe, Staff Reporter`) becomes that author's role. */
function splitNames(text: string): Author[] {
  const authors: Author[] = [];
  for (const part of text.split(/,|、|，|\band\b|&/u)) {
    const name = part.trim();
    if (name === '') continue;
    const previous = authors.at(-1);
    if (ROLE.test(name) && previous !== undefined && previous.role === undefined) previous.role = name;
    else authors.push({ name });
  }
  return authors;
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
