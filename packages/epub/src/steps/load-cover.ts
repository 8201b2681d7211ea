import { InputError, sniffImage } from '@kiji/core';
import { readNamedFile } from '@kiji/core/files';
import type { EpubOptions } from '../options.js';
import type { Resource } from '../publication.js';
import { svgProblem } from './check-svg.js';

const EPUB_IMAGES = new Set(['PNG', 'JPEG', 'GIF', 'SVG']);

/**
 * The cover image as a manifest item (`cover-image`), from bytes or a path read like a figure
 * file: inside `root` when one is given, a regular file of at most `maxImageBytes`.
 */
export async function loadCover(
  cover: string | Uint8Array,
  files: Pick<EpubOptions, 'root' | 'baseDir' | 'maxImageBytes'>,
): Promise<Resource> {
  let data: Uint8Array;
  if (typeof cover === 'string') {
    const result = readNamedFile(cover, {
      ...(files.root === undefined ? {} : { root: files.root }),
      ...(files.baseDir === undefined ? {} : { baseDir: files.baseDir }),
      ...(files.maxImageBytes === undefined ? {} : { maxBytes: files.maxImageBytes }),
    });
    if (!('data' in result))
      throw new InputError([{ path: '', message: `cover image: ${result.problem}` }], cover);
    data = result.data;
  } else {
    data = cover;
  }
  const type = sniffImage(data);
  if (!type || !EPUB_IMAGES.has(type.name)) {
    throw new InputError(
      [{ path: '', message: 'the cover image is not PNG, JPEG, GIF or SVG: convert it' }],
      typeof cover === 'string' ? cover : undefined,
    );
  }
  const svg = type.name === 'SVG' ? svgProblem(data) : undefined;
  if (svg)
    throw new InputError(
      [{ path: '', message: `cover image: ${svg}` }],
      typeof cover === 'string' ? cover : undefined,
    );
  return {
    id: 'cover-image',
    href: `cover.${type.extension}`,
    mediaType: type.mediaType,
    data,
    properties: 'cover-image',
  };
}
