import { type Article, type Section, toPlainText } from '@kiji/core';

/** What the document needs to know about one section heading. */
export interface SectionInfo {
  /** Depth: 1 for a section, 2 for a subsection, ... */
  depth: number;
  /** Outline (bookmark) title: number and heading text. */
  outlineTitle: string;
}

/**
 * Give every section its depth and outline title. Numbers are the ones the article prints
 * (`section.number`); unnumbered sections stay unnumbered.
 */
export function numberSections(article: Article): Map<Section, SectionInfo> {
  const info = new Map<Section, SectionInfo>();
  const visit = (nodes: readonly unknown[], depth: number): void => {
    for (const node of nodes as { type: string }[]) {
      if (node.type !== 'section') continue;
      const section = node as Section;
      const heading = toPlainText(section.heading).replace(/\s+/g, ' ').trim();
      info.set(section, {
        depth,
        outlineTitle: section.number ? `${section.number} ${heading}` : heading,
      });
      visit(section.children, depth + 1);
    }
  };
  visit(article.children, 1);
  return info;
}
