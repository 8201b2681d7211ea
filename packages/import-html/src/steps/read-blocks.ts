import type { Figure, List, ListItem, Paragraph, PhrasingContent, TermItem, TermList } from '@kiji/core';
import { classifyFurniture } from '@kiji/import-text';
import { type Context, sample } from '../context.js';
import { INLINE_ELEMENTS, plainText, toPhrasing } from '../inline.js';
import { resolveHref } from '../urls.js';
import { squash } from './find-main-heading.js';

/** A block of the content in reading order, before sections are formed. */
export type DraftBlock =
  | { kind: 'heading'; level: number; children: PhrasingContent[]; text: string }
  | { kind: 'paragraph'; children: PhrasingContent[]; text: string; lede: boolean }
  | { kind: 'quote'; paragraphs: Paragraph[]; text: string; cite?: string }
  | { kind: 'node'; node: List | TermList | Figure; text: string };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const LEDE_CLASSES =
  /(^|[\s_-])(lead|lede|standfirst|dek|deck|summary|subhead|article-lead|intro)($|[\s_-])/iu;
const CREDIT_CLASSES = /(^|[\s_-])(credit|copyright|photographer|source|byline|caption-credit)($|[\s_-])/iu;
// redos: bounded, tested on a caption's last 80 characters only.
const CREDIT_TEXT =
  /(?:^|[\s\u3000（(])((?:写真|撮影|画像|提供|Photo|Photograph|Image|Credit)\s*[:：／/][^:：]{1,40})[)）]?$/u;

/** What the reader collects besides the blocks: every text it kept, for the left-out report. */
export interface BlockReader {
  context: Context;
  language: string;
  kept: Set<string>;
}

/** The content's blocks in reading order: headings, paragraphs, quotes, lists, term lists, figures. */
export function readBlocks(content: Element, reader: BlockReader): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  readContainer(content, blocks, reader);
  return blocks.filter((block) => {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') return true;
    const what = classifyFurniture(block.text);
    if (what === undefined) return true;
    reader.kept.delete(squash(block.text));
    reader.context.warnings.push({
      code: 'boilerplate',
      message: `dropped ${what}: "${sample(block.text)}"`,
    });
    return false;
  });
}

function readContainer(container: Element, blocks: DraftBlock[], reader: BlockReader): void {
  const inline: Node[] = [];
  const flush = () => {
    if (inline.length > 0) pushParagraph([...inline], blocks, reader, container);
    inline.length = 0;
  };
  for (const node of [...container.childNodes]) {
    if (node.nodeType === TEXT_NODE) {
      inline.push(node);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const name = element.localName;
    if (INLINE_ELEMENTS.has(name) && !(name === 'img' && inline.every(isBlank))) {
      if (!hasBlockChild(element)) {
        inline.push(element);
        continue;
      }
      // An inline element left open around blocks (`<i>text <p>…`): its text joins the
      // paragraph it starts in, its blocks are read as blocks.
      readMixed(element, inline, flush, blocks, reader);
      continue;
    }
    flush();
    readBlock(element, blocks, reader);
  }
  flush();
}

function readMixed(
  element: Element,
  inline: Node[],
  flush: () => void,
  blocks: DraftBlock[],
  reader: BlockReader,
): void {
  for (const node of [...element.childNodes]) {
    const child = node.nodeType === ELEMENT_NODE ? (node as Element) : undefined;
    if (child === undefined || (INLINE_ELEMENTS.has(child.localName) && !hasBlockChild(child)))
      inline.push(node);
    else if (INLINE_ELEMENTS.has(child.localName)) readMixed(child, inline, flush, blocks, reader);
    else {
      flush();
      readBlock(child, blocks, reader);
    }
  }
}

function readBlock(element: Element, blocks: DraftBlock[], reader: BlockReader): void {
  const name = element.localName;
  if (/^h[1-6]$/u.test(name)) {
    const children = toPhrasing(element.childNodes, reader.context, reader.language);
    const text = plainText(children);
    if (text.trim() !== '') {
      blocks.push({ kind: 'heading', level: Number(name[1]), children, text });
      reader.kept.add(squash(element.textContent ?? ''));
    }
    return;
  }
  switch (name) {
    case 'p':
      if (onlyImage(element)) {
        readFigure(element, blocks, reader);
        return;
      }
      if (hasBlockChild(element)) readContainer(element, blocks, reader);
      else pushParagraph([...element.childNodes], blocks, reader, element);
      return;
    case 'blockquote':
      readQuote(element, blocks, reader);
      return;
    case 'ul':
    case 'ol': {
      const list = readList(element, reader);
      if (list.children.length > 0)
        blocks.push({ kind: 'node', node: list, text: element.textContent ?? '' });
      return;
    }
    case 'dl': {
      const terms = readTerms(element, reader);
      if (terms.children.length > 0)
        blocks.push({ kind: 'node', node: terms, text: element.textContent ?? '' });
      return;
    }
    case 'figure':
    case 'img':
    case 'picture':
      readFigure(element, blocks, reader);
      return;
    case 'table':
      readTable(element, blocks, reader);
      return;
    case 'pre':
      pushParagraph([...element.childNodes], blocks, reader, element, true);
      return;
    case 'hr':
      return;
    default:
      readContainer(element, blocks, reader);
  }
}

function pushParagraph(
  nodes: Node[],
  blocks: DraftBlock[],
  reader: BlockReader,
  holder: Element,
  pre = false,
): void {
  const children = pre ? preformatted(nodes) : toPhrasing(nodes, reader.context, reader.language);
  const text = plainText(children);
  if (text.trim() === '') return;
  const classes = `${holder.getAttribute('class') ?? ''} ${holder.getAttribute('id') ?? ''}`;
  blocks.push({ kind: 'paragraph', children, text, lede: LEDE_CLASSES.test(classes) });
  reader.kept.add(
    squash(holder.localName === 'p' || holder.localName === 'pre' ? (holder.textContent ?? '') : text),
  );
  reader.kept.add(squash(text));
}

function preformatted(nodes: Node[]): PhrasingContent[] {
  const text = nodes.map((node) => node.textContent ?? '').join('');
  const lines = text.replace(/\r\n?/gu, '\n').replace(/^\n/u, '').split('\n');
  const children: PhrasingContent[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0) children.push({ type: 'break' });
    if (line !== '') children.push({ type: 'text', value: line });
  }
  while (children.at(-1)?.type === 'break') children.pop();
  return children;
}

