import type { Article } from '@kiji/core';
import { withRegisteredFonts } from './fonts/register-fonts.js';
import { mergeHandlers } from './handlers/index.js';
import type { RenderPdfOptions } from './options.js';
import { isPageSize, PAGE_SIZE_NAMES } from './page-sizes.js';
import { buildDocument } from './pipeline/build-document.js';
import { createContext } from './pipeline/create-context.js';
import { documentDates } from './pipeline/document-dates.js';
import { finishPdf } from './pipeline/finish-pdf.js';
import { layoutPages } from './pipeline/layout-pages.js';
import { numberSections } from './pipeline/number-sections.js';
import { resolveSources } from './pipeline/resolve-sources.js';
import { defaultBaseDir, env } from './platform/node.js';
import { mergeTheme, resolveLayout } from './theme.js';
import { hyphenatesLanguage, loadHyphenation } from './typeset/hyphenate.js';

/**
 * Render a validated article to a briefing PDF.
 *
 * Pipeline: resolveSources -> numberSections -> buildDocument -> layoutPages (react-pdf) ->
 * finishPdf (the standard /ModDate key). Fonts are registered for this call only.
 */
export async function renderPdf(article: Article, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const pageSize = options.pageSize ?? 'A4';
  if (!isPageSize(pageSize)) {
    throw new Error(`unknown page size "${String(pageSize)}": use one of ${PAGE_SIZE_NAMES.join(', ')}`);
  }
  const layout = resolveLayout(mergeTheme(options.theme), pageSize, article.meta.language);
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
  const references = resolveSources(article);
  const sections = numberSections(article);
  const raw = await withRegisteredFonts(options.fonts, async (fonts) => {
    const ctx = createContext({
      article,
      layout,
      fonts,
      handlers,
      references,
      sections,
      baseDir: options.baseDir ?? defaultBaseDir(),
      images: options.images ?? {},
      warn: options.onWarning ?? (() => {}),
    });
    return layoutPages(buildDocument(ctx, handlers, dates));
  });
  return finishPdf(raw);
}
