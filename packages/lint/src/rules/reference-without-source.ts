import type { Node, Paragraph } from '@kiji/core';
import { defineRule } from '../define-rule.js';
import { citations } from '../source-ids.js';
import { textBlocks } from '../text-blocks.js';

const REPORTING_JA =
  /によると|によれば|報じ|伝えて|伝えた|伝えま|伝えら|報道され|報道し|は次のように|は以下のように/;
const MEDIA_JA = /記事|報道|動画|番組|新聞|通信社|テレビ|ニュース|NEWS|紙面|社説|声明|会見|配信|投稿|ポスト/;
const REPORTING_EN =
  /\b(?:according to|reported|reports that|reporting|wrote|writes|said in a statement|quoted)\b/i;
const MEDIA_EN =
  /\b(?:newspaper|article|report|broadcast|video|agency|statement|post|editorial|interview|news|channel)\b/i;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    const outletPattern =
      outlets.length > 0 ? new RegExp(outlets.map(escapeRegExp).join('|'), 'i') : undefined;
    for (const block of textBlocks(article)) {
      if (block.kind !== 'paragraph' || block.node.type !== 'paragraph') continue;
      if (block.ancestors.some((node) => node.type === 'quote' || node.type === 'comment')) continue;
      const reporting =
        japanese || /[\u3040-\u30ff\u4e00-\u9fff]/.test(block.text) ? REPORTING_JA : REPORTING_EN;
      const media = reporting === REPORTING_JA ? MEDIA_JA : MEDIA_EN;
      const verb = reporting.exec(block.text);
      if (!verb) continue;
      const names = outletPattern?.exec(block.text) ?? media.exec(block.text);
      if (!names) continue;
      if (hasCitation(block.node) || introducesSourcedQuote(block.node, block.ancestors.at(-1))) continue;
      report({
        ...block.locate(verb.index),
        message: `"${names[0]}" is reported here ("${verb[0]}") without a citation`,
        fix: 'add a source reference to the source this comes from, or link it',
      });
    }
  },
});
