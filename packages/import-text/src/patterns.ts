import { findUnbalancedBrackets } from '@kiji/core';
import { findFirstDate } from './dates.js';
import { displayWidth, endsSentence, lastSentence, toHalfWidth } from './text.js';

/** A numbered heading: `1. 見出し`, `１．見出し`, `第1章 見出し`, `Chapter 2: Title`, `## Title`. */
export interface NumberedHeading {
  number?: string;
  text: string;
  /** Markdown `#` count, when the heading was written that way. */
  hashes?: number;
}

const KANJI_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function kanjiNumber(text: string): string {
  if (/^\d+$/.test(text)) return String(Number(text));
  if (text === '十') return '10';
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const value = (text.includes('十') ? (KANJI_DIGITS[tens!] ?? 1) * 10 : 0) + (KANJI_DIGITS[ones!] ?? 0);
  return String(value);
}

/** Match a line that is a numbered (or Markdown) heading, whatever its length. */
export function matchNumberedHeading(line: string): NumberedHeading | undefined {
  const markdown = /^(#{1,6})\s+(\S.*)$/su.exec(line);
  if (markdown) return { text: withoutClosingHashes(markdown[2]!).trim(), hashes: markdown[1]!.length };
  // The s flag lets `.*$` match whatever follows, so a failed match does not backtrack.
  const multi = /^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})+)\s+(\S.*)$/su.exec(line);
  if (multi) return { number: toHalfWidth(multi[1]!), text: multi[2]!.trim() };
  const dotted = /^([0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*)\s*[.．、)）:：]\s*(\S.*)$/su.exec(line);
  if (dotted) return { number: toHalfWidth(dotted[1]!), text: dotted[2]!.trim() };
  const chapter = /^第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[章節部]\s*[:：.．]?\s*(.*)$/su.exec(
    line,
  );
  if (chapter) return { number: kanjiNumber(toHalfWidth(chapter[1]!)), text: chapter[2]!.trim() || line };
  const english = /^(?:chapter|part|section)\s+([0-9０-９]{1,3})\s*[:：.\-–—]?\s*(.*)$/isu.exec(line);
  if (english) return { number: toHalfWidth(english[1]!), text: english[2]!.trim() || line };
  return undefined;
}

/**
 * A Markdown heading's text without its closing `#`s (`Title ##` -> `Title`), found by scanning
 * back from the end: the pattern `(.+?)(?:\s+#+)?$` took time quadratic in a run of spaces.
 */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === text.length || end === 0) return text;
  let start = end;
  while (start > 0 && /\s/u.test(text[start - 1]!)) start--;
  return start < end && start > 0 ? text.slice(0, start) : text;
}

// Numbers are matched in half- or full-width forms on the line as written, so the heading
// text keeps its own characters (no normalisation of the text itself).

/** A bullet or numbered list item. */
export interface ListMarker {
  ordered: boolean;
  number?: number;
  text: string;
  /** The marker was a heavy symbol (■ ◆) that also marks headings. */
  heavy?: boolean;
}

/** Match a list item line: `• item`, `・item`, `- item`, `1) item`, `(1) item`, `① item`. */
export function matchListItem(line: string): ListMarker | undefined {
  const bullet = /^([•・●○◦▪▫‣⁃∙·◎])\s*(\S.*)$/u.exec(line);
  if (bullet) return { ordered: false, text: bullet[2]! };
  const heavy = /^([■□◆◇▶▷▼►])\s*(\S.*)$/u.exec(line);
  if (heavy) return { ordered: false, text: heavy[2]!, heavy: true };
  const dash = /^([-*+–—])\s+(\S.*)$/u.exec(line);
  if (dash) return { ordered: false, text: dash[2]! };
  const paren = /^[(（]([0-9０-９]{1,3})[)）]\s*(\S.*)$/u.exec(line);
  if (paren) return { ordered: true, number: Number(toHalfWidth(paren[1]!)), text: paren[2]! };
  const circled = /^([①-⑳])\s*(\S.*)$/u.exec(line);
  if (circled) return { ordered: true, number: circled[1]!.charCodeAt(0) - 0x245f, text: circled[2]! };
  const numbered = /^([0-9０-９]{1,3})[.．)）]\s*(\S.*)$/u.exec(line);
  if (numbered) return { ordered: true, number: Number(toHalfWidth(numbered[1]!)), text: numbered[2]! };
  return undefined;
}

