// What building an EPUB needs from its surroundings, in Node: files, the environment, hashing,
// font subsetting (`@kiji/fonts/subset`). The browser build of the package replaces this module with `browser.ts`.
import { createHash } from 'node:crypto';

/** A font or licence file named by a path or a URL (`file:` URLs in Node). */
export { readFont as readResource, subsetFont as subset } from '@kiji/fonts/subset';

export const env = (name: string): string | undefined => process.env[name];

export const sha256 = (data: Uint8Array | string): Uint8Array =>
  new Uint8Array(createHash('sha256').update(data).digest());

export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
