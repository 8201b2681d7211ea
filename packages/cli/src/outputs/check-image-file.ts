import { closeSync, openSync, readSync } from 'node:fs';

/** Image formats a browser shows, by their first bytes (WebP and AVIF included for the web). */
const SIGNATURES: { name: string; test: (head: Uint8Array, text: string) => boolean }[] = [
  { name: 'PNG', test: (head) => starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG', test: (head) => starts(head, [0xff, 0xd8, 0xff]) },
  { name: 'GIF', test: (head) => starts(head, [0x47, 0x49, 0x46, 0x38]) },
  { name: 'WebP', test: (_head, text) => text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP' },
  { name: 'AVIF', test: (_head, text) => text.slice(4, 12) === 'ftypavif' },
  {
    name: 'SVG',
    test: (_head, text) =>
      /^(<\?xml[^>]*>\s*)?(<!--(?:[^-]|-(?!->))*-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(
        text.trimStart(),
      ),
  },
];

const starts = (head: Uint8Array, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/**
 * Why the local image file at `file` will not show in a browser (missing, unreadable, not an
 * image), or undefined when it looks like an image. Reads only the first bytes.
 */
export function imageFileProblem(file: string): string | undefined {
  let fd: number | undefined;
  const head = new Uint8Array(1024);
  let length: number;
  try {
    fd = openSync(file, 'r');
    length = readSync(fd, head, 0, head.length, 0);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT')
      return `image file "${file}" does not exist: check the path (relative to the article file)`;
    return `image file "${file}" cannot be read (${code ?? String(error)}): check the path`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const bytes = head.subarray(0, length);
  const text = new TextDecoder('latin1').decode(bytes);
  if (SIGNATURES.some((signature) => signature.test(bytes, text))) return undefined;
  return `image file "${file}" is not an image (PNG, JPEG, GIF, WebP, AVIF or SVG), whatever its name: convert it`;
}
