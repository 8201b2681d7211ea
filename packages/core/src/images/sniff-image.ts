/** An image format Kiji recognises, with its media type, file extension and name. */
export interface ImageType {
  /** `image/png`, `image/jpeg`, … */
  mediaType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/svg+xml';
  /** File extension without the dot. */
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';
  /** The name a message uses: PNG, JPEG, … */
  name: 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'AVIF' | 'SVG';
}

const TYPES = {
  png: { mediaType: 'image/png', extension: 'png', name: 'PNG' },
  jpg: { mediaType: 'image/jpeg', extension: 'jpg', name: 'JPEG' },
  gif: { mediaType: 'image/gif', extension: 'gif', name: 'GIF' },
  webp: { mediaType: 'image/webp', extension: 'webp', name: 'WebP' },
  avif: { mediaType: 'image/avif', extension: 'avif', name: 'AVIF' },
  svg: { mediaType: 'image/svg+xml', extension: 'svg', name: 'SVG' },
} as const satisfies Record<string, ImageType>;

/** How many bytes `sniffImage` looks at; reading more tells it nothing. */
export const IMAGE_HEAD_BYTES = 1024;

const startsWith = (data: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, index) => data[index] === byte);

// redos: bounded, tested on the first IMAGE_HEAD_BYTES (1,024) bytes of a file only.
const SVG_START = /^(<\?xml[^>]*>\s*)?(<!--(?:[^-]|-(?!->))*-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i;

/**
 * The image format named by the first bytes (not the file name), or undefined for anything else.
 * Only the first `IMAGE_HEAD_BYTES` are read.
 */
export function sniffImage(data: Uint8Array): ImageType | undefined {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(data, [0xff, 0xd8, 0xff])) return TYPES.jpg;
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38])) return TYPES.gif;
  const head = new TextDecoder('latin1').decode(data.subarray(0, IMAGE_HEAD_BYTES));
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return TYPES.webp;
  if (head.slice(4, 12) === 'ftypavif') return TYPES.avif;
  if (SVG_START.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart())) return TYPES.svg;
  return undefined;
}
