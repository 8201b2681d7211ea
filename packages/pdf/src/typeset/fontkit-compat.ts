// Fixes to fontkit 2.0.x font objects, kept in one place. Each checks that the internals it
// touches look as expected and leaves the font alone otherwise; test/fonts/fontkit-compat.test.ts
// fails when a fix stops applying.
import type * as fontkit from 'fontkit';

/** Variation selectors: VS1–VS16 (U+FE00–FE0F) and VS17–VS256 (U+E0100–E01EF). */
export const isVariationSelector = (codePoint: number): boolean =>
  (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);

/** One record of a format 14 cmap subtable (Unicode Variation Sequences), as fontkit parses it. */
interface VariationSelectorRecord {
  varSelector: number;
  defaultUVS?: { startUnicodeValue: number; additionalCount: number }[];
  nonDefaultUVS?: { unicodeValue: number; glyphID: number }[];
}

interface CmapProcessor {
  uvs?: { varSelectors: { toArray(): VariationSelectorRecord[] } } | null;
  getVariationSelector: (codePoint: number, selector: number) => number;
}

const FIXED = Symbol('kiji-fontkit-compat');

const processorOf = (font: fontkit.Font): CmapProcessor | undefined => {
  const processor = (font as unknown as { _cmapProcessor?: CmapProcessor })._cmapProcessor;
  return processor && typeof processor.getVariationSelector === 'function' ? processor : undefined;
};

/**
 * The glyph a font draws for `base` followed by `selector`, when the font has a variant glyph for
 * that sequence (a non-default UVS, such as 葛󠄀 U+845B U+E0100); 0 otherwise.
 */
export function variantGlyph(font: fontkit.Font, base: number, selector: number): number {
  const records = processorOf(font)?.uvs?.varSelectors.toArray();
  const record = records?.find((entry) => entry.varSelector === selector);
  return record?.nonDefaultUVS?.find((entry) => entry.unicodeValue === base)?.glyphID ?? 0;
}

/**
 * Make a parsed font draw variation sequences the way the font defines them, for every user of
 * the object (Kiji's composer and react-pdf share it):
 *
 * - fontkit 2.0.4's `getVariationSelector` loses the non-default glyphs of a selector that also
 *   has default sequences (Noto CJK's VS17 has both), so 葛󠄀 drew the plain 葛. The lookup is
 *   replaced by one that searches both lists.
 * - react-pdf chooses a font per code point by `hasGlyphForCodePoint`; no font maps a selector
 *   itself, so the selector went to Helvetica (a non-embedded font, drawn as garbage). A font
 *   that has a variation-sequence table now claims its selectors, so they stay in the run of the
 *   character they modify, where fontkit's shaping consumes them.
 */
export function fixVariationSequences(font: fontkit.Font): void {
  const patched = font as unknown as { [FIXED]?: true };
  if (patched[FIXED]) return;
  const processor = processorOf(font);
  if (!processor) return;
  patched[FIXED] = true;
  processor.getVariationSelector = (codePoint, selector) => variantGlyph(font, codePoint, selector);
  if (!processor.uvs) return;
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  font.hasGlyphForCodePoint = (codePoint: number) => isVariationSelector(codePoint) || hasGlyph(codePoint);
}

/**
 * A view of `font` that claims every character, for react-pdf's font substitution: a character
 * no font has is then drawn with this font's own .notdef glyph (an embedded box) instead of
 * react-pdf's last resort, a non-embedded Helvetica. Everything else is the font itself.
 */
export function claimEveryCharacter(font: fontkit.Font): fontkit.Font {
  const view = Object.create(font) as fontkit.Font;
  Object.defineProperty(view, 'hasGlyphForCodePoint', { value: () => true });
  return view;
}
