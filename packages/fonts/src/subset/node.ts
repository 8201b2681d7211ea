// Font subsetting in Node: HarfBuzz's subsetter (the WebAssembly of harfbuzzjs, the same in a
// browser, so both make the same bytes), WOFF with Node's zlib and WOFF2 compression (fontverter,
// itself WebAssembly).
// A browser bundle gets `browser.ts` instead (the `browser` condition of `@kiji/fonts/subset`).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import { subsetTrueType } from './hb-subset.js';
import { toWoff } from './woff.js';

export { fontCharacters } from './cmap.js';

/**
 * A subset font's format: TrueType (read everywhere), WOFF (its tables deflated: about 0.55 of
 * TrueType for a Japanese face, written in milliseconds; Node only) or WOFF2 (about 0.45, but a
 * second or two per Japanese face; Node only).
 */
export type SubsetFormat = 'truetype' | 'woff' | 'woff2';

/** The format to write when the caller has no preference: WOFF where it can be written. */
export const DEFAULT_SUBSET_FORMAT: SubsetFormat = 'woff';

const loadHarfBuzz = async (): Promise<Uint8Array> =>
  new Uint8Array(
    await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  );

/**
 * Cut a font (TrueType, OpenType, WOFF or WOFF2) down to the glyphs of `characters`, keeping
 * every layout feature (vertical alternates, proportional metrics, kerning), and write it as
 * TrueType, WOFF or WOFF2. The same font and characters give the same bytes.
 */
export async function subsetFont(
  font: Uint8Array,
  characters: string,
  format: SubsetFormat = 'truetype',
): Promise<Uint8Array> {
  const truetype = await subsetTrueType(
    new Uint8Array(await fontverter.convert(Buffer.from(font), 'truetype')),
    characters,
    loadHarfBuzz,
  );
  if (format === 'truetype') return truetype;
  if (format === 'woff') return toWoff(truetype);
  return new Uint8Array(await fontverter.convert(Buffer.from(truetype), 'woff2', 'truetype'));
}

/** The bytes of a font file named by a path or a URL (`BundledFont.url`). */
export async function readFont(source: string | URL): Promise<Uint8Array> {
  return new Uint8Array(await readFile(source));
}
