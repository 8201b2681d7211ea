import type {
  BlockContent,
  Conclusion,
  FlowContent,
  Paragraph,
  PhrasingContent,
  Quote,
  Section,
} from '@kiji/core';
import {
  endsSentence,
  endsWithEllipsis,
  findOutletName,
  isConclusionHeading,
  lastSentence,
  matchNumberedHeading,
  outletStem,
  quoteIntroStrength,
  withoutEllipsis,
} from '@kiji/import-text';
import { type Context, sample } from '../context.js';
import { plainText } from '../inline.js';
import { findOutletHost, hostStem } from '../outlet-hosts.js';
import { addSource } from '../sources.js';
import { hostOf, resolveHref } from '../urls.js';
import type { DraftBlock } from './read-blocks.js';

/**
 * Sections from headings: the shallowest heading level opens sections, deeper ones open
 * subsections; `1. 見出し` and `2.1 見出し` keep their numbers; まとめ / Conclusion / The bottom
 * line open the conclusion, after which deeper headings stay paragraphs. The lede is the
 * paragraph the page marks as its lead (class lead, standfirst…), else the first paragraph
 * before any heading.
 */
export function buildBody(kept: DraftBlock[], context: Context): FlowContent[] {
  const body: FlowContent[] = [];
  const ledeIndex = findLede(kept);
  const headings = kept.filter((block) => block.kind === 'heading') as Extract<
    DraftBlock,
    { kind: 'heading' }
  >[];
  const top = Math.min(...headings.map((heading) => heading.level));
  const stack: { level: number; section: Section }[] = [];
  let conclusion: Conclusion | undefined;
  const target = (): (BlockContent | Section)[] | BlockContent[] =>
    conclusion ? conclusion.children : (stack.at(-1)?.section.children ?? (body as BlockContent[]));

  for (const [index, block] of kept.entries()) {
    if (index === ledeIndex && block.kind === 'paragraph') {
      body.push({ type: 'lede', children: [{ type: 'paragraph', children: block.children }] });
      continue;
    }
    if (block.kind === 'heading') {
      if (conclusion && block.level > top) {
        conclusion.children.push({ type: 'paragraph', children: block.children });
        continue;
      }
      if (block.level <= top && isConclusionHeading(block.text)) {
        stack.length = 0;
        conclusion = { type: 'conclusion', heading: block.children, children: [] };
        body.push(conclusion);
        continue;
      }
      conclusion = undefined;
      while (stack.length > 0 && stack.at(-1)!.level >= block.level) stack.pop();
      const section = toSection(block);
      const parent = stack.at(-1)?.section.children ?? body;
      parent.push(section);
      stack.push({ level: block.level, section });
      continue;
    }
    const previous = kept[index - 1];
    const node = toBlock(block, previous, context);
    for (const item of node) (target() as BlockContent[]).push(item);
  }
  return body.filter((part) => part.type !== 'conclusion' || part.children.length > 0);
}

function findLede(blocks: DraftBlock[]): number {
  const marked = blocks.findIndex((block) => block.kind === 'paragraph' && block.lede);
  const firstHeading = blocks.findIndex((block) => block.kind === 'heading');
  if (marked >= 0 && (firstHeading < 0 || marked < firstHeading)) return marked;
  const first = blocks.findIndex((block) => block.kind === 'paragraph');
  return first >= 0 &&
    (firstHeading < 0 || first < firstHeading) &&
    blocks.slice(0, first).every((block) => block.kind !== 'quote')
    ? first
    : -1;
}

function toSection(block: Extract<DraftBlock, { kind: 'heading' }>): Section {
  const numbered = matchNumberedHeading(block.text.trim());
  const section: Section = { type: 'section', heading: block.children, children: [] };
  if (numbered?.number !== undefined && numbered.text !== '') {
    section.number = numbered.number;
    section.heading = withoutNumber(block.children, block.text.trim().length - numbered.text.length);
  }
  return section;
}

