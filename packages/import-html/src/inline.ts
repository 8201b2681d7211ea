import type { PhrasingContent } from '@kiji/core';
import { type Context, sample } from './context.js';
import { sourceForLink } from './sources.js';
import { resolveHref } from './urls.js';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that stay inside a paragraph; any other element starts a block. */
export const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** Phrasing content of a run of DOM nodes, white space collapsed as a browser shows it. */
export function toPhrasing(nodes: Iterable<Node>, context: Context, language: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) convert(node, out, context, language);
  return tidy(out);
}

function convert(node: Node, out: PhrasingContent[], context: Context, language: string): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.textContent ?? '';
    if (value !== '') out.push({ type: 'text', value });
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const children = () => toPhrasing(element.childNodes, context, language);
  switch (element.localName) {
    case 'br':
      out.push({ type: 'break' });
      return;
    case 'strong':
    case 'b': {
      const inner = children();
      if (inner.length > 0) out.push({ type: 'strong', children: inner });
      return;
    }
    case 'em':
    case 'i': {
      const inner = children();
      if (inner.length > 0) out.push({ type: 'emphasis', children: inner });
      return;
    }
    case 'q': {
      const [open, close] = language.startsWith('ja') ? ['「', '」'] : ['“', '”'];
      out.push({ type: 'text', value: open }, ...children(), { type: 'text', value: close });
      return;
    }
    case 'rt': {
      // The model has no ruby: a reading follows its word in parentheses, as pages copy it.
      const previous = element.previousElementSibling;
      if (previous?.localName === 'rp') out.push(...children());
      else out.push({ type: 'text', value: '（' }, ...children(), { type: 'text', value: '）' });
      return;
    }
    case 'img':
      // Images inside running text are not figures; a paragraph that is only an image is.
      return;
    case 'a':
      convertLink(element, out, context, language);
      return;
    default:
      out.push(...children());
  }
}

function convertLink(element: Element, out: PhrasingContent[], context: Context, language: string): void {
  const inner = toPhrasing(element.childNodes, context, language);
  if (inner.length === 0) return;
  const text = element.textContent ?? '';
  const target = resolveHref(element.getAttribute('href') ?? '', context);
  if (target.kind === 'anchor') {
    out.push(...inner);
    return;
  }
  if (target.kind === 'unsafe' || target.kind === 'relative') {
    context.warnings.push({
      code: target.kind === 'unsafe' ? 'unsafe-link' : 'relative-link',
      message:
        target.kind === 'unsafe'
          ? `kept the link "${sample(text)}" as text: its target "${sample(target.href)}" is not http(s) or mailto`
          : `kept the link "${sample(text)}" as text: its target "${sample(target.href)}" is relative and the page names no address of its own (<link rel="canonical"> or og:url)`,
    });
    out.push(...inner);
    return;
  }
  out.push({ type: 'link', url: target.url, children: inner });
  const sourceId = sourceForLink(target.url, text, context);
  if (sourceId !== undefined) out.push({ type: 'sourceReference', sourceId });
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Merge adjacent text, collapse HTML white space (space, tab, line feed, form feed, carriage
 * return; never U+3000) to one space, remove a line break between two Japanese characters (as
 * CSS does) and, at the top level, trim the ends and the sides of line breaks.
 */
export function tidy(nodes: PhrasingContent[], top = true): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (node.type === 'text') merged.push({ ...node });
    else merged.push(node);
  }
  for (const node of merged) {
    if (node.type === 'text') node.value = collapse(node.value);
    else if ('children' in node) node.children = tidy(node.children, false);
  }
  if (top) {
    trimStart(merged);
    trimEnd(merged);
    for (let index = 0; index < merged.length; index++) {
      if (merged[index]!.type !== 'break') continue;
      trimEnd(merged.slice(0, index));
      trimStart(merged.slice(index + 1));
    }
  }
  return dropEmpty(merged);
}

function dropEmpty(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.filter((node) => {
    if (node.type === 'text') return node.value !== '';
    if (node.type === 'link' || node.type === 'emphasis' || node.type === 'strong') {
      node.children = dropEmpty(node.children);
      return node.children.length > 0;
    }
    return true;
  });
}

function trimStart(nodes: PhrasingContent[]): void {
  const first = nodes.find((node) => node.type !== 'text' || node.value !== '');
  if (first?.type === 'text') first.value = first.value.replace(/^ +/u, '');
  else if (first && 'children' in first) trimStart(first.children);
}

function trimEnd(nodes: PhrasingContent[]): void {
  const last = nodes.findLast((node) => node.type !== 'text' || node.value !== '');
  if (last?.type === 'text') last.value = withoutTrailingSpaces(last.value);
  else if (last && 'children' in last) trimEnd(last.children);
}

/** The text without spaces at its end; a scan from the end, so no pattern can backtrack. */
function withoutTrailingSpaces(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === ' ') end--;
  return value.slice(0, end);
}

function collapse(value: string): string {
  const parts: string[] = [];
  let last = '';
  let index = 0;
  while (index < value.length) {
    let end = index;
    while (end < value.length && !isHtmlSpace(value[end]!)) end++;
    if (end > index) {
      parts.push(value.slice(index, end));
      last = value[end - 1]!;
    }
    if (end >= value.length) break;
    let after = end;
    let newline = false;
    while (after < value.length && isHtmlSpace(value[after]!)) {
      if (value[after] === '\n' || value[after] === '\r') newline = true;
      after++;
    }
    const next = value[after];
    const joinsJapanese = newline && last !== '' && next !== undefined && CJK.test(last) && CJK.test(next);
    if (!joinsJapanese) {
      parts.push(' ');
      last = ' ';
    }
    index = after;
  }
  return parts.join('');
}

function isHtmlSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
}

/** The plain text of phrasing content. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'break') text += '\n';
    else if ('children' in node) text += plainText(node.children);
  }
  return text;
}
