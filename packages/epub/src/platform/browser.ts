// What building an EPUB needs from its surroundings, in a browser or a Web Worker: no file system
// (figures and covers come as data URLs or bytes), fonts fetched from URLs, hashing in JavaScript.
// The browser build (`dist/browser.js`, the `browser` export condition) uses this module instead
// of `node.ts`; the exports are the same.
import { subsetFont } from '@kiji/fonts/subset';
import { sha256 as sha256Bytes } from './sha256.js';

/** A font or licence file, fetched from its URL. */
export { readFont as readResource } from '@kiji/fonts/subset';

export const env = (_name: string): string | undefined => undefined;

export const sha256 = (data: Uint8Array | string): Uint8Array =>
  sha256Bytes(typeof data === 'string' ? new TextEncoder().encode(data) : data);

export const fromBase64 = (text: string): Uint8Array =>
  Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** Cut a font down to `characters` with HarfBuzz, the same WebAssembly Node uses. */
export async function subset(
  font: Uint8Array,
  characters: string,
  target: 'truetype' | 'woff2',
): Promise<Uint8Array> {
  if (target !== 'truetype')
    throw new Error('a browser embeds fonts as TrueType only: leave fontFormat at "ttf" (WOFF2 needs Node)');
  return subsetFont(font, characters, target);
}
