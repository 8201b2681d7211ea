import { readFileSync } from 'node:fs';
import type { Article, FlowContent, PhrasingContent, Quote, Section } from '@kiji/core';

import { loadPages } from '@kiji/fixtures';

/** A saved page of the corpus (`packages/fixtures/pages`) by its name without the number. */
export function page(name: string): Uint8Array {
  const found = loadPages().find(
    (fixture) => fixture.name.replace(/^\d+-/u, '') === name.replace(/\.html$/u, ''),
  );
  if (!found) throw new Error(`no saved page ${name} in @kiji/fixtures`);
  return readFileSync(found.file);
}

/** Plain text of phrasing content. */
export function text(nodes: readonly PhrasingContent[] | undefined): string {
  return (nodes ?? [])
    .map((node) => (node.type === 'text' ? node.value : 'children' in node ? text(node.children) : ''))
    .join('');
}

/** The headings of the sections, `number heading`, nested with two spaces. */
export function outline(
  children: readonly (FlowContent | Section['children'][number])[],
  depth = 0,
): string[] {
  const lines: string[] = [];
  for (const node of children) {
    if (node.type === 'section') {
      lines.push(`${'  '.repeat(depth)}${node.number ? `${node.number} ` : ''}${text(node.heading)}`);
      lines.push(...outline(node.children, depth + 1));
    } else if (node.type === 'conclusion')
      lines.push(`${'  '.repeat(depth)}[conclusion] ${text(node.heading)}`);
  }
  return lines;
}

/** Every quote of the article, in order. */
export function quotes(article: Article): Quote[] {
  const found: Quote[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as { type: string; children?: unknown[] }[]) {
      if (node.type === 'quote') found.push(node as Quote);
      if (Array.isArray(node.children)) walk(node.children);
    }
  };
  walk(article.children);
  return found;
}

/** All the text of the article's body, paragraphs joined by newlines. */
export function bodyText(article: Article): string {
  return JSON.stringify(article.children);
}
