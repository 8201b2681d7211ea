import type { Source } from '@kiji/core';
import type { HtmlImportWarning, ImportHtmlOptions } from './types.js';

/** What every step may read and add to. */
export interface Context {
  warnings: HtmlImportWarning[];
  options: ImportHtmlOptions;
  /** The page's own address (canonical link or og:url), for relative links; http(s) only. */
  base?: string;
  /** The page's own host: links to it are not outbound, so never sources. */
  ownHost?: string;
  /** Sources in citation order, and their ids by URL. */
  sources: Source[];
  sourceIdsByUrl: Map<string, string>;
}

/** A fresh context. */
export function createContext(options: ImportHtmlOptions): Context {
  return { warnings: [], options, sources: [], sourceIdsByUrl: new Map() };
}

/** A short, one-line sample of a text for a message: white space collapsed, at most 60 characters. */
export function sample(text: string): string {
  const flat = text.replace(/[ \t\n\f\r]+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : flat;
}

/** How an element is named in messages: `<nav class="global-nav">`. */
export function describeElement(element: Element): string {
  const id = element.getAttribute('id');
  const className = element.getAttribute('class');
  const attribute = id ? ` id="${sample(id)}"` : className ? ` class="${sample(className)}"` : '';
  return `<${element.localName}${attribute}>`;
}

/**
 * The text of an element with its text nodes joined by spaces, for messages: a menu of links
 * reads `トップ 政治 経済`, not `トップ政治経済`. Walks without recursion (pages nest deeply).
 */
export function spacedText(element: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [element];
  while (stack.length > 0 && parts.length < 200) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.textContent?.trim();
      if (value) parts.push(value);
      continue;
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return parts.join(' ');
}