function readQuote(element: Element, blocks: DraftBlock[], reader: BlockReader): void {
  const inner: DraftBlock[] = [];
  readContainer(element, inner, reader);
  const paragraphs: Paragraph[] = [];
  for (const block of inner) {
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      paragraphs.push({ type: 'paragraph', children: block.children });
    } else if (block.kind === 'quote') {
      paragraphs.push(...block.paragraphs);
    } else {
      const text = block.text.replace(/[ \t\n\f\r]+/gu, ' ').trim();
      if (text !== '') paragraphs.push({ type: 'paragraph', children: [{ type: 'text', value: text }] });
    }
  }
  if (paragraphs.length === 0) return;
  const cite = element.getAttribute('cite') ?? undefined;
  blocks.push({
    kind: 'quote',
    paragraphs,
    text: paragraphs.map((paragraph) => plainText(paragraph.children)).join('\n'),
    ...(cite ? { cite } : {}),
  });
}

function readList(element: Element, reader: BlockReader): List {
  const list: List = { type: 'list', ordered: element.localName === 'ol', children: [] };
  const start = Number(element.getAttribute('start'));
  if (list.ordered && Number.isInteger(start) && start > 1 && start < 1_000_000) list.start = start;
  for (const child of element.children) {
    if (child.localName !== 'li') continue;
    const item: ListItem = { type: 'listItem', children: [] };
    let inline: Node[] = [];
    const flush = () => {
      const children = toPhrasing(inline, reader.context, reader.language);
      if (plainText(children).trim() !== '') item.children.push({ type: 'paragraph', children });
      inline = [];
    };
    for (const node of child.childNodes) {
      const nested = node.nodeType === ELEMENT_NODE ? (node as Element) : undefined;
      if (nested && (nested.localName === 'ul' || nested.localName === 'ol')) {
        flush();
        const sublist = readList(nested, reader);
        if (sublist.children.length > 0) item.children.push(sublist);
      } else if (nested && nested.localName === 'p') {
        flush();
        inline = [...nested.childNodes];
        flush();
      } else inline.push(node);
    }
    flush();
    if (item.children.length > 0) list.children.push(item);
    reader.kept.add(squash(child.textContent ?? ''));
  }
  return list;
}

function readTerms(element: Element, reader: BlockReader): TermList {
  const terms: TermList = { type: 'termList', children: [] };
  let current: TermItem | undefined;
  for (const child of element.querySelectorAll('dt, dd')) {
    const children = toPhrasing(child.childNodes, reader.context, reader.language);
    reader.kept.add(squash(child.textContent ?? ''));
    if (plainText(children).trim() === '') continue;
    if (child.localName === 'dt') {
      current = { type: 'termItem', term: children, children: [] };
      terms.children.push(current);
    } else if (current) current.children.push({ type: 'paragraph', children });
  }
  terms.children = terms.children.filter((item) => item.children.length > 0);
  return terms;
}

