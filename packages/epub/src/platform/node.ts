// What building an EPUB needs from its surroundings, in Node: files, the environment, hashing,
// font subsetting. The browser build of the package replaces this module with `browser.ts`.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';

export const env = (name: string): string | undefined => process.env[name];

/** A font or licence file named by a path or a URL (`file:` URLs in Node). */
export async function readResource(source: string | URL): Promise<Uint8Array> {
  return new Uint8Array(await readFile(source));
}

export const sha256 = (data: Uint8Array | string): Uint8Array =>
  new Uint8Array(createHash('sha256').update(data).digest());

export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

/** Cut a font down to `characters` with HarfBuzz (`subset-font`). */
export async function subset(
  font: Uint8Array,
  characters: string,
  target: 'truetype' | 'woff2',
): Promise<Uint8Array> {
  return new Uint8Array(await subsetFont(Buffer.from(font), characters, { targetFormat: target }));
}
