import { type Article, type Figure, formatPath, walk } from '@kiji/core';
import type { WarningHandler } from '../options.js';
import { fromBase64, readFileBytes, sha256 } from '../platform/node.js';
import type { Resource } from '../publication.js';
import { toHex } from './identifier.js';
import { sniffImage } from './sniff-image.js';

/** The images of one article, ready to embed, and where each figure finds its image. */
export interface CollectedImages {
  /** The article's figures mapped to their path inside the EPUB; figures without one are absent. */
  figures: Map<Figure, string>;
  /** The image files (each distinct image once). */
  resources: Resource[];
}

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;

/**
 * Read every figure's image (a data: URL or a path relative to `baseDir`) and give it a file
 * inside the EPUB. Remote images are not fetched (an EPUB cannot show them and a build must not
 * depend on the network): those figures keep their caption and lose the picture, with a warning.
 */
export async function collectImages(
  article: Article,
  baseDir: string,
  warn: WarningHandler,
  existing: Resource[],
): Promise<CollectedImages> {
  const figures = new Map<Figure, string>();
  const resources: Resource[] = [];
  const byHash = new Map(existing.map((resource) => [hashOf(resource.data), resource]));
  for (const { node, path } of walk(article)) {
    if (node.type !== 'figure') continue;
    const where = formatPath([...path, 'src']);
    const data = await loadImage(node.src, baseDir, (message) => warn({ path: where, message }));
    if (!data) continue;
    const type = sniffImage(data);
    if (!type) {
      warn({
        path: where,
        message: 'the image is not PNG, JPEG, GIF or SVG, which every EPUB reader shows: convert it',
      });
      continue;
    }
    if (type.extension === 'svg' && /<script[\s>]|\son\w+\s*=/i.test(new TextDecoder().decode(data))) {
      warn({
        path: where,
        message: 'the SVG image contains scripts, which an EPUB may not run: remove them',
      });
      continue;
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
  return { figures, resources };
}

const hashOf = (data: Uint8Array) => toHex(sha256(data));

async function loadImage(
  src: string,
  baseDir: string,
  warn: (message: string) => void,
): Promise<Uint8Array | undefined> {
  const value = src.trim();
  const data = DATA_URL.exec(value);
  if (data) {
    const [, , parameters = '', payload = ''] = data;
    return parameters.split(';').includes('base64')
      ? fromBase64(payload)
      : new TextEncoder().encode(decodeURIComponent(payload));
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(value) && !/^https?:/i.test(value)) {
    // javascript:, file: and the like: the XHTML step warns that the image is not shown.
    return undefined;
  }
  if (/^https?:/i.test(value) || value.startsWith('//')) {
    warn(
      `"${value.slice(0, 80)}" is not embedded: an EPUB cannot show remote images; save the image next to the article and give its relative path`,
    );
    return undefined;
  }
  try {
    return await readFileBytes(baseDir, decodeURI(value));
  } catch (error) {
    const code = (error as { code?: string }).code;
    warn(
      `cannot read the image "${value}" (${code ?? String(error)}): give a path relative to the article file`,
    );
    return undefined;
  }
}
