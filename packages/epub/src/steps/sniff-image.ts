/** An image format EPUB 3 reading systems must support, with its media type and extension. */
export interface ImageType {
  mediaType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml';
  extension: 'png' | 'jpg' | 'gif' | 'svg';
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);

/** The image type read from the first bytes, or undefined for anything else (WebP, AVIF, …). */
export function sniffImage(data: Uint8Array): ImageType | undefined {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38])) return { mediaType: 'image/gif', extension: 'gif' };
  const head = new TextDecoder().decode(data.subarray(0, 1024)).trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--(?:[^-]|-(?!->))*-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) {
    return { mediaType: 'image/svg+xml', extension: 'svg' };
  }
  return undefined;
}