/** Conclusion headings: 結論, まとめ, おわりに, Conclusion, In summary… optionally with a title. */
const CONCLUSION =
  /^(?:\d{1,2}\s*[.、)]\s*)?(結論|結び|むすび|まとめ|総括|おわりに|終わりに|最後に|conclusions?|in conclusion|summary|in summary|final thoughts|the bottom line|bottom line|wrapping up|key takeaways|takeaways)(?:\s*[:\-–—|]\s*\S.*|\s*)$/iu;

/** True when the line names the closing section. */
export function isConclusionHeading(line: string): boolean {
  return CONCLUSION.test(toHalfWidth(line)) && isHeadingLike(line, 100);
}

/**
 * True for a line that could be a heading: short, has letters, does not end like a sentence,
 * brackets balanced, not a date or a URL alone.
 */
export function isHeadingLike(line: string, maxWidth = 64): boolean {
  const text = line.trim();
  if (text === '' || displayWidth(text) > maxWidth) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (/[。．.!！,，、;；:：…]$/u.test(text) || /\.\.\.$/u.test(text)) return false;
  if (/[」』”"]$/u.test(text) && endsSentence(text.slice(0, -1))) return false;
  if (/^(https?:\/\/|www\.)\S+$/iu.test(text)) return false;
  if (findUnbalancedBrackets(text).length > 0) return false;
  const date = findFirstDate(text);
  if (date !== undefined && text.length < 24) return false;
  // English headings: few words, starting with a capital or a digit.
  if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    if (text.split(/\s+/u).length > 12) return false;
    if (!/^[\p{Lu}\p{N}"“'‘(]/u.test(text)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Quote introductions
// ---------------------------------------------------------------------------

/**
 * 「以下のように伝えています」「次のように報じた」「次のような記述があります」…: the verb must be
 * reported (て / た / passive), so an author's own 「以下のように説明します」 is no quote.
 */
const JA_EXPLICIT =
  /(以下|次|下記)の?(ように|よう|通り|とおり)[^。]{0,24}(伝え|報じ|述べ|書い|書か|記し|記さ|説明し|説明さ|言及し|指摘し|指摘さ|報道し|報道さ|掲載し|掲載さ|紹介し|紹介さ|発表し|発表さ|語っ|語ら|話し|強調し)[てたれら]|(以下|次|下記)の?ような(記述|一文|文章|内容|記載|くだり|表現|言葉|発言|コメント)/u;
/** 「毎日新聞の「…」は、…についても言及しています。」 */
const JA_IMPLICIT_CITE = /[」』](は|では|によると|によれば|には)、?/u;
const JA_REPORTING_END =
  /(伝え|報じ|言及し|述べ|指摘し|記し|書い|紹介し|強調し|報道し)(ています|ている|ていました|ていた|た|ます)[。:：]?$/u;
/** "Reuters reported:", "The statement reads as follows:" */
// redos: bounded, only tested on the last 50 characters of a sentence (isEnglishIntro).
const EN_INTRO_VERB =
  /\b(reported|reports|wrote|writes|said|says|noted|notes|stated|states|reads|read|observed|explained|added|put it|quoted)\b[^:]{0,40}$/iu;
const EN_INTRO_ACCORDING = /^according to [^:]{1,60}$/iu;

/**
 * "Reuters reported:", "according to the ministry:": a reporting verb at most 40 characters
 * before a final colon. Only the end of the sentence is searched, so a long sentence costs no
 * more than a short one.
 */
function isEnglishIntro(sentence: string): boolean {
  if (!sentence.endsWith(':')) return false;
  const body = sentence.slice(0, -1).trimEnd();
  // A verb (9 letters at most) and 40 characters fit in the last 49; one more gives \b its context.
  return EN_INTRO_VERB.test(body.slice(-50)) || EN_INTRO_ACCORDING.test(body);
}
/** Opening words of commentary that never start a quoted passage. */
const COMMENTARY_START = /^(この|これ|その|こうした|このように|つまり|要するに)/u;

/** How strongly a paragraph announces a quote: explicit phrases, or a cited source plus a reporting verb. */
export function quoteIntroStrength(paragraph: string): 'explicit' | 'implicit' | undefined {
  const sentence = lastSentence(paragraph.trim());
  if (JA_EXPLICIT.test(sentence) && /[。:：]$/u.test(sentence)) return 'explicit';
  if (isEnglishIntro(sentence)) return 'explicit';
  if (JA_IMPLICIT_CITE.test(sentence) && JA_REPORTING_END.test(sentence)) return 'implicit';
  return undefined;
}

/** True when `paragraph` introduces a quotation that `next` could be. */
export function introducesQuote(paragraph: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const strength = quoteIntroStrength(paragraph);
  if (strength === 'explicit') return true;
  return strength === 'implicit' && !COMMENTARY_START.test(next.trim());
}
