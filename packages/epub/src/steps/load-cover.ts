import { InputError } from '@kiji/core';
import { readFileBytes } from '../platform/node.js';
import type { Resource } from '../publication.js';
import { sniffImage } from './sniff-image.js';

/** The cover image as a manifest item (`cover-image`), from a path or bytes. */
export async function loadCover(cover: string | Uint8Array, baseDir: string): Promise<Resource> {
  let data: Uint8Array;
  if (typeof cover === 'string') {
    try {
      data = await readFileBytes(baseDir, cover);
    } catch (error) {
      throw new InputError(
        [
          {
            path: '',
            message: `cannot read the cover image (${(error as { code?: string }).code ?? String(error)}): check the path`,
          },
        ],
        cover,
      );
    }
  } else {
    data = cover;
  }
  const type = sniffImage(data);
  if (!type) {
    throw new InputError(
      [{ path: '', message: 'the cover image is not PNG, JPEG, GIF or SVG: convert it' }],
      typeof cover === 'string' ? cover : undefined,
    );
  }
  return {
    id: 'cover-image',
    href: `cover.${type.extension}`,
    mediaType: type.mediaType,
    data,
    properties: 'cover-image',
  };
}
