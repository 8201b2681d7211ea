import type { Article } from '@kiji/core';
import { type Labels, labelsFor, type OutlineEntry } from '@kiji/html';
import type { Properties } from 'hast';
import type { Draft } from '../chapters/draft.js';
import { articlePage, coverPage } from '../chapters/pages.js';
import { type Element, hasClass, textOf } from '../hast.js';
import type { EpubLabels } from '../labels.js';
import type { EpubOptions, WarningHandler } from '../options.js';
import type { Landmark, NavEntry, Resource } from '../publication.js';
import { collectImages } from './collect-images.js';
import { renderArticle } from './render-article.js';

/** One article's documents, its navigation entries and landmarks. */
export interface ArticleDocuments {
  /** Cover (first article only), text, endnotes and comments. */
  drafts: Draft[];
  /** The article's entry: its title linking to the text, its sections nested below. */
  entry: NavEntry;
  /** Entries for its endnotes and comments. */
  trailing: NavEntry[];
  /** Landmarks (first article only). */
  landmarks: Landmark[];
  /** Images to add to the archive. */
  images: Resource[];
  /** The `<article>` properties (classes, lang) for Kiji's own pages. */
  shell: Properties;
}

/**
 * Render one article with `@kiji/html` and cut it into documents: the cover page (for the first
 * article), the text, the endnotes (sources and notes) and the comments, named with `prefix`.
 */
export async function articleDocuments(options: {
  article: Article;
  first: boolean;
  /** In an edition the edition has the cover: the article's masthead opens its text instead. */
  edition: boolean;
  prefix: string;
  vertical: boolean;
  files: Pick<EpubOptions, 'root' | 'baseDir' | 'maxImageBytes'>;
  cover: Resource | undefined;
  resources: readonly Resource[];
  labels: EpubLabels;
  warn: WarningHandler;
}): Promise<ArticleDocuments> {
  const { article, prefix, labels } = options;
  const htmlLabels = labelsFor(article.meta.language);
  const images = await collectImages(article, options.files, options.warn, [...options.resources]);
  const parts = renderArticle(article, {
    vertical: options.vertical,
    idPrefix: prefix,
    images: images.figures,
    warn: options.warn,
  });
  const files = {
    cover: `${prefix}cover.xhtml`,
    text: `${prefix}text.xhtml`,
    endnotes: `${prefix}endnotes.xhtml`,
    comments: `${prefix}comments.xhtml`,
  };
  const page = (pageParts: Element[], title: string, epubType: string, filename: string, heading?: string) =>
    articlePage({
      article,
      shell: parts.shell,
      parts: pageParts,
      title,
      epubType,
      filename,
      ...(heading ? { heading } : {}),
    });

  const drafts: Draft[] = [];
  const landmarks: Landmark[] = [];
  if (options.first && !options.edition) {
    drafts.push(
      coverPage({
        article,
        shell: parts.shell,
        masthead: parts.masthead,
        image: options.cover,
        labels,
        filename: files.cover,
      }),
    );
    landmarks.push({ type: 'cover', title: labels.cover, href: files.cover });
  }
  if (options.first) {
    landmarks.push(
      { type: 'toc', title: labels.toc, href: 'toc.xhtml' },
      { type: 'bodymatter', title: labels.text, href: files.text },
    );
  }
  drafts.push(
    options.edition && parts.masthead
      ? page([parts.masthead, ...parts.body], article.meta.title, 'bodymatter', files.text)
      : page(parts.body, article.meta.title, 'bodymatter', files.text, article.meta.title),
  );

  const trailing: NavEntry[] = [];
  if (parts.endnotes.length > 0) {
    const title = endnotesTitle(parts.endnotes, htmlLabels);
    drafts.push(page(parts.endnotes, title, 'backmatter', files.endnotes));
    for (const part of parts.endnotes) {
      const heading = part.children.find(
        (child): child is Element => child.type === 'element' && /^h\d$/.test(child.tagName),
      );
      trailing.push({
        title: heading ? textOf(heading) : title,
        href: `${files.endnotes}#${String(part.properties.id ?? '')}`,
        children: [],
      });
    }
    if (options.first) landmarks.push({ type: 'endnotes', title, href: files.endnotes });
  }
  if (parts.comments.length > 0) {
    drafts.push(page(parts.comments, htmlLabels.comments, 'backmatter', files.comments));
    trailing.push({ title: htmlLabels.comments, href: files.comments, children: [] });
  }
  return {
    drafts,
    entry: { title: article.meta.title, href: files.text, children: toNav(parts.outline, files.text) },
    trailing,
    landmarks,
    images: images.resources,
    shell: parts.shell,
  };
}

/** Outline entries as navigation entries: number and title, linked to the section's id. */
function toNav(outline: OutlineEntry[], file: string): NavEntry[] {
  return outline.map((entry) => ({
    title: entry.number
      ? `${entry.number}${/[\u3000-\u9fff]/.test(entry.title) ? '\u3000' : ' '}${entry.title}`
      : entry.title,
    href: `${file}#${entry.id}`,
    children: toNav(entry.children, file),
  }));
}

/** "Sources" when the endnotes hold sources, else "Notes". */
function endnotesTitle(parts: Element[], labels: Labels): string {
  return parts.some((part) => hasClass(part, 'kiji-sources')) ? labels.sources : labels.notes;
}
