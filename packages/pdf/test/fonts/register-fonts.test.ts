import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { withRegisteredFonts } from '../../src/fonts/register-fonts.js';
import { loadFont } from '../../src/typeset/fonts.js';

interface Source {
  data: unknown;
  load(): Promise<void>;
}

describe('withRegisteredFonts', () => {
  it('lets react-pdf draw with the font objects the line composer parsed (each file parsed once)', async () => {
    await withRegisteredFonts(undefined, async (fonts) => {
      const registered = Font.getRegisteredFonts() as Record<string, { sources: Source[] }>;
      for (const face of fonts.set.faces.filter((f) => f.family === fonts.serif || f.family === fonts.sans)) {
        const weight = face.weight === 'bold' ? 700 : 400;
        const source = registered[face.family]!.sources.find(
          (s) => (s as unknown as { fontWeight: number }).fontWeight === weight,
        )!;
        await source.load();
        expect(source.data).toBe(loadFont(face.src).font);
      }
    });
  });

  it('removes its families afterwards', async () => {
    const before = Font.getRegisteredFontFamilies();
    await withRegisteredFonts(undefined, async () => undefined);
    expect(Font.getRegisteredFontFamilies()).toEqual(before);
  });
});
