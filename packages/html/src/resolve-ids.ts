import { type Article, type Conclusion, type Section, toPlainText, walk } from '@kiji/core';
import { IdRegistry, toHtmlId } from './ids.js';
import { labelsFor } from './labels.js';

/** A numbered entry (source or note) and the HTML id of its place in the list. */
export interface NumberedTarget {
  /** 1-based number as printed. */
  number: number;
  /** HTML id of the list entry. */
  id: string;
}

/** Every id the HTML of an article uses, decided before rendering so outline and body agree. */
export interface ResolvedIds {
  /** Ids of nodes: sections, conclusion, quotes, figures, notes, comments with ids. */
  nodes: Map<object, string>;
  /** Sources by their article id. */
  sources: Map<string, NumberedTarget>;
  /** Notes by their article id. */
  notes: Map<string, NumberedTarget>;
  /** Ids of the trailing parts. */
  parts: { title: string; sources: string; notes: string; comments: string };
  /** Registry for ids handed out while rendering (citation marks). */
  registry: IdRegistry;
  /** The prefix every id starts with. */
  prefix: string;
}

/**
 * Decide every id of the article's HTML: explicit ids first (prefixed, made XML-safe), then
 * generated ones (`sec-1`, `sec-1-1`, `conclusion`, `src-…`, `note-…`). Same article, same ids.
 * A prefix that is not a valid start of an XML name gets a leading `k` (`2-` becomes `k2-`).
 */
export function resolveIds(article: Article, idPrefix = ''): ResolvedIds {
  // Ids must be XML names: letters, digits, _ . - only, and a letter or _ first.
  const cleaned = idPrefix.replace(/[^\w.-]/g, '-');
  const prefix = cleaned === '' || /^[A-Za-z_]/.test(cleaned) ? cleaned : `k${cleaned}`;
  const registry = new IdRegistry();
  const nodes = new Map<object, string>();
  for (const { node } of walk(article)) {
    const id = (node as { id?: unknown }).id;
    if (node.type !== 'article' && typeof id === 'string')
      nodes.set(node, registry.claim(toHtmlId(prefix, id)));
  }
  const parts = {
    title: registry.claim(`${prefix}title`),
    sources: registry.claim(`${prefix}sources`),
    notes: registry.claim(`${prefix}notes`),
    comments: registry.claim(`${prefix}comments`),
  };
  const number = (children: Article['children'] | Section['children'], trail: number[]) => {
    let count = 0;
    for (const child of children) {
      if (child.type === 'section') {
        count += 1;
        const position = [...trail, count];
        if (!nodes.has(child)) nodes.set(child, registry.claim(`${prefix}sec-${position.join('-')}`));
        number(child.children, position);
      } else if (child.type === 'conclusion' && !nodes.has(child)) {
        nodes.set(child, registry.claim(`${prefix}conclusion`));
      }
    }
  };
  number(article.children, []);
  const sources = new Map<string, NumberedTarget>();
  for (const [index, source] of article.sources.entries()) {
    sources.set(source.id, { number: index + 1, id: registry.claim(toHtmlId(prefix, `src-${source.id}`)) });
  }
  const notes = new Map<string, NumberedTarget>();
  for (const [index, note] of (article.notes ?? []).entries()) {
    notes.set(note.id, {
      number: index + 1,
      id: nodes.get(note) ?? registry.claim(toHtmlId(prefix, `note-${note.id}`)),
    });
  }
  return { nodes, sources, notes, parts, registry, prefix };
}

/** One heading of the article's outline. */
export interface OutlineEntry {
  /** `section` or `conclusion`. */
  kind: 'section' | 'conclusion';
  /** HTML id of the section element (link target `#id`). */
  id: string;
  /** Printed number, e.g. `"2.1"`, when the section has one. */
  number?: string;
  /** Heading as plain text (without the number). */
  title: string;
  /** 1 for top-level sections, 2 for subsections, … */
  depth: number;
  /** Subsections. */
  children: OutlineEntry[];
}

/**
 * The section tree of an article with the ids `toHtml` gives them (pass the same `idPrefix`),
 * for tables of contents and the EPUB navigation document.
 */
export function articleSections(
  article: Article,
  options: { idPrefix?: string; ids?: ResolvedIds } = {},
): OutlineEntry[] {
  const ids = options.ids ?? resolveIds(article, options.idPrefix);
  const fallback = labelsFor(article.meta.language).conclusion;
  const labels = (node: Section | Conclusion): string =>
    node.heading ? toPlainText(node.heading) : fallback;
  const collect = (
    children: (Article['children'][number] | Section['children'][number])[],
    depth: number,
  ) => {
    const entries: OutlineEntry[] = [];
    for (const child of children) {
      if (child.type !== 'section' && child.type !== 'conclusion') continue;
      const entry: OutlineEntry = {
        kind: child.type,
        id: ids.nodes.get(child) ?? '',
        title: labels(child),
        depth,
        children: child.type === 'section' ? collect(child.children, depth + 1) : [],
      };
      if (child.type === 'section' && child.number !== undefined) entry.number = child.number;
      entries.push(entry);
    }
    return entries;
  };
  return collect(article.children, 1);
}
