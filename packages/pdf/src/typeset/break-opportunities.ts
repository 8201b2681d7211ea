import { canBreakBetween } from '@kiji/core';
import type { Cluster } from './clusters.js';

/** URLs and mail addresses (ASCII: a URL in Japanese text ends at the first Japanese character). */
const URL_PATTERN = /(?:https?:\/\/|mailto:|www\.)[!#-;=?-~]+/gi;
/**
 * A URL may break after these characters (after the last of a group, so `//` stays whole).
 * Not after `-`: a line ending in a hyphen reads as a hyphenated word, and text extraction
 * (pdftotext, copy and paste in many viewers) drops such a hyphen, corrupting the URL.
 */
const URL_SEPARATORS = new Set(['/', '?', '&', '.', '=', '_', '#']);
/** Full-width letters and digits: never split between two of them (numbers, words). */
const FULLWIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/;
const NO_BREAK_SPACE = /[\u00a0\u202f\u2060\ufeff]/;

/** Code-unit ranges [start, end) of URLs in the paragraph text. */
function urlRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let end = match.index + match[0].length;
    // Trailing sentence punctuation is not part of the URL.
    while (end > match.index && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
    ranges.push([match.index, end]);
  }
  return ranges;
}

/**
 * `breaks[i]` is true when a line may start at cluster `i` (break between `i - 1` and `i`).
 * Encodes kinsoku (JLReq cl-01..cl-11), words, numbers, URLs, spaces and citation marks.
 * `mustBreak[i]` is true after a newline.
 */
export function findBreaks(clusters: Cluster[], text: string): { breaks: Uint8Array; mustBreak: Uint8Array } {
  const n = clusters.length;
  const breaks = new Uint8Array(n + 1);
  const mustBreak = new Uint8Array(n + 1);
  breaks[n] = 1;
  const inUrl = new Uint8Array(n);
  const urls = urlRanges(text);
  if (urls.length > 0) {
    let r = 0;
    for (let i = 0; i < n; i++) {
      const at = clusters[i]!.position;
      while (r < urls.length && urls[r]![1] <= at) r++;
      if (r < urls.length && urls[r]![0] <= at) inUrl[i] = 1;
    }
  }
  let lastNonSpace = -1;
  for (let i = 1; i < n; i++) {
    const before = clusters[i - 1]!;
    const after = clusters[i]!;
    if (!before.space) lastNonSpace = i - 1;
    if (before.newline) {
      breaks[i] = 1;
      mustBreak[i] = 1;
      continue;
    }
    if (after.space) continue; // break after the spaces, not before them
    if (before.space) {
      // A line may start after spaces, unless kinsoku forbids it across them or the line would
      // start with a citation mark.
      const prev = lastNonSpace >= 0 ? clusters[lastNonSpace]! : undefined;
      breaks[i] = !after.superscript && (!prev || canBreakBetween(prev.last, after.first)) ? 1 : 0;
      continue;
    }
    breaks[i] = canBreakInside(before, after, inUrl[i - 1] === 1 && inUrl[i] === 1) ? 1 : 0;
  }
  return { breaks, mustBreak };
}

function canBreakInside(before: Cluster, after: Cluster, url: boolean): boolean {
  if (NO_BREAK_SPACE.test(before.last) || NO_BREAK_SPACE.test(after.first)) return false;
  // A zero-width space is an explicit break opportunity.
  if (before.text === '\u200b') return canBreakBetween(before.last, after.first);
  if (after.hidden) return false;
  // Citation marks stay with the text they mark.
  if (after.superscript && !before.superscript) return false;
  if (before.superscript && after.superscript) return false;
  if (!canBreakBetween(before.last, after.first)) return false;
  if (url) return URL_SEPARATORS.has(before.last) && !URL_SEPARATORS.has(after.first);
  const beforeWord = !before.cjk || FULLWIDTH_ALNUM.test(before.last);
  const afterWord = !after.cjk || FULLWIDTH_ALNUM.test(after.first);
  // Never inside a Latin word or number. English compounds are not broken at their hyphen
  // either: extraction tools would read `well-` + `known` as a hyphenated `wellknown`.
  if (beforeWord && afterWord) return false;
  return true;
}

/**
 * Where a line may break when a single unbreakable piece (a long URL or word) is wider than the
 * measure: anywhere kinsoku and grapheme clusters allow. No hyphen is added.
 */
export function canForceBreak(before: Cluster, after: Cluster): boolean {
  if (after.space || before.newline) return true;
  return canBreakBetween(before.last, after.first);
}
