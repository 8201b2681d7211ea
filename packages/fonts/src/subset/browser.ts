// Font subsetting in a browser or a Web Worker: the same HarfBuzz WebAssembly Node uses (the build
// copies it beside this module), fetched from its URL. TrueType only: WOFF2 needs Node.
import { subsetTrueType } from './hb-subset.js';

export { fontCharacters } from './cmap.js';

/** A subset font's format: TrueType (read everywhere), WOFF or WOFF2 (smaller; Node only). */
export type SubsetFormat = 'truetype' | 'woff' | 'woff2';

/** The format to write when the caller has no preference: TrueType, the one a browser writes. */
export const DEFAULT_SUBSET_FORMAT: SubsetFormat = 'truetype';

/** A font or the subsetter, fetched from its URL. */
export async function readFont(source: string | URL): Promise<Uint8Array> {
  const url = new URL(String(source), (globalThis as { location?: { href: string } }).location?.href);
  const response = await fetch(url);
  if (!response.ok) {
    throw Object.assign(new Error(`${url.href}: HTTP ${response.status}`), {
      code: `HTTP ${response.status}`,
    });
  }
  return new Uint8Array(await response.arrayBuffer());
}

// Written out whole so that bundlers (Vite, webpack, esbuild with a file loader) see the asset
// and emit it.
const loadHarfBuzz = () => readFont(new URL('./harfbuzz-subset.wasm', import.meta.url));

/** Cut a TrueType or OpenType font down to the glyphs of `characters`, as in Node. */
export async function subsetFont(
  font: Uint8Array,
  characters: string,
  format: SubsetFormat = 'truetype',
): Promise<Uint8Array> {
  if (format !== 'truetype')
    throw new Error('a browser writes subset fonts as TrueType only (WOFF and WOFF2 need Node)');
  return subsetTrueType(font, characters, loadHarfBuzz);
}
