// What building an EPUB needs from its surroundings, in Node: files, the environment, hashing,
// font subsetting. The browser build of the package replaces this module with `browser.ts`.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import { subsetTrueType } from '../fonts/hb-subset.js';

export const env = (name: string): string | undefined => process.env[name];

/** A font or licence file named by a path or a URL (`file:` URLs in Node). */
export async function readResource(source: string | URL): Promise<Uint8Array> {
  return new Uint8Array(await readFile(source));
}

export const sha256 = (data: Uint8Array | string): Uint8Array =>
  new Uint8Array(createHash('sha256').update(data).digest());

export const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

const loadHarfBuzz = async (): Promise<Uint8Array> =>
  new Uint8Array(
    await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  );

/** Cut a font down to `characters` with HarfBuzz; WOFF2 is compressed from the TrueType subset. */
export async function subset(
  font: Uint8Array,
  characters: string,
  target: 'truetype' | 'woff2',
): Promise<Uint8Array> {
  const truetype = await subsetTrueType(
    new Uint8Array(await fontverter.convert(Buffer.from(font), 'truetype')),
    characters,
    loadHarfBuzz,
  );
  if (target === 'truetype') return truetype;
  return new Uint8Array(await fontverter.convert(Buffer.from(truetype), 'woff2', 'truetype'));
}
