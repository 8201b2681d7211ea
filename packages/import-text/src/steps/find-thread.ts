import type { Source } from '@kiji/core';
import { toIsoDate } from '../dates.js';
import { toHalfWidth } from '../text.js';
import type { ImportWarning, Line, QuoteBlock } from '../types.js';

/**
 * A post header of a 2channel-style board as repost ("matome") pages copy it:
 * `1: 名無しさん ★ 2024/05/12(日) 09:14:03.27 ID:xYz12AbC0`. The number, a name, a date.
 */
// redos: bounded, tested only on lines of at most 200 characters (isPostHeader).
const POST_HEADER =
  /^(\d{1,4})\s*[:：]\s*(\S.{0,40}?)\s*[：:]?\s*(\d{4}\/\d{1,2}\/\d{1,2})(?:\s*[(（][^)）]{1,3}[)）])?(?:\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s*ID\s*[:：]\s*\S{1,20})?\s*$/u;
/** `引用元: https://…`, `元スレ: https://…`: where the posts were copied from. */
const THREAD_SOURCE = /^(引用元|元スレ|元スレッド|スレッド|ソース)\s*[:：]\s*(https?:\/\/\S+)$/u;
/** Boards whose thread pages are copied most, by host. */
const BOARDS: readonly [RegExp, string][] = [
  [/(^|\.)5ch\.net$/u, '5ちゃんねる'],
  [/(^|\.)2ch\.(net|sc)$/u, '2ちゃんねる'],
  [/(^|\.)open2ch\.net$/u, 'おーぷん2ちゃんねる'],
  [/(^|\.)bbspink\.com$/u, 'BBSPINK'],
];

/** The posts of a reposted thread and the thread they came from. */
export interface ThreadResult {
  /** One quote per post, attributed to the thread (`sourceId` set) when its address is given. */
  posts: QuoteBlock[];
  /** The thread, from its last 引用元 line; dated by its first post. */
  source?: Source;
  /** Every source a 引用元 line names, the thread last. */
  sources: Source[];
  /** The lines with post headers, post text and 引用元 lines blanked out. */
  lines: Line[];
}

/**
 * Find a reposted board thread: two or more post headers. Each post (its header's following
 * lines up to a blank line) becomes a quote attributed to the thread named on a 引用元 line,
 * with the post number as locator; the header itself is neither a heading nor body text and is
 * reported. Without a 引用元 line the posts stay paragraphs (a quote needs a source).
 */
export function findThread(lines: Line[], warnings: ImportWarning[]): ThreadResult {
  const headers = lines.filter((line) => line.text.length <= 200 && POST_HEADER.test(toHalfWidth(line.text)));
  if (headers.length < 2) return { posts: [], sources: [], lines };
  const sourceLines = lines.filter((line) => THREAD_SOURCE.test(line.text));
  const threadLine = sourceLines.at(-1);
  const sources: Source[] = [];
  for (const line of sourceLines) {
    const found = lineSource(line.text, `thread-${sources.length + 1}`);
    if (found === undefined) continue;
    sources.push(found);
    warnings.push({
      line: line.number,
      code: 'thread',
      message: `read as ${line === threadLine ? 'the thread the posts were copied from' : 'a source the thread cites'}: "${found.outlet}" (${found.url})`,
    });
  }
  const source =
    threadLine === undefined
      ? undefined
      : sources.find((s) => s.url === THREAD_SOURCE.exec(threadLine.text)![2]);
  const firstDate = POST_HEADER.exec(toHalfWidth(headers[0]!.text))![3]!.split('/').map(Number);
  const date = toIsoDate(firstDate[0]!, firstDate[1]!, firstDate[2]!);
  if (source !== undefined) {
    source.kind = 'social-post';
    if (date !== undefined) source.published = date;
  }
  const blanked = new Set<number>(sources.length > 0 ? sourceLines.map((line) => line.number) : []);
  const posts: QuoteBlock[] = [];
  for (const header of headers) {
    const match = POST_HEADER.exec(toHalfWidth(header.text))!;
    const number = match[1]!;
    blanked.add(header.number);
    const body: Line[] = [];
    for (let index = lines.indexOf(header) + 1; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.text === '' || headers.includes(line) || sourceLines.includes(line)) break;
      body.push(line);
    }
    warnings.push({
      line: header.number,
      code: 'thread',
      message: `read as the header of post ${number} (${match[2]!.trim()}, ${match[3]}): ${
        source === undefined
          ? 'no 引用元 line names the thread, so its text stays paragraphs'
          : 'the post became a quote of the thread'
      }`,
    });
    if (source === undefined || body.length === 0) continue;
    for (const line of body) blanked.add(line.number);
    posts.push({
      kind: 'quote',
      line: header.number,
      paragraphs: body.map((line) => ({ kind: 'paragraph', line: line.number, text: line.text })),
      truncated: false,
      sourceId: source.id,
      locator: `>>${number}`,
    });
  }
  return {
    posts,
    sources,
    ...(source === undefined ? {} : { source }),
    lines: lines.map((line) => (blanked.has(line.number) ? { ...line, text: '' } : line)),
  };
}

function lineSource(text: string, id: string): Source | undefined {
  const url = THREAD_SOURCE.exec(text)![2]!;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  if (host === '') return undefined;
  const board = BOARDS.find(([pattern]) => pattern.test(host))?.[1];
  return { id, outlet: board ?? host, url, kind: 'article' };
}
