import {
  type Article,
  type BlockContent,
  type FlowContent,
  type List,
  type Meta,
  type Paragraph,
  SCHEMA_VERSION,
  type Section,
} from '@kiji/core';
import { isIsoDate } from '../dates.js';
import { lineMap, toLinks, toPhrasing } from '../inline.js';
import { splitSentences } from '../text.js';
import type { Block, Context, Draft, DraftSection, ListBlock, ParagraphBlock } from '../types.js';
import type { MastheadResult } from './find-masthead.js';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u;

/** Assemble the article: metadata (title, kicker, language, date, site, byline), body and sources. */
export function buildArticle(
  draft: Draft,
  published: Pick<MastheadResult, 'published' | 'dayOnly'>,
  context: Context,
): Article {
  const children: FlowContent[] = [];
  if (draft.lede !== undefined) {
    children.push({ type: 'lede', children: [toParagraph(draft.lede, context)] });
  }
  children.push(...toBlocks(draft.body, context));
  for (const part of draft.parts) {
    if (part.kind === 'section') children.push(toSection(part, context));
    else {
      const conclusion: FlowContent = { type: 'conclusion', children: toBlocks(part.blocks, context) };
      if (part.heading !== undefined) conclusion.heading = toLinks(part.heading, context, part.line);
      children.push(conclusion);
    }
  }
  return {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    meta: toMeta(draft, published, context),
    children,
    sources: draft.sources ?? [],
  };
}

function toMeta(draft: Draft, found: Pick<MastheadResult, 'published' | 'dayOnly'>, context: Context): Meta {
  const { masthead } = draft;
  const meta: Meta = { title: masthead.title ?? deriveTitle(draft, context), language: context.language };
  const published = resolvePublished(found, context);
  if (published !== undefined) meta.published = published;
  if (masthead.place !== undefined) meta.place = masthead.place;
  if (masthead.kicker !== undefined) meta.kicker = masthead.kicker;
  if (masthead.siteLabel !== undefined) meta.publisher = { name: masthead.siteLabel };
  if (masthead.authors.length > 0) meta.authors = masthead.authors;
  return meta;
}

/** No title line: the first sentence of the text, shortened, or a placeholder. */
function deriveTitle(draft: Draft, context: Context): string {
  const first = draft.lede ?? draft.body.find((block): block is ParagraphBlock => block.kind === 'paragraph');
  const sentence = first === undefined ? '' : (splitSentences(first.text)[0] ?? first.text);
  const chars = [...sentence.trim()];
  let title = chars.join('');
  if (chars.length > 60) {
    let head = chars.slice(0, 59).join('');
    // A quotation the cut would leave open is cut before its bracket: no title ends on 「.
    const open = lastUnclosedOpener(head);
    if (open > 0) head = trimTrailingCommas(head.slice(0, open));
    // Cut Latin text at a word boundary.
    const space = head.lastIndexOf(' ');
    title = `${open <= 0 && space > 30 ? head.slice(0, space) : head}…`;
  }
  const fallback = context.language === 'ja' ? '無題' : 'Untitled';
  context.warnings.push({
    code: 'no-title',
    message: `no title line found: the title is ${title === '' ? `"${fallback}"` : 'taken from the first sentence'}; edit meta.title`,
  });
  return title === '' ? fallback : title;
}

const OPENERS = '「『（(【〔［[“‘';
const CLOSERS = '」』）)】〕］]”’';

/** Offset of the last opening bracket that `text` leaves unclosed, or -1. */
function lastUnclosedOpener(text: string): number {
  const stack: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (OPENERS.includes(text[index]!)) stack.push(index);
    else if (CLOSERS.includes(text[index]!)) stack.pop();
  }
  return stack.at(-1) ?? -1;
}

/**
 * options.published, else the first date in the text, else nothing: a date the page does not
 * give is unknown, and the article says so rather than carrying a made-up one.
 */
