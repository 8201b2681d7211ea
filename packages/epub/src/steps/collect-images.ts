import { type Article, type Figure, formatPath, InputError, loadFigureImages, walk } from '@kiji/core';
import { readLocalFile } from '@kiji/core/files';
import type { EpubOptions, WarningHandler } from '../options.js';
import { sha256 } from '../platform/node.js';
import type { Resource } from '../publication.js';
import { svgProblem } from './check-svg.js';
import { toHex } from './identifier.js';

/** The images of one article, ready to embed, and where each figure finds its image. */
export interface CollectedImages {
  /** The article's figures mapped to their path inside the EPUB; figures without one are absent. */
  figures: Map<Figure, string>;
  /** The image files (each distinct image once). */
  resources: Resource[];
}

/** The formats every EPUB 3 reading system shows (core media types). */
const EPUB_IMAGES = new Set(['PNG', 'JPEG', 'GIF', 'SVG']);

/**
 * Read every figure's image (a data: URL or a file inside the root) and give it a file inside
 * the EPUB. Remote images are not fetched (an EPUB cannot show them and a build must not depend
 * on the network): those figures keep their caption and lose the picture, with a warning. A path
 * out of the root, a device or an image over the size limit stops the build with an InputError.
 */
export async function collectImages(
  article: Article,
  options: Pick<EpubOptions, 'root' | 'baseDir' | 'maxImageBytes'>,
  warn: WarningHandler,
  existing: Resource[],
): Promise<CollectedImages> {
  const { images, errors } = loadFigureImages(article, {
    ...(options.root === undefined ? {} : { root: options.root, read: readLocalFile }),
    ...(options.baseDir === undefined ? {} : { baseDir: options.baseDir }),
    ...(options.maxImageBytes === undefined ? {} : { maxBytes: options.maxImageBytes }),
  });
  const figures = new Map<Figure, string>();
  const resources: Resource[] = [];
  const byHash = new Map(existing.map((resource) => [hashOf(resource.data), resource]));
  for (const { node, path } of walk(article)) {
    if (node.type !== 'figure') continue;
    const image = images.get(node);
    if (!image) continue;
    const where = formatPath([...path, 'src']);
    if (image.kind === 'missing') {
      // javascript:, ftp: and the like: the XHTML step already warns that the image is not shown.
      if (!/^\s*[a-z][a-z\d+.-]*:/i.test(node.src)) warn({ path: where, message: image.problem });
      continue;
    }
    if (image.kind === 'remote') {
      warn({
        path: where,
        message: `"${image.url.slice(0, 80)}" is not embedded: an EPUB cannot show remote images; save the image next to the article and give its relative path`,
      });
      continue;
    }
    const { data, type } = image;
    if (!type || !EPUB_IMAGES.has(type.name)) {
      warn({
        path: where,
        message: `the image is ${type ? `a ${type.name} image` : 'not PNG, JPEG, GIF or SVG'}, which not every EPUB reader shows: convert it to PNG, JPEG, GIF or SVG`,
      });
      continue;
    }
    if (type.name === 'SVG') {
      const problem = svgProblem(data);
      if (problem) {
        warn({ path: where, message: problem });
        continue;
      }
    }
    const hash = hashOf(data);
    let resource = byHash.get(hash);
    if (!resource) {
      const number = existing.length + resources.length + 1;
      resource = {
        id: `image-${number}`,
        href: `images/image-${number}.${type.extension}`,
        mediaType: type.mediaType,
        data,
      };
      resources.push(resource);
      byHash.set(hash, resource);
    }
    figures.set(node, resource.href);
  }
  if (errors.length > 0) throw new InputError(errors);
  return { figures, resources };
}

const hashOf = (data: Uint8Array) => toHex(sha256(data));
