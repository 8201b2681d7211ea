import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { formatPath, walk } from '@kiji/core';
import { imageFileProblem } from './check-image-file.js';
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
    const figurePaths = new Map<unknown, string>();
    for (const { node, path } of walk(article)) {
      if (node.type === 'figure') figurePaths.set(node, formatPath([...path, 'src']));
    }
    return toHtml(article, {
      vertical: values.vertical === true,
      // Figure paths are relative to the article; rewrite them relative to the HTML file. The
      // page only links the file, so check here that it is there and is an image.
      imageSrc: (src, figure) => {
        if (HAS_SCHEME.test(src) || src.startsWith('//')) return src;
        const file = resolve(baseDir, src);
        const problem = imageFileProblem(file);
        if (problem) io.stderr(`warning: ${figurePaths.get(figure) ?? 'figure'}: ${problem}\n`);
        if (isAbsolute(src)) return src;
        return relative(outputDir, file).split(sep).join('/');
      },
      onWarning: ({ path, message }) => io.stderr(`warning: ${path}: ${message}\n`),
    });
  },
};