function readFigure(element: Element, blocks: DraftBlock[], reader: BlockReader): void {
  const image = element.localName === 'img' ? element : element.querySelector('img');
  const caption = element.querySelector('figcaption');
  let credit: string | undefined;
  if (caption) {
    const creditElement = [...caption.querySelectorAll('*')].find((child) =>
      CREDIT_CLASSES.test(child.getAttribute('class') ?? ''),
    );
    if (creditElement) {
      credit = creditElement.textContent?.replace(/[ \t\n\f\r]+/gu, ' ').trim() || undefined;
      creditElement.remove();
    }
  }
  let captionChildren = caption ? toPhrasing(caption.childNodes, reader.context, reader.language) : [];
  if (caption) reader.kept.add(squash(caption.textContent ?? ''));
  if (credit === undefined && captionChildren.at(-1)?.type === 'text') {
    const last = captionChildren.at(-1) as { type: 'text'; value: string };
    const match = CREDIT_TEXT.exec(last.value.slice(-80));
    if (match) {
      credit = match[1]!.trim();
      last.value = last.value.slice(0, last.value.length - match[0].length).trimEnd();
      captionChildren = captionChildren.filter((node) => node.type !== 'text' || node.value !== '');
    }
  }
  if (credit) reader.kept.add(squash(`${plainText(captionChildren)}${credit}`));
  const src = image?.getAttribute('src')?.trim() ?? '';
  const alt =
    image
      ?.getAttribute('alt')
      ?.replace(/[ \t\n\f\r]+/gu, ' ')
      .trim() ?? '';
  const figureSrc = src === '' ? undefined : figureSource(src, reader.context);
  if (figureSrc === undefined) {
    if (src !== '') {
      reader.context.warnings.push({
        code: 'figure',
        message: `dropped the image "${sample(src)}"${alt ? ` (${sample(alt)})` : ''}: only http(s) URLs and paths inside the page's folder are carried over`,
      });
    }
    // The caption is still text of the article.
    if (plainText(captionChildren).trim() !== '') {
      blocks.push({
        kind: 'paragraph',
        children: captionChildren,
        text: plainText(captionChildren),
        lede: false,
      });
    }
    return;
  }
  const figure: Figure = { type: 'figure', src: figureSrc, alt: alt || plainText(captionChildren) };
  if (captionChildren.length > 0) figure.caption = captionChildren;
  if (credit) figure.credit = credit;
  for (const side of ['width', 'height'] as const) {
    const value = Number(image?.getAttribute(side));
    if (Number.isInteger(value) && value > 0 && value < 100_000) figure[side] = value;
  }
  blocks.push({ kind: 'node', node: figure, text: plainText(captionChildren) });
}

/**
 * An image source the model may hold: an http(s) URL (relative ones resolved against the page's
 * address), or a relative path that stays inside the page's folder (`page_files/a.jpg`), which
 * the renderers then read under the file-root rule. `file:`, `data:`, absolute paths and `..`
 * are refused.
 */
function figureSource(src: string, context: Context): string | undefined {
  const target = resolveHref(src, context);
  if (target.kind === 'url') return /^https?:/iu.test(target.url) ? target.url : undefined;
  if (target.kind !== 'relative') return undefined;
  const path = target.href.split(/[?#]/u)[0]!;
  if (path.startsWith('/') || path.startsWith('\\') || path.split(/[/\\]/u).includes('..')) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function readTable(element: Element, blocks: DraftBlock[], reader: BlockReader): void {
  const rows = [...element.querySelectorAll('tr')];
  if (rows.length === 0) {
    readContainer(element, blocks, reader);
    return;
  }
  for (const row of rows) {
    const cells = [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
    // A layout table (one cell per row) is a container, not data.
    if (cells.length === 1) {
      readContainer(cells[0]!, blocks, reader);
      continue;
    }
    const children: PhrasingContent[] = [];
    for (const [index, cell] of cells.entries()) {
      if (index > 0) children.push({ type: 'text', value: ' / ' });
      children.push(...toPhrasing(cell.childNodes, reader.context, reader.language));
      reader.kept.add(squash(cell.textContent ?? ''));
    }
    const text = plainText(children);
    if (text.replace(/ \/ /gu, '').trim() !== '')
      blocks.push({ kind: 'paragraph', children, text, lede: false });
  }
}

function isBlank(node: Node): boolean {
  return node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '';
}

function hasBlockChild(element: Element): boolean {
  for (const child of element.children) {
    if (!INLINE_ELEMENTS.has(child.localName) || hasBlockChild(child)) return true;
  }
  return false;
}

function onlyImage(element: Element): boolean {
  return element.querySelector('img') !== null && (element.textContent ?? '').trim() === '';
}
