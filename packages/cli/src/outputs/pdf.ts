import { UsageError } from '../io.js';
import type { OutputFormat } from './output.js';

/** `kiji render <article> --pdf FILE [--page-size SIZE]`: a briefing PDF. */
export const pdf: OutputFormat = {
  flag: 'pdf',
  description: 'write a briefing PDF (Japanese typesetting, outline, sources with QR codes)',
  options: {
    'page-size': { type: 'string', description: 'PDF page size: A4 (default), JIS-B5, A5 or Letter' },
  },
  async check(values) {
    await pageSizeOf(values);
  },
  async render(article, { values, baseDir }, io) {
    const { renderPdf } = await import('@kiji/pdf');
    const pageSize = await pageSizeOf(values);
    return renderPdf(article, {
      pageSize,
      baseDir,
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};

/** The --page-size value, checked; A4 when not given. */
export async function pageSizeOf(values: Record<string, unknown>) {
  // Loaded on use: react-pdf and the fonts cost a second that validate and lint need not pay.
  const { isPageSize, PAGE_SIZE_NAMES } = await import('@kiji/pdf');
  const pageSize = values['page-size'] === undefined ? 'A4' : String(values['page-size']);
  if (!isPageSize(pageSize)) {
    throw new UsageError(`unknown --page-size "${pageSize}": use one of ${PAGE_SIZE_NAMES.join(', ')}`);
  }
  return pageSize;
}
