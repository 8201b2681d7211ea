import type { Article } from '@kiji/core';
import type { CheckItem, PreviewPageSize } from './protocol.js';

/**
 * The PDF as `kiji render --pdf` (or `--print`) makes it, made here in the worker by `@kiji/pdf`'s browser build
 * (fonts from `@kiji/fonts`, served as the app's assets). Loaded on first use: the HTML view
 * needs none of it.
 */
export async function renderPdfBytes(
  article: Article,
  pageSize: PreviewPageSize,
  print: boolean,
): Promise<{ bytes: Uint8Array; items: CheckItem[] }> {
  const { renderPdf } = await import('@kiji/pdf');
  const items: CheckItem[] = [];
  const bytes = await renderPdf(article, {
    pageSize,
    // The print-ready edition: bleed, crop marks, CMYK inks and the FOGRA39 output intent.
    ...(print ? { print: true } : {}),
    onWarning: (warning) =>
      items.push({
        kind: 'render',
        severity: 'warning',
        rule: warning.code,
        message: warning.message,
        path: warning.path,
      }),
  });
  return { bytes, items };
}
