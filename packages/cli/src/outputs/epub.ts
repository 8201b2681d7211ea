import { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '@kiji/core';
import { readCoverOption } from '../cover-option.js';
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
    'no-remote': { type: 'boolean', description: 'EPUB: remote images are always left out, with a warning' },
  },
  async check(values, io) {
    if (typeof values.cover !== 'string') return;
    const cover = values.cover;
    const found = await stat(resolve(io.cwd, cover)).catch((error: unknown) => error as { code?: string });
    if (found instanceof Stats && found.isFile()) return;
    const message =
      found instanceof Stats
        ? `is ${found.isDirectory() ? 'a directory' : 'not a regular file'}: give --cover an image file (JPEG, PNG, GIF or SVG)`
        : found.code === 'ENOENT'
          ? 'no such file or directory: check the --cover path'
          : `cannot be read (${found.code}): check the --cover path`;
    throw new InputError([{ path: '', message }], cover);
  },
  async render(article, { values, files }, io) {
    const { toEpub } = await import('@kiji/epub');
    return toEpub(article, {
      vertical: values.vertical === true,
      embedFonts: values['embed-fonts'] === true,
      ...(typeof values.cover === 'string'
        ? { cover: readCoverOption(values.cover, io.cwd, files.maxImageBytes) }
        : {}),
      ...files,
      onWarning: ({ path, message }) => io.stderr(`warning: ${path ? `${path}: ` : ''}${message}\n`),
    });
  },
};