function resolvePublished(
  { published, dayOnly }: Pick<MastheadResult, 'published' | 'dayOnly'>,
  context: Context,
): string | undefined {
  const option = context.options.published;
  if (option !== undefined) {
    if (isIsoDate(option)) return option;
    context.warnings.push({
      code: 'bad-option',
      message: `ignored published "${option}": expected an ISO 8601 date like "2025-10-28"`,
    });
  }
  if (published !== undefined) return published.iso;
  const found =
    dayOnly === undefined
      ? 'no publication date in the text'
      : `only a day ("${dayOnly.text}", line ${dayOnly.line}), with no month or year`;
  context.warnings.push({
    code: 'no-date',
    ...(dayOnly === undefined ? {} : { line: dayOnly.line }),
    message: `${found}: the article's date is unknown and meta.published is left unset; set it (kiji import --published 2025-10-28) when you know it`,
  });
  return undefined;
}

/** The language option when it is a BCP 47 tag, else the detected language. */
export function resolveLanguage(option: string | undefined, detected: string, context: Context): string {
  if (option === undefined) return detected;
  if (LANGUAGE_TAG.test(option)) return option;
  context.warnings.push({
    code: 'bad-option',
    message: `ignored language "${option}": expected a BCP 47 tag like "ja" or "en-GB"; using "${detected}"`,
  });
  return detected;
}

function toSection(part: DraftSection, context: Context): Section {
  const section: Section = {
    type: 'section',
    heading: toLinks(part.heading, context, part.line),
    children: [...toBlocks(part.blocks, context), ...part.subsections.map((sub) => toSection(sub, context))],
  };
  if (part.number !== undefined) section.number = part.number;
  return section;
}

function toBlocks(blocks: Block[], context: Context): BlockContent[] {
  return blocks.map((block) => toBlock(block, context));
}

function toBlock(block: Block, context: Context): BlockContent {
  switch (block.kind) {
    case 'paragraph':
      return toParagraph(block, context);
    case 'quote': {
      const quote: BlockContent = {
        type: 'quote',
        children: block.paragraphs.map((p) => ({
          type: 'paragraph',
          children: toLinks(p.text, context, lineMap(p.line, p.starts)),
        })),
      };
      if (block.sourceId !== undefined) quote.sourceId = block.sourceId;
      if (block.locator !== undefined) quote.locator = block.locator;
      if (block.truncated) quote.truncated = true;
      return quote;
    }
    case 'list':
      return toList(block, context);
    case 'termList':
      return {
        type: 'termList',
        children: block.items.map((item) => ({
          type: 'termItem',
          term: toLinks(item.term, context, item.line),
          children: [{ type: 'paragraph', children: toLinks(item.definition, context, item.line) }],
        })),
      };
    // Headings and items left over by a step are kept as text rather than lost.
    case 'heading':
    case 'listItem':
      return { type: 'paragraph', children: toLinks(block.text, context, block.line) };
  }
}

function toParagraph(block: ParagraphBlock, context: Context): Paragraph {
  const children = toPhrasing(
    block.text,
    context,
    lineMap(block.line, block.starts),
    block.citations,
    block.introduces?.sourceId,
  );
  for (const sourceId of block.cites ?? []) children.push({ type: 'sourceReference', sourceId });
  return { type: 'paragraph', children };
}

function toList(block: ListBlock, context: Context): List {
  const list: List = {
    type: 'list',
    ordered: block.ordered,
    children: block.items.map((item) => ({
      type: 'listItem',
      children: [
        { type: 'paragraph', children: toLinks(item.text, context, item.line) },
        ...item.children.map((child) => toList(child, context)),
      ],
    })),
  };
  if (block.start !== undefined) list.start = block.start;
  return list;
}

/** Drop the commas and spaces a cut leaves at the end, scanning back once (a `[…]+$` regex retries from every run). */
function trimTrailingCommas(text: string): string {
  let end = text.length;
  while (end > 0 && /[、，,\s]/u.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}
