import type { Article, Edition } from '@kiji/core';
import { Document } from '@react-pdf/renderer';
import { createElement, type ReactElement } from 'react';
import type { RenderContext } from '../context.js';
import { withRegisteredFonts } from '../fonts/register-fonts.js';
import { mergeHandlers } from '../handlers/index.js';
import { type RenderPdfOptions, SIGNATURES } from '../options.js';
import { isPageSize, PAGE_SIZE_NAMES } from '../page-sizes.js';
import { articlePage, blankPage, type PagePlace } from '../pipeline/article-page.js';
import { createContext } from '../pipeline/create-context.js';
import { documentDates } from '../pipeline/document-dates.js';
import { finishPdf } from '../pipeline/finish-pdf.js';
import { layoutPages } from '../pipeline/layout-pages.js';
import { loadCover } from '../pipeline/load-cover.js';
import { loadFigures } from '../pipeline/load-figures.js';
import { numberSections } from '../pipeline/number-sections.js';
import { finishForPrint } from '../pipeline/print-finishing.js';
import { resolveSources } from '../pipeline/resolve-sources.js';
import { env } from '../platform/node.js';
import { inkTable } from '../print/ink.js';
import { documentTagging } from '../tagging/document-tagging.js';
import { mergeTheme, resolveLayout } from '../theme.js';
import { hyphenatesLanguage, loadHyphenation } from '../typeset/hyphenate.js';
import type { PdfWarning } from '../warnings.js';
import { contentsPage, coverPage, type EditionEntryView } from './edition-pages.js';
import { planPages } from './plan-pages.js';

/** Options of `renderEditionPdf`: those of `renderPdf`, plus the cover and print layout. */
export interface RenderEditionPdfOptions extends Omit<RenderPdfOptions, 'onWarning'> {
  /**
   * Cover image: JPEG or PNG bytes, or a path (relative to `baseDir`) read like a figure file —
   * inside `root` when one is given, a regular file of at most `maxImageBytes`. Without it the
   * cover is typeset only.
   */
  cover?: string | Uint8Array;
  /** Called for each problem that does not stop the render; `article` is the article's index. */
  onWarning?: (warning: PdfWarning & { article?: number }) => void;
}

/**
 * Render an edition as one PDF pack: a cover (title, date, number, the list of articles), a table
 * of contents with the real page numbers, then every article on a new page (a right-hand one
 * with facing pages) with continuous page numbers, running heads naming the edition and the
 * article, its sources at its end, and one outline of every article and its sections.
 *
 * The pack is laid out twice in one react-pdf document: the first pass finds where each article
 * starts, the second prints those numbers in the contents (and adds the blank pages facing
 * layout needs). Articles are built once and reused, so their warnings come once.
 */
