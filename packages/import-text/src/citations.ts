import { BRACKET_PAIRS } from '@kiji/core';
import { knownOutletAtEnd, looksLikeOutlet } from './outlets.js';
import type { Citation } from './types.js';

const TITLE_OPENERS: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”', '"': '"' };
const CLOSERS = new Set(Object.values(BRACKET_PAIRS));

/** 読売新聞の記事「, 日テレNEWSの動画「, 毎日新聞の「 … */
const JA_CONNECTOR =
  /(の記事|の動画|の映像|の番組|のライブ配信|のライブ|の配信|のニュース|の報道|の社説|のコラム|のインタビュー|の特集|の投稿|の見出し|の連載|の)\s*$/u;
const JA_VIDEO = /動画|映像|番組|配信|ライブ/u;
/** Reuters' article “, The Guardian's video " … */
// redos: bounded, tested on the 120 characters before a bracket (parseCitations).
const EN_CONNECTOR =
  /(?:'s|’s|'|’)\s+(?:(?:new|recent|latest|earlier|own)\s+)?(article|report|story|video|piece|analysis|editorial|column|feature|coverage|live ?stream|livestream|broadcast|podcast|headline|interview)?,?\s*(?:titled|headlined|entitled)?,?\s*$/iu;
const EN_VIDEO = /video|stream|broadcast/iu;
// redos: bounded, tested on the 60 characters before a connector (readOutlet).
const JA_NAME = /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9&＆!！.・]+(?:[ 　][A-Za-z0-9&!.]+)*)$/u;
// redos: bounded, tested on the 60 characters before a connector (readOutlet).
const EN_NAME =
  /((?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*(?:\s+(?:of|the|and|&|[\p{Lu}\p{N}][\p{L}\p{N}&.!-]*))*)$/u;
/** Longest title looked at, in UTF-16 units (a URL included). */
const MAX_TITLE = 600;
// redos: bounded, tested on a title of at most MAX_TITLE characters (findClose).
const MARKDOWN_LINK_END = /\]\(\s*(\S+?)\s*\)\s*$/su;

/**
 * Find citations in a paragraph: an outlet, a connector (の記事, の動画, の, 's article) and a
 * title in 「」『』“” or "". Titles are matched with a bracket stack, so nested 「」 stay inside;
 * a Markdown link `[title](url)` in the brackets gives the title and URL.
 */
export function parseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let segmentStart = 0;
  for (let index = 0; index < text.length; index++) {
    const opener = text[index]!;
    if (!(opener in TITLE_OPENERS)) continue;
    const close = findClose(text, index);
    if (close < 0) continue;
    // Outlet and connector sit just before the bracket; a bounded window keeps matching linear.
    const windowStart = Math.max(segmentStart, index - 120);
    const outlet = readOutlet(text.slice(windowStart, index), opener);
    if (outlet !== undefined) {
      const content = readTitle(text.slice(index + 1, close));
      if (outlet.explicit || content.url !== undefined || looksLikeOutlet(outlet.name)) {
        const citation: Citation = {
          start: windowStart + outlet.offset,
          end: close + 1,
          titleStart: index + 1,
          titleEnd: close,
          outlet: outlet.name,
          kind: outlet.video ? 'video' : 'article',
        };
        if (content.title !== '') citation.title = content.title;
        if (content.url !== undefined) citation.url = content.url;
        citations.push(citation);
        segmentStart = close + 1;
      }
    }
    index = close;
  }
  return citations;
}

/** Index of the bracket closing the one at `open`, or -1; inner pairs nest, strays are skipped. */
export function findClose(text: string, open: number): number {
  const opener = text[open]!;
  const closer = TITLE_OPENERS[opener] ?? BRACKET_PAIRS[opener];
  if (closer === undefined) return -1;
  if (opener === '"') {
    const end = text.indexOf('"', open + 1);
    return end - open > MAX_TITLE ? -1 : end;
  }
  const stack = [closer];
  const limit = Math.min(text.length, open + MAX_TITLE);
  for (let index = open + 1; index < limit; index++) {
    const char = text[index]!;
    const top = stack.at(-1)!;
    if (char === top) {
      stack.pop();
      if (stack.length === 0) return index;
    } else if (char in BRACKET_PAIRS && char !== '"') {
      stack.push(BRACKET_PAIRS[char]!);
    } else if (CLOSERS.has(char)) {
      // A closer for a bracket further down: the ones above it were never closed.
      const depth = stack.lastIndexOf(char);
      if (depth >= 0) {
        stack.length = depth;
        if (stack.length === 0) return index;
      }
    }
  }
  return -1;
}

interface OutletMatch {
  name: string;
  /** Offset of the name in the searched text. */
  offset: number;
  video: boolean;
  /** The connector named the kind (の記事, の動画, 's article), not just の. */
  explicit: boolean;
}

function readOutlet(before: string, opener: string): OutletMatch | undefined {
  const japanese = opener === '「' || opener === '『';
  const connector = (japanese ? JA_CONNECTOR : EN_CONNECTOR).exec(before);
  if (!connector) return undefined;
  const rest = before.slice(0, connector.index).trimEnd().slice(-60);
  const restOffset = before.slice(0, connector.index).trimEnd().length - rest.length;
  const name = knownOutletAtEnd(rest) ?? (japanese ? JA_NAME : EN_NAME).exec(rest)?.[1]?.trim();
  if (name === undefined || name === '' || name.length > 40 || !/\p{L}/u.test(name)) return undefined;
  const kind = japanese ? connector[1]! : (connector[1] ?? '');
  if (!japanese && kind === '' && !looksLikeOutlet(name)) return undefined;
  return {
    name,
    offset: restOffset + rest.length - name.length,
    video: (japanese ? JA_VIDEO : EN_VIDEO).test(kind),
    explicit: japanese ? kind !== 'の' : kind !== '',
  };
}

/** The title inside the brackets; a trailing Markdown link target becomes the URL. */
export function readTitle(content: string): { title: string; url?: string } {
  const link = MARKDOWN_LINK_END.exec(content);
  if (!link) return { title: content.trim() };
  let inner = content.slice(0, link.index);
  // `[title](url)`: drop the link's own opening bracket, keep a bracket that the title closes.
  if (inner.startsWith('[') && findClose(inner, 0) < 0) inner = inner.slice(1);
  else if (inner.startsWith('[') && findClose(inner, 0) === inner.length - 1) inner = inner.slice(1, -1);
  return { title: inner.trim(), url: link[1]! };
}
