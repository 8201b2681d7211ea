import { fileURLToPath } from 'node:url';
import { bundledFonts } from '@kiji/fonts';
import { Font } from '@react-pdf/renderer';
import type { FontSet } from '../../src/typeset/index.js';

const path = (font: { url: URL }) => fileURLToPath(font.url);

/** The bundled Noto fonts (`@kiji/fonts`), as a FontSet for tests. */
export const testFonts: FontSet = {
  faces: [
    { family: 'serif', weight: 'normal', src: path(bundledFonts.serif.normal) },
    { family: 'serif', weight: 'bold', src: path(bundledFonts.serif.bold) },
    { family: 'sans', weight: 'normal', src: path(bundledFonts.sans.normal) },
    { family: 'sans', weight: 'bold', src: path(bundledFonts.sans.bold) },
    { family: 'emoji', weight: 'normal', src: path(bundledFonts.fallback[0]!) },
  ],
  fallback: ['sans', 'emoji'],
};

/** Register the test fonts with react-pdf (global) and return a function that clears them. */
export function registerTestFonts(fonts: FontSet = testFonts): () => void {
  for (const face of fonts.faces)
    Font.register({ family: face.family, fontWeight: face.weight, src: face.src });
  return () => Font.clear();
}
