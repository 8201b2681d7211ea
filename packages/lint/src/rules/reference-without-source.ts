import { escapeRegExp, type Node, type Paragraph } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { citations } from '../source-ids.js';
import { textBlocks } from '../text-blocks.js';

// A publication (a media word or a cited outlet's name) followed closely by a reporting verb.
const MEDIA_JA =
  '記事|報道|動画|番組|新聞|通信社?|テレビ(?!会談|会議|電話)|ニュース|NEWS|紙面|社説|声明|会見|配信|投稿|ポスト';
const REPORTING_JA = 'によると|によれば|報じ|伝えて|伝えた|伝えま|伝えら|は次のように|は以下のように';
const MEDIA_EN =
  'newspaper|article|report|broadcast|video|agency|statement|editorial|interview|news|channel|wire';
const REPORTING_EN = 'reported|reports|reporting|wrote|writes|said|says|stated|quoted';

/** Patterns for one language, with the cited outlets' names added to the media words. */
function patterns(japanese: boolean, outlets: string[]): RegExp[] {
  const names = outlets.map(escapeRegExp);
  if (japanese) {
    const media = [MEDIA_JA, ...names].join('|');
    // regex: the media words and the cited outlets' names, each escaped (literal words), then at most 40 characters before a reporting verb: no nested quantifier
    return [new RegExp(String.raw`(?:${media})[^。！？\n]{0,40}?(?:${REPORTING_JA})`, 'u')];
  }
  const media = [MEDIA_EN, ...names].join('|');
  return [
    // regex: as above, literal words around a run of at most 40 (60) characters
    new RegExp(String.raw`\baccording to\b[^.!?\n]{0,40}?(?:\b(?:${media}))`, 'iu'),
    new RegExp(String.raw`\b(?:${media})\b[^.!?\n]{0,60}?\b(?:${REPORTING_EN})\b`, 'iu'),
  ];
}

/**
 * The text with quoted titles and speech (「…」, “…”) emptied, so a title's words neither count as
 * a publication nor stretch the distance to the verb; `offsets[i]` is where collapsed char i was.
 */
function collapseQuoted(text: string): { text: string; offsets: number[] } {
  let depth = 0;
  let collapsed = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const closing = char === '」' || char === '”';
    if (closing && depth > 0) depth--;
    if (depth === 0) {
      collapsed += char;
      offsets.push(index);
    }
    if (char === '「' || char === '“') depth++;
  }
  return { text: collapsed, offsets };
}

/** True when a paragraph carries its own citation: a source reference or a link. */
function hasCitation(paragraph: Paragraph): boolean {
  const visit = (nodes: Paragraph['children']): boolean =>
    nodes.some(
      (node) =>
        node.type === 'sourceReference' ||
        node.type === 'link' ||
        ('children' in node && visit(node.children)),
    );
  return visit(paragraph.children);
}

/** True when the block after `paragraph` is a quote naming its source (「…は次のように伝えた。」 + quote). */
function introducesSourcedQuote(paragraph: Node, parent: Node | undefined): boolean {
  const siblings = (parent as { children?: Node[] } | undefined)?.children ?? [];
  const next = siblings[siblings.indexOf(paragraph) + 1];
  return next?.type === 'quote' && next.sourceId !== undefined;
}

export const referenceWithoutSource = defineRule({
  id: 'reference-without-source',
  defaultSeverity: 'warning',
  description:
    'A paragraph that reports what a publication said (「毎日新聞によると」, "according to the report") without citing it, or a source reference to an id missing from `sources`.',
  rationale:
    'Attribution without a citation cannot be checked. Found by wording, so it can be wrong: a warning. (A reference to a missing id is also rejected by validation.)',
  example: '毎日新聞によると、両首脳は抑止力の強化で合意した。',
  fix: 'Cite the source where the claim is made: 毎日新聞によると[@mainichi]、… (a `sourceReference`), or link the article.',
  defaultOptions: {},
  check({ article, japanese, report }) {
    const known = new Set(article.sources.map((source) => source.id));
    for (const citation of citations(article)) {
      if (citation.kind !== 'sourceReference' || known.has(citation.sourceId)) continue;
      report({
        path: citation.path,
        message: `reference cites "${citation.sourceId}", which is not in "sources"`,
        fix: `add a source with id "${citation.sourceId}" or correct the id`,
      });
    }
    const outlets = article.sources.map((source) => source.outlet.trim()).filter((name) => name.length >= 2);
    const forJapanese = patterns(true, outlets);
    const forOthers = patterns(false, outlets);
    for (const block of textBlocks(article)) {
      if (block.kind !== 'paragraph' || block.node.type !== 'paragraph') continue;
      if (block.ancestors.some((node) => node.type === 'quote' || node.type === 'comment')) continue;
      const cjk = japanese || /[\u3040-\u30ff\u4e00-\u9fff]/.test(block.text);
      const collapsed = collapseQuoted(block.text);
      const match = (cjk ? forJapanese : forOthers)
        .map((pattern) => pattern.exec(collapsed.text))
        .find((found) => found !== null);
      if (!match) continue;
      if (hasCitation(block.node) || introducesSourcedQuote(block.node, block.ancestors.at(-1))) continue;
      // Quote from the start of the word the match begins in (毎日新聞によると, not 新聞によると).
      // redos: bounded, the 9 characters before the match (8 are used, one more keeps pairs whole).
      const word = /[\p{L}\p{N}]*$/u.exec(
        collapsed.text.slice(Math.max(0, match.index - 9), match.index),
      )![0];
      const start = match.index - Math.min(word.length, 8);
      const quoted = collapsed.text.slice(start, match.index + match[0].length);
      report({
        ...block.locate(collapsed.offsets[start] ?? 0),
        message: `"${quoted}" reports a publication without a citation`,
        fix: 'add a source reference to the source this comes from, or link it',
      });
    }
  },
});
