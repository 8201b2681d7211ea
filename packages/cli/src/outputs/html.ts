import { dirname, relative, resolve, sep } from 'node:path';
import type { OutputFormat } from './output.js';

/** `kiji render <article> --html FILE [--vertical]`: a standalone HTML document. */
export const html: OutputFormat = {
  flag: 'html',
  description: 'write a standalone HTML document (stylesheet inline)',
  options: {
    vertical: { type: 'boolean', description: 'vertical (縦書き) edition: right-to-left, top-to-bottom' },
    'no-remote': {
      type: 'boolean',
      description: 'leave out remote (http) images, with a warning: readers fetch nothing; EPUB always does',
    },
  },
  async render(article, { values, files }, io) {
    const { toHtml } = await import('@kiji/html');
    const outputDir = dirname(resolve(io.cwd, String(values.html)));
    return toHtml(article, {
      vertical: values.vertical === true,
      ...(values['no-remote'] === true ? { remote: false } : {}),
      ...files,
      // The page links local images: from the HTML file's folder, not the article's.
      localImageHref: (file) => relative(outputDir, file).split(sep).map(encodeURIComponent).join('/'),
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};
