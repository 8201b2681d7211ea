import {
  type Article,
  type Figure,
  type FigureImage,
  IMAGE_HEAD_BYTES,
  InputError,
  loadFigureImages,
} from '@kiji/core';
import { readLocalFile } from '@kiji/core/files';
import type { ToHtmlOptions } from './options.js';

/**
 * What each figure's image is, before rendering: the page only links a local image, so only its
 * first bytes are read, to tell that it is an image and lies inside the root. A path out of the
 * root, a device or an image over the size limit stops the render with one `InputError`. With
 * `imageSrc` the caller maps (and reads) images itself, and nothing is read here.
 */
export function checkImages(article: Article, options: ToHtmlOptions): Map<Figure, FigureImage> | undefined {
  if (options.imageSrc) return undefined;
  const { images, errors } = loadFigureImages(article, {
    ...(options.root === undefined ? {} : { root: options.root, read: readLocalFile }),
    ...(options.baseDir === undefined ? {} : { baseDir: options.baseDir }),
    ...(options.maxImageBytes === undefined ? {} : { maxBytes: options.maxImageBytes }),
    head: IMAGE_HEAD_BYTES,
  });
  if (errors.length > 0) throw new InputError(errors);
  return images;
}
