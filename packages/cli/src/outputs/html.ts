import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../io.js';
import type { OutputFormat } from './output.js';

/** `kiji render <article> --html FILE [--vertical] [--no-embed-fonts]`: a standalone HTML document. */
export const html: OutputFormat = {
  flag: 'html',
  description: 'write a standalone HTML document (stylesheet and subset fonts inline)',
  options: {
    vertical: { type: 'boolean', description: 'vertical (縦書き) edition: right-to-left, top-to-bottom' },
    'no-remote': {
      type: 'boolean',
      description: 'leave out remote (http) images, with a warning: readers fetch nothing; EPUB always does',
    },
    'embed-fonts': {
      type: 'boolean',
      description:
        'embed Noto Serif/Sans JP cut down to the characters used (HTML: the default; EPUB: only when given)',
    },
    'no-embed-fonts': {
      type: 'boolean',
      description:
        "HTML: no fonts inside, the reader's own fonts (a tenth of the size; tofu where no Japanese font is installed)",
    },
  },
  async check(values) {
    if (values['embed-fonts'] === true && values['no-embed-fonts'] === true)
      throw new UsageError('--embed-fonts and --no-embed-fonts contradict each other: give one');
  },
  async render(article, { values, files }, io) {
    const { toHtml, toHtmlWithFonts } = await import('@kiji/html');
    const outputDir = dirname(resolve(io.cwd, String(values.html)));
    const options = {
      vertical: values.vertical === true,
      ...(values['no-remote'] === true ? { remote: false } : {}),
      ...files,
      // The page links local images: from the HTML file's folder, not the article's.
      localImageHref: (file: string) =>
        relative(outputDir, file).split(sep).map(encodeURIComponent).join('/'),
      onWarning: ({ path, message }: { path: string; message: string }) =>
        io.stderr(`warning: ${path ? `${path}: ` : ''}${message}\n`),
    };
    return values['no-embed-fonts'] === true ? toHtml(article, options) : toHtmlWithFonts(article, options);
  },
};
