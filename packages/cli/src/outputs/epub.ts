import { resolve } from 'node:path';
import type { OutputFormat } from './output.js';

/** `kiji render <article> --epub FILE [--vertical] [--embed-fonts] [--cover IMAGE]`: an EPUB 3 file. */
export const epub: OutputFormat = {
  flag: 'epub',
  description: 'write an EPUB 3 e-book (navigation, endnotes, colophon)',
  options: {
    vertical: { type: 'boolean', description: 'EPUB: vertical (縦書き) edition, pages turn right to left' },
    'embed-fonts': {
      type: 'boolean',
      description: 'EPUB: embed Noto Serif/Sans JP cut down to the characters used (default: none)',
    },
    cover: { type: 'string', description: 'EPUB: cover image (JPEG, PNG, GIF or SVG)' },
  },
  async render(article, { values, baseDir }, io) {
    const { toEpub } = await import('@kiji/epub');
    return toEpub(article, {
      vertical: values.vertical === true,
      embedFonts: values['embed-fonts'] === true,
      ...(typeof values.cover === 'string' ? { cover: resolve(io.cwd, values.cover) } : {}),
      baseDir,
      onWarning: ({ path, message }) => io.stderr(`warning: ${path ? `${path}: ` : ''}${message}\n`),
    });
  },
};
