import { InputError, sniffImage } from '@kiji/core';
import { readNamedFile } from '@kiji/core/files';
import { imageDataUrl } from './image-data-url.js';

/**
 * The edition's cover image as a data URL, read by the rule figures follow (`@kiji/core/files`):
 * a path must lie inside `root` when one is given, and only a regular file of at most
 * `maxImageBytes` is read — never a device, a pipe or an image too large to draw. Bytes are
 * used as given. Anything but PNG or JPEG is refused, as a PDF cannot show it.
 */
export function loadCover(
  cover: string | Uint8Array,
  access: { root?: string; baseDir?: string; maxImageBytes?: number },
): string {
  const file = typeof cover === 'string' ? cover : undefined;
  let data: Uint8Array;
  if (typeof cover === 'string') {
    const result = readNamedFile(cover, {
      ...(access.root === undefined ? {} : { root: access.root }),
      ...(access.baseDir === undefined ? {} : { baseDir: access.baseDir }),
      ...(access.maxImageBytes === undefined ? {} : { maxBytes: access.maxImageBytes }),
    });
    if (!('data' in result))
      throw new InputError([{ path: '', message: `cover image: ${result.problem}` }], file);
    data = result.data;
  } else data = cover;
  const type = sniffImage(data);
  if (type?.name !== 'PNG' && type?.name !== 'JPEG') {
    throw new InputError(
      [
        {
          path: '',
          message: `the cover image is ${type ? `a ${type.name} image` : 'not an image'}, which a PDF cannot show: convert it to PNG or JPEG`,
        },
      ],
      file,
    );
  }
  return imageDataUrl(type.mediaType, data);
}