/** The heading without the first `length` characters of its text (the printed number). */
function withoutNumber(children: PhrasingContent[], length: number): PhrasingContent[] {
  let remaining = length;
  const result: PhrasingContent[] = [];
  for (const node of children) {
    if (remaining <= 0) {
      result.push(node);
      continue;
    }
    if (node.type === 'text') {
      const trimmed = node.value.trimStart();
      if (trimmed.length > remaining)
        result.push({ type: 'text', value: trimmed.slice(remaining).trimStart() });
      remaining -= trimmed.length;
    } else {
      const text = plainText([node]);
      remaining -= text.length;
    }
  }
  return result.length > 0 ? result : children;
}

function toBlock(block: DraftBlock, previous: DraftBlock | undefined, context: Context): BlockContent[] {
  switch (block.kind) {
    case 'paragraph':
      return [{ type: 'paragraph', children: block.children }];
    case 'node':
      return [block.node];
    case 'quote':
      return toQuote(block, previous, context);
    default:
      return [];
  }
}

/**
 * A block quotation attributed to its source: the URL of its `cite`, else the outlet the
 * paragraph before links to or names when that paragraph announces it (「…は次のように伝えている。」,
 * "According to Reuters:"). A quotation nobody is named for stays as paragraphs, reported: a
 * quote needs a source. Text that ends without a full stop, or with …, is marked cut off.
 */
function toQuote(
  block: Extract<DraftBlock, { kind: 'quote' }>,
  previous: DraftBlock | undefined,
  context: Context,
): BlockContent[] {
  const intro = previous?.kind === 'paragraph' ? previous : undefined;
  const sourceId = quoteSource(block, intro, context);
  if (sourceId === undefined) {
    context.warnings.push({
      code: 'unattributed-quote',
      message: `kept a block quotation as paragraphs: no source is named for it ("${sample(block.text)}")`,
    });
    return block.paragraphs;
  }
  if (intro) removeReference(intro.children, sourceId);
  const paragraphs: Paragraph[] = block.paragraphs;
  const last = paragraphs.at(-1)!;
  const lastText = plainText(last.children);
  const quote: Quote = { type: 'quote', sourceId, children: paragraphs };
  if (endsWithEllipsis(lastText)) {
    quote.truncated = true;
    const tail = last.children.at(-1);
    if (tail?.type === 'text') tail.value = withoutEllipsis(tail.value.trimEnd());
  } else if (!endsSentence(lastText)) quote.truncated = true;
  return [quote];
}

function quoteSource(
  block: Extract<DraftBlock, { kind: 'quote' }>,
  intro: Extract<DraftBlock, { kind: 'paragraph' }> | undefined,
  context: Context,
): string | undefined {
  const introText = intro?.text.trim() ?? '';
  const announces =
    intro !== undefined && (quoteIntroStrength(introText) !== undefined || /[:：]$/u.test(introText));
  const named = announces ? findOutletName(lastSentence(introText)) : undefined;
  if (block.cite !== undefined) {
    const target = resolveHref(block.cite, context);
    if (target.kind === 'url' && /^https?:/u.test(target.url) && hostOf(target.url) !== context.ownHost) {
      const entry = findOutletHost(target.url, context.options.outlets);
      const outlet = entry?.outlet ?? named ?? hostOf(target.url)!;
      return addSource(
        {
          outlet,
          url: target.url,
          kind: entry?.kind ?? 'article',
          stem: entry ? hostStem(entry) : outletStem(outlet),
        },
        context,
      );
    }
  }
  if (!announces || intro === undefined) return undefined;
  const linked = intro.children.findLast((node) => node.type === 'sourceReference');
  if (linked?.type === 'sourceReference') return linked.sourceId;
  if (named === undefined) return undefined;
  return addSource({ outlet: named, kind: 'article', stem: outletStem(named) }, context);
}

/** Remove the citation marks of `sourceId` from a quote's introduction: the quote cites it. */
function removeReference(children: PhrasingContent[], sourceId: string): void {
  for (let index = children.length - 1; index >= 0; index--) {
    const node = children[index]!;
    if (node.type === 'sourceReference' && node.sourceId === sourceId) children.splice(index, 1);
  }
}
