// Font subsets are written on every render (patches/README.md, fontkit): a glyph is copied as it
// is, decoded only when it is compound (its components get the subset's glyph ids) — decoding
// every point of every embedded glyph was a tenth of a warm render.
import { fileURLToPath } from 'node:url';
import { bundledFonts } from '@kiji/fonts';
import * as fontkit from 'fontkit';
import { afterEach, expect, test, vi } from 'vitest';
import { countCalls } from '../helpers/call-counts.js';

const open = (font: { url: URL }) => fontkit.openSync(fileURLToPath(font.url)) as fontkit.Font;

interface Subset {
  includeGlyph(glyph: number | fontkit.Glyph): number;
  encode(): Uint8Array;
}

/** Subset `font` to the glyphs of `text`; the subset's glyph id of each character's glyph. */
function subsetOf(font: fontkit.Font, text: string): { bytes: Uint8Array; ids: Map<number, number> } {
  const subset = font.createSubset() as unknown as Subset;
  const ids = new Map<number, number>();
  for (const char of text) {
    const glyph = font.glyphForCodePoint(char.codePointAt(0)!);
    ids.set(glyph.id, subset.includeGlyph(glyph.id));
  }
  return { bytes: subset.encode(), ids };
}

/** The outline of a glyph, as SVG path data. */
const outline = (font: fontkit.Font, id: number) => font.getGlyph(id).path.toSVG();

afterEach(() => {
  vi.restoreAllMocks();
});

test('a subset copies simple glyphs without decoding them, and draws them as the font does', () => {
  const font = open(bundledFonts.serif.normal);
  const text = '記事を組む、Kiji 2025。';
  const glyph = font.glyphForCodePoint('記'.codePointAt(0)!);
  const decode = vi.spyOn(Object.getPrototypeOf(glyph) as { _decode(): unknown }, '_decode');
  const { bytes, ids } = subsetOf(font, text);
  expect(decode).not.toHaveBeenCalled();
  decode.mockRestore();
  const subset = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
  expect(subset.numGlyphs).toBe(ids.size + 1);
  for (const [id, subsetId] of ids) {
    expect(outline(subset, subsetId)).toBe(outline(font, id));
    expect(subset.getGlyph(subsetId).advanceWidth).toBe(font.getGlyph(id).advanceWidth);
  }
});

test('a compound glyph is decoded, and its components join the subset under their new ids', () => {
  // Source Serif's accented letters are compound glyphs: a base letter and an accent.
  const font = open(bundledFonts.italic.normal);
  const e = font.glyphForCodePoint('é'.codePointAt(0)!);
  const decode = vi.spyOn(Object.getPrototypeOf(e) as { _decode(): unknown }, '_decode');
  const { bytes, ids } = subsetOf(font, 'é');
  expect(decode).toHaveBeenCalled();
  const subset = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
  // .notdef, é and its components
  expect(subset.numGlyphs).toBeGreaterThan(2);
  expect(outline(subset, ids.get(e.id)!)).toBe(outline(font, e.id));
});

/** How often each function of restructure (fontkit's binary structures) ran since the last call. */
const restructureCalls = countCalls((url) => url.includes('/restructure/'));

test('a subset is written whole, not number by number: the work does not grow with its glyphs', async () => {
  const font = open(bundledFonts.serif.normal);
  const encodes = async (text: string) => {
    await restructureCalls();
    const { bytes, ids } = subsetOf(font, text);
    const calls = (await restructureCalls()).get('encode') ?? 0;
    // Still a font that draws and measures its glyphs as the font does.
    const subset = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
    for (const [id, subsetId] of ids) {
      expect(outline(subset, subsetId)).toBe(outline(font, id));
      expect(subset.getGlyph(subsetId).advanceWidth).toBe(font.getGlyph(id).advanceWidth);
    }
    return { calls, glyphs: ids.size };
  };
  const few = await encodes('記事を組む');
  const many = await encodes(
    '日本政府は二十八日、首脳会談の成果を発表した。東京でひらかれた会議には各国の代表が参加した。',
  );
  expect(many.glyphs).toBeGreaterThan(4 * few.glyphs);
  // Through the structures, every glyph's offset and metrics were encoded one by one (four
  // encodes or more a glyph); now the head, hhea and maxp tables alone are.
  expect(many.calls).toBe(few.calls);
});
