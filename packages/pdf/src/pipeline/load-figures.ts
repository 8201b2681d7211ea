import { type Article, type Figure, type FigureImage, InputError, loadFigureImages } from '@kiji/core';
import { readLocalFile } from '@kiji/core/files';
import type { RenderPdfOptions } from '../options.js';

/**
 * Read every figure's image before layout, through the file root: a path out of the root, a
 * device or an image over the size limit stops the render with one `InputError` naming them all.
 * Bytes given in `images` (by src) come first; in a browser, `@kiji/core/files` reads nothing.
 */
export function loadFigures(
  article: Article,
  options: Pick<RenderPdfOptions, 'root' | 'baseDir' | 'maxImageBytes' | 'images'>,
): Map<Figure, FigureImage> {
  const { images, errors } = loadFigureImages(article, {
    ...(options.root === undefined ? {} : { root: options.root, read: readLocalFile }),
    ...(options.baseDir === undefined ? {} : { baseDir: options.baseDir }),
    ...(options.maxImageBytes === undefined ? {} : { maxBytes: options.maxImageBytes }),
    ...(options.images === undefined ? {} : { images: options.images }),
  });
  if (errors.length > 0) throw new InputError(errors);
  return images;
}
