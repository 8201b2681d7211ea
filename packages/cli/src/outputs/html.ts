import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { OutputFormat } from './output.js';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** `kiji render <article> --html FILE [--vertical]`: a standalone HTML document. */
export const html: OutputFormat = {
  flag: 'html',
  description: 'write a standalone HTML document (stylesheet inline)',
  options: {
    vertical: { type: 'boolean', description: 'vertical (縦書き) edition: right-to-left, top-to-bottom' },
  },
  async render(article, { values, baseDir }, io) {
    const { toHtml } = await import('@kiji/html');
    const outputDir = dirname(resolve(io.cwd, String(values.html)));
    return toHtml(article, {
      vertical: values.vertical === true,
      // Figure paths are relative to the article; rewrite them relative to the HTML file.
      imageSrc: (src) => {
        if (HAS_SCHEME.test(src) || isAbsolute(src)) return src;
        return relative(outputDir, resolve(baseDir, src)).split(sep).join('/');
      },
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};
