import * as fontkit from 'fontkit';
import { openFontFile } from '../platform/node.js';
import { fixVariationSequences } from './fontkit-compat.js';
import { forgetKept, keptOf, shapeText } from './shaping-cache.js';
import type { FontFace, FontSet } from './types.js';

/** A parsed font file with per-code-point caches. Shared by every render in the process. */
export interface LoadedFont {
  src: string;
  font: fontkit.Font;
  unitsPerEm: number;
  /** Whether the font has a glyph, by code point. */
  coverage: Map<number, boolean>;
  /** Shaped chunks: per-code-unit advances in font units. */
  chunks: Map<string, Float64Array>;
}

const loaded = new Map<string, LoadedFont>();
const MAX_CACHED_CHUNKS = 200_000;

/**
 * react-pdf selects the font again for every run of text it draws, and pdfkit then decides
 * whether it already embedded that font by comparing `JSON.stringify` of the font's whole name
 * table (licence texts included) — about a tenth of the render time. Give the name records a
 * `toJSON` that stands for them: the file the font was parsed from. The same file gives the same
 * answer as before; no name is changed.
 */
function cheapenFontComparison(font: object, src: string): void {
  const records = (font as { name?: { records?: object } }).name?.records;
  if (!records || Object.hasOwn(records, 'toJSON')) return;
  Object.defineProperty(records, 'toJSON', { value: () => `kiji-font:${src}`, enumerable: false });
}

/** Whether a font is parsed and cached under `src`. */
export const hasFont = (src: string): boolean => loaded.has(src);

/**
 * Parse a font file's bytes and cache it under `src` (a URL or any other key), for fonts that
 * do not come from a file path (fetched in a browser, given as bytes).
 */
export function addFont(src: string, bytes: Uint8Array): LoadedFont {
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.create(bytes as Parameters<typeof fontkit.create>[0]);
  } catch (error) {
    throw new Error(`Cannot read the font ${src}: ${(error as Error).message}. Give a TTF or OTF file.`);
  }
  return remember(src, opened);
}

function remember(src: string, opened: fontkit.Font | fontkit.FontCollection): LoadedFont {
  const font = 'fonts' in opened ? opened.fonts[0] : opened;
  if (!font) throw new Error(`The font collection ${src} holds no font.`);
  fixVariationSequences(font);
  cheapenFontComparison(font, src);
  const entry: LoadedFont = {
    src,
    font,
    unitsPerEm: font.unitsPerEm,
    coverage: new Map(),
    chunks: new Map(),
  };
  loaded.set(src, entry);
  keptOf(entry);
  return entry;
}

/** Parse `src` once per process (a Japanese TTF is several MB). */
export function loadFont(src: string): LoadedFont {
  const cached = loaded.get(src);
  if (cached) return cached;
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = openFontFile(src);
  } catch (error) {
    throw new Error(
      `Cannot read the font file ${src}: ${(error as Error).message}. Check the FontSet face's src path.`,
    );
  }
  return remember(src, opened);
}

export function hasGlyph(font: LoadedFont, codePoint: number): boolean {
  let has = font.coverage.get(codePoint);
  if (has === undefined) {
    has = font.font.hasGlyphForCodePoint(codePoint);
    font.coverage.set(codePoint, has);
  }
  return has;
}

/** Extra OpenType features for compressed punctuation (what react-pdf gets as fontFeatureSettings). */
export const HALT = ['halt'];
/** Japanese glyph forms after Latin text: the Latin script's `locl` substitution switched off. */
export const JA_FORM = { locl: false };

/**
 * Shape a chunk of text as react-pdf will (fontkit `layout`, default features, kerning
 * included) and return each code unit's share of the advance in font units.
 * A ligature's advance goes to its first code unit.
 */
export function chunkAdvances(font: LoadedFont, text: string, halt = false, jaForm = false): Float64Array {
  const key = halt ? `halt\u0000${text}` : jaForm ? `ja\u0000${text}` : text;
  let advances = font.chunks.get(key);
  if (advances) return advances;
  advances = new Float64Array(text.length);
  const run = halt
    ? shapeText(font, text, HALT, 'halt')
    : jaForm
      ? shapeText(font, text, JA_FORM, 'ja')
      : shapeText(font, text, undefined, '');
  let unit = 0;
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i]!;
    const position = run.positions[i]!;
    const at = Math.min(unit, text.length - 1);
    advances[at]! += position.xAdvance;
    for (const codePoint of glyph.codePoints) unit += codePoint > 0xffff ? 2 : 1;
  }
  // A long-running process sets many articles: start over rather than grow without bound.
  if (font.chunks.size >= MAX_CACHED_CHUNKS) font.chunks.clear();
  font.chunks.set(key, advances);
  return advances;
}

/** The face react-pdf draws for `family` at `weight`: the exact weight, else the family's other one. */
export function resolveFace(fonts: FontSet, family: string, weight: 'normal' | 'bold'): FontFace | undefined {
  return (
    fonts.faces.find((face) => face.family === family && face.weight === weight) ??
    fonts.faces.find((face) => face.family === family)
  );
}

/** Resolve a family/weight pair to a loaded font, with a message naming the fix when absent. */
export function fontFor(fonts: FontSet, family: string, weight: 'normal' | 'bold'): LoadedFont {
  const face = resolveFace(fonts, family, weight);
  if (!face) {
    const known = [...new Set(fonts.faces.map((f) => f.family))].join(', ') || 'none';
    throw new Error(
      `No font face for family "${family}" (known families: ${known}). Add a FontFace with family "${family}" to the FontSet.`,
    );
  }
  return loadFont(face.src);
}

/**
 * Drop parsed fonts from the process-wide cache: the given paths, or all. Call it for font files
 * that are deleted after a render (fonts written to temporary files), or they stay in memory.
 */
export function forgetFonts(paths?: string[]): void {
  for (const [src, font] of loaded) {
    if (paths && !paths.includes(src)) continue;
    // Forgotten fonts (temporary files) are not worth keeping between processes either.
    forgetKept(font);
    loaded.delete(src);
  }
}
