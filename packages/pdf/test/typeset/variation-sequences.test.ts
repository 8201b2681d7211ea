import { describe, expect, it } from 'vitest';
import { variantGlyph } from '../../src/typeset/fontkit-compat.js';
import { composeLines, loadFont, type StyledRun, type TypesetOptions } from '../../src/typeset/index.js';
import { testFonts } from './test-fonts.js';

const options: TypesetOptions = { width: 400, lineHeight: 17, align: 'start', language: 'ja' };
const serif = (text: string): StyledRun => ({ text, fontFamily: 'serif', fontSize: 10 });
const serifFont = () => loadFont(testFonts.faces[0]!.src).font;

describe('variation sequences', () => {
  it('finds the variant glyph of a sequence the font defines (fontkit 2.0.4 lost it)', () => {
    const font = serifFont();
    const variant = variantGlyph(font, 0x845b, 0xe0100);
    expect(variant).toBeGreaterThan(0);
    expect(variant).not.toBe(font.glyphForCodePoint(0x845b).id);
    // Shaping, which react-pdf and the composer both use, selects it.
    expect(font.layout('葛\u{E0100}').glyphs.map((glyph) => glyph.id)).toEqual([variant]);
    expect(font.layout('葛').glyphs.map((glyph) => glyph.id)).toEqual([font.glyphForCodePoint(0x845b).id]);
  });

  it('keeps a selector the font has a variant for and drops one it does not', () => {
    const { lines, missing } = composeLines([serif('葛\u{E0100}飾区と辻\u{E0102}')], options, testFonts);
    expect(missing).toEqual([]);
    expect(lines.map((line) => line.segments.map((segment) => segment.text).join(''))).toEqual([
      '葛\u{E0100}飾区と辻',
    ]);
  });

  it('lets react-pdf keep the selector in the run of the character it modifies', () => {
    expect(serifFont().hasGlyphForCodePoint(0xe0100)).toBe(true);
  });
});
