import { type Article, formatPath, type Quote, walk } from '@kiji/core';
import { type TextBlock, textBlocks } from './text-blocks.js';

const CLOSERS = /(?<![」』）)”’"'】〕］\]〉》])[」』）)”’"'】〕］\]〉》]+$/u;
const ELLIPSIS = /(?:…|‥|\.\.\.|・・・|．．．)$/u;
const SENTENCE_END = /[。．.！？!?]$/u;
/**
 * Japanese quotes lifted out of 「」 usually drop the final 。: they are complete when they end
 * in a sentence-final form (〜した, 〜する, 〜です, 〜ない, 〜だろう, 〜ません) or a noun
 * (体言止め). A quote ending in a particle, a continuative form or 、 stops mid-sentence.
 */
const JAPANESE_FINAL = /[たるいだすうんねよかわぞなさ\p{Script=Han}\p{Script=Katakana}ー]$/u;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** How a quote's text ends: complete, cut by an ellipsis, or stopping mid-sentence. */
export type QuoteEnding = 'complete' | 'ellipsis' | 'mid-sentence';

/** Read the end of a quote's text the way an editor would. */
export function quoteEnding(text: string): QuoteEnding {
  const trimmed = text.trimEnd();
  if (trimmed === '') return 'complete';
  // A web address closing a post or a statement is where it points readers, not a cut sentence.
  if (/^https?:\/\/\S+$/u.test(trimmed.slice(lastSpace(trimmed) + 1))) return 'complete';
  const inner = trimmed.replace(CLOSERS, '');
  if (ELLIPSIS.test(inner)) return 'ellipsis';
  // A closing bracket or quotation mark ends a complete unit: 「黄金時代を共に」.
  if (inner !== trimmed) return 'complete';
  if (SENTENCE_END.test(inner)) return 'complete';
  const last = [...inner].at(-1)!;
  return JAPANESE.test(last) && JAPANESE_FINAL.test(last) ? 'complete' : 'mid-sentence';
}

/** The last few characters of a text, for messages. */
export function tail(text: string, length = 16): string {
  const trimmed = text.trimEnd();
  return trimmed.length > length ? `…${trimmed.slice(-length)}` : trimmed;
}

/** A quote node, its JSON path and the text block of its last paragraph. */
export interface QuoteInfo {
  quote: Quote;
  path: string;
  last: TextBlock | undefined;
}

/** Every quote in the article, in document order. */
export function quotes(article: Article): QuoteInfo[] {
  const blockOf = new Map(textBlocks(article).map((block) => [block.node, block]));
  const result: QuoteInfo[] = [];
  for (const { node, path } of walk(article)) {
    if (node.type !== 'quote') continue;
    const lastParagraph = node.children.at(-1);
    result.push({ quote: node, path: formatPath(path), last: lastParagraph && blockOf.get(lastParagraph) });
  }
  return result;
}

/** Where the last white space is (-1 when none): the last word starts after it. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (/\s/u.test(text[i]!)) return i;
  return -1;
}