export async function renderEditionPdf(
  edition: Edition,
  options: RenderEditionPdfOptions = {},
): Promise<Uint8Array> {
  const pageSize = options.pageSize ?? 'A4';
  if (!isPageSize(pageSize)) {
    throw new Error(`unknown page size "${String(pageSize)}": use one of ${PAGE_SIZE_NAMES.join(', ')}`);
  }
  if (edition.articles.length === 0) throw new Error('an edition needs at least one article');
  const theme = mergeTheme(options.theme);
  const handlers = mergeHandlers(options.handlers);
  const warn = options.onWarning ?? (() => {});
  const baseDir = options.baseDir ?? options.root ?? '.';
  const print = options.print ? (options.print === true ? {} : options.print) : undefined;
  // Print means facing pages: every article opens on a right-hand page.
  const facing = print ? (print.binding ?? 'left') : undefined;
  const signature = options.signature;
  if (signature !== undefined && !SIGNATURES.includes(signature)) {
    throw new Error(
      `signature ${String(signature)} is not a page count per signature: use one of ${SIGNATURES.join(', ')}`,
    );
  }
  const { meta } = edition;
  // The edition's own pages are typeset with a context of their own, like an empty article.
  const editionArticle: Article = {
    type: 'article',
    schemaVersion: 1,
    meta: {
      title: meta.title,
      language: meta.language,
      published: meta.date,
      ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    },
    children: [],
    sources: [],
  };
  const dates = documentDates(editionArticle, options.sourceDateEpoch ?? env('SOURCE_DATE_EPOCH'));
  const needsHyphenation = edition.articles.some(
    ({ article }) =>
      theme.latinAlign === 'justify' &&
      !resolveLayout(theme, pageSize, article.meta.language).japanese &&
      hyphenatesLanguage(article.meta.language),
  );
  if (needsHyphenation) await loadHyphenation();
  const coverImage =
    options.cover === undefined
      ? undefined
      : loadCover(options.cover, {
          ...(options.root === undefined ? {} : { root: options.root }),
          baseDir,
          ...(options.maxImageBytes === undefined ? {} : { maxImageBytes: options.maxImageBytes }),
        });

  const raw = await withRegisteredFonts(options.fonts, async (fonts) => {
    const context = (
      article: Article,
      index: number | undefined,
      idPrefix: string,
      dir: string,
    ): RenderContext =>
      createContext({
        article,
        layout: resolveLayout(theme, pageSize, article.meta.language),
        fonts,
        handlers,
        references: resolveSources(article, idPrefix),
        sections: numberSections(article),
        figures: loadFigures(article, { ...options, baseDir: dir }),
        idPrefix,
        warn: (warning) => warn(index === undefined ? warning : { ...warning, article: index }),
      });
    const editionCtx = context(editionArticle, undefined, 'edition-', baseDir);
    const entries: EditionEntryView[] = edition.articles.map((entry, index) => ({
      ctx: context(entry.article, index, `a${index + 1}-`, entry.baseDir ?? baseDir),
      ...(entry.section ? { section: entry.section } : {}),
    }));

    // Where each page template ended up, filled in by the footers as react-pdf numbers pages.
    let seen = new Map<string, { first: number; count: number }>();
    const footer =
      (key: string) =>
      ({ pageNumber, subPageNumber }: PagePlace) => {
        if (subPageNumber !== undefined) {
          const known = seen.get(key) ?? { first: pageNumber, count: 0 };
          if (subPageNumber === 1) known.first = pageNumber;
          known.count = Math.max(known.count, subPageNumber);
          seen.set(key, known);
        }
        return String(pageNumber);
      };
    const articlePages = entries.map((entry, index) =>
      articlePage(entry.ctx, handlers, {
        head: { left: meta.title, right: entry.ctx.article.meta.title },
        bookmark: entry.ctx.article.meta.title,
        // Each article is an Art of its own, in its own language.
        tag: { type: 'Art', title: entry.ctx.article.meta.title, lang: entry.ctx.article.meta.language },
        footer: footer(`article-${index}`),
        ...(facing ? { facing } : {}),
      }),
    );
    const cover = coverPage(editionCtx, entries, {
      ...(meta.number !== undefined ? { number: meta.number } : {}),
      ...(meta.publisher ? { publisher: meta.publisher.name } : {}),
      ...(coverImage ? { image: coverImage } : {}),
      chrome: { footer: footer('cover'), ...(facing ? { facing } : {}) },
    });
    const document = (pages: ReactElement[]) =>
      createElement(
        Document,
        {
          title: meta.title,
          ...(meta.publisher ? { author: meta.publisher.name } : {}),
          ...(meta.subtitle ? { subject: meta.subtitle } : {}),
          creator: 'Kiji',
          producer: 'Kiji',
          language: meta.language,
          creationDate: dates.created,
          modificationDate: dates.modified,
          pageMode: 'useOutlines',
          ...documentTagging(
            {
              title: meta.title,
              authors: meta.publisher ? [meta.publisher.name] : [],
              ...(meta.subtitle ? { subject: meta.subtitle } : {}),
              language: meta.language,
            },
            dates,
            options.tagged !== false,
          ),
        },
        ...pages,
      );
    const chrome = (key: string) => ({ footer: footer(key), ...(facing ? { facing } : {}) });
    const assemble = (pageNumbers: (string | undefined)[], blanksBefore: Set<string>, blanksAfter = 0) => {
      const pages: ReactElement[] = [cover];
      const blank = (key: string) => {
        if (blanksBefore.has(key)) pages.push(blankPage(editionCtx, chrome(`blank-${key}`), `blank-${key}`));
      };
      blank('contents');
      pages.push(contentsPage(editionCtx, entries, pageNumbers, chrome('contents')));
      articlePages.forEach((page, index) => {
        blank(`article-${index}`);
        pages.push(page);
      });
      // Blank pages filling the last signature, numbered like the rest.
      for (let index = 0; index < blanksAfter; index++)
        pages.push(blankPage(editionCtx, chrome(`end-${index}`), `end-${index}`));
      return document(pages);
    };

    // Pass 1: page counts, with the widest plausible numbers in the contents.
    const placeholder = entries.map(() => '888');
    await layoutPages(assemble(placeholder, new Set()));
    const plan = planPages(
      {
        cover: seen.get('cover')?.count ?? 1,
        contents: seen.get('contents')?.count ?? 1,
        articles: entries.map((_, index) => seen.get(`article-${index}`)?.count ?? 1),
      },
      facing !== undefined,
    );
    const missing = signature ? (signature - (plan.pages % signature)) % signature : 0;
    // Pass 2: the real numbers.
    seen = new Map();
    const pdf = await layoutPages(assemble(plan.starts.map(String), plan.blanksBefore, missing));
    const starts = entries.map((_, index) => seen.get(`article-${index}`)?.first);
    if (starts.some((start, index) => start !== plan.starts[index])) {
      throw new Error(
        `the contents' page numbers moved between layout passes (planned ${plan.starts.join(', ')}, laid out ${starts.join(', ')})`,
      );
    }
    return pdf;
  });
  const screen = finishPdf(raw);
  if (!print) return screen;
  return finishForPrint(screen, {
    // The articles' figures were checked as they were laid out; the cover image (page 1) is not.
    checkImages: (page) => page === 1 && coverImage !== undefined,
    bleed: print.bleed ?? 3,
    marks: print.marks ?? true,
    inks: inkTable(theme.colors, theme.print.colors),
    metadata: {
      title: meta.title,
      authors: meta.publisher ? [meta.publisher.name] : [],
      ...(meta.subtitle ? { subject: meta.subtitle } : {}),
      language: meta.language,
      created: dates.created,
      modified: dates.modified,
    },
    binding: print.binding ?? 'left',
    ...(print.outputIntent ? { outputIntent: print.outputIntent } : {}),
    onWarning: warn,
  });
}
