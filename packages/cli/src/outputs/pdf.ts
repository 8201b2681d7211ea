import { UsageError } from '../io.js';
import type { OutputFormat } from './output.js';

/** `kiji render <article> --pdf FILE [--page-size SIZE]`: a briefing PDF. */
export const pdf: OutputFormat = {
  flag: 'pdf',
  description: 'write a briefing PDF (Japanese typesetting, outline, sources with QR codes)',
  options: {
    'page-size': { type: 'string', description: 'PDF page size: A4 (default), JIS-B5, A5 or Letter' },
  },
  async render(article, { values, baseDir }, io) {
    // Loaded on use: react-pdf and the fonts cost a second that validate and lint need not pay.
    const { isPageSize, PAGE_SIZE_NAMES, renderPdf } = await import('@kiji/pdf');
    const pageSize = values['page-size'] === undefined ? 'A4' : String(values['page-size']);
    if (!isPageSize(pageSize)) {
      throw new UsageError(`unknown --page-size "${pageSize}": use one of ${PAGE_SIZE_NAMES.join(', ')}`);
    }
    return renderPdf(article, {
      pageSize,
      baseDir,
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};
