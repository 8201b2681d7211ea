import { type Article, formatDate, validArticle } from '@kiji/core';
import { withRegisteredFonts } from './fonts/register-fonts.js';
import { mergeHandlers } from './handlers/index.js';
import { type PrintOptions, type RenderPdfOptions, SIGNATURES, type Signature } from './options.js';
import { isPageSize, PAGE_SIZE_NAMES } from './page-sizes.js';
import { buildDocument } from './pipeline/build-document.js';
import { createContext } from './pipeline/create-context.js';
import { documentDates, requireDates } from './pipeline/document-dates.js';
import { finishPdf } from './pipeline/finish-pdf.js';
import { layoutPages } from './pipeline/layout-pages.js';
import { loadFigures } from './pipeline/load-figures.js';
import { numberSections } from './pipeline/number-sections.js';
import { countPages, finishForPrint } from './pipeline/print-finishing.js';
import { resolveSources } from './pipeline/resolve-sources.js';
import { env } from './platform/node.js';
import { inkTable } from './print/ink.js';
import { slugDocument } from './print/slug.js';
import { mergeTheme, resolveLayout } from './theme.js';
import { hyphenatesLanguage, loadHyphenation } from './typeset/hyphenate.js';

/**
 * Render an article to a briefing PDF. An article `parseArticle` did not return is validated
 * first and refused with its `InputError`.
 *
 * Pipeline: loadFigures -> resolveSources -> numberSections -> buildDocument -> layoutPages (react-pdf) ->
 * finishPdf (the standard /ModDate key) -> finishForPrint (print mode: boxes, marks, CMYK ink,
 * output intent, XMP). With a signature the document is laid out again with the blank pages
 * that fill the last signature. Fonts are registered for this call only.
 */
export async function renderPdf(input: Article, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const article = validArticle(input);
  const pageSize = options.pageSize ?? 'A4';
  if (!isPageSize(pageSize)) {
    throw new Error(`unknown page size "${String(pageSize)}": use one of ${PAGE_SIZE_NAMES.join(', ')}`);
  }
  const signature = checkSignature(options.signature);
  const print = printOptions(options.print);
  const theme = mergeTheme(options.theme);
  const layout = resolveLayout(theme, pageSize, article.meta.language);
  // Justified English is hyphenated; the patterns are loaded only when an article needs them.
  if (
    !layout.japanese &&
    layout.theme.latinAlign === 'justify' &&
    hyphenatesLanguage(article.meta.language)
  ) {
    await loadHyphenation();
  }
  const handlers = mergeHandlers(options.handlers);
  const dates = documentDates(article, options.sourceDateEpoch ?? env('SOURCE_DATE_EPOCH'));
  if (print) requireDates(dates);
  const figures = loadFigures(article, options);
  const references = resolveSources(article);
  const sections = numberSections(article);
  const warn = options.onWarning ?? (() => {});
  const { raw, slug } = await withRegisteredFonts(options.fonts, async (fonts) => {
    const layOut = (blankPages: number, report: boolean) => {
      const ctx = createContext({
        article,
        layout,
        fonts,
        handlers,
        references,
        sections,
        figures,
        // The second layout (with blank pages) would repeat every warning.
        warn: report ? warn : () => {},
      });
      const facing = print ? { facing: print.binding ?? 'left' } : {};
      const tagged = options.tagged ?? true;
      return layoutPages(buildDocument(ctx, handlers, dates, { blankPages, tagged, ...facing }));
    };
    let pdf = await layOut(0, true);
    let pages = signature || print?.slug ? await countPages(pdf) : 0;
    const missing = signature ? (signature - (pages % signature)) % signature : 0;
    if (missing > 0) {
      pdf = await layOut(missing, false);
      pages += missing;
    }
    const strips = print?.slug
      ? await layoutPages(
          slugDocument({
            title: article.meta.title,
            date: article.meta.published ? formatDate(article.meta.published, article.meta.language) : '',
            pages,
            width: layout.page.width,
            fontFamily: fonts.sans,
            created: dates.created,
            ...(print.edition ? { edition: print.edition } : {}),
          }),
        )
      : undefined;
    return { raw: pdf, slug: strips };
  });
  const screen = finishPdf(raw, dates.undated ? { undated: true } : {});
  if (!print) return screen;
  const { meta } = article;
  const subject = meta.summary ?? meta.subtitle;
  return finishForPrint(screen, {
    // Figures were checked as they were laid out, with their JSON paths.
    checkImages: () => false,
    bleed: print.bleed ?? 3,
    marks: print.marks ?? true,
    inks: inkTable(theme.colors, theme.print.colors),
    metadata: {
      title: meta.title,
      authors: meta.authors?.map((author) => author.name) ?? [],
      ...(subject ? { subject } : {}),
      ...(meta.tags?.length ? { keywords: meta.tags.join(', ') } : {}),
      language: meta.language,
      created: dates.created,
      modified: dates.modified,
    },
    binding: print.binding ?? 'left',
    ...(print.outputIntent ? { outputIntent: print.outputIntent } : {}),
    ...(slug ? { slug } : {}),
    onWarning: warn,
  });
}

function checkSignature(signature: Signature | undefined): Signature | undefined {
  if (signature !== undefined && !SIGNATURES.includes(signature)) {
    throw new Error(
      `signature ${String(signature)} is not a page count per signature: use one of ${SIGNATURES.join(', ')}`,
    );
  }
  return signature;
}

function printOptions(print: RenderPdfOptions['print']): PrintOptions | undefined {
  if (!print) return undefined;
  const options = print === true ? {} : print;
  const bleed = options.bleed ?? 3;
  if (!Number.isFinite(bleed) || bleed < 0 || bleed > 20) {
    throw new Error(
      `print bleed ${String(options.bleed)} mm is out of range: give 0 to 20 mm (3 mm is usual)`,
    );
  }
  return options;
}
