import { fileURLToPath } from 'node:url';
import { Font } from '@react-pdf/renderer';
import type { FontSet } from '../../src/typeset/index.js';

const fontDir = fileURLToPath(new URL('../../node_modules/@expo-google-fonts/', import.meta.url));

/** The Noto fonts the package depends on, as a FontSet for tests. */
export const testFonts: FontSet = {
  faces: [
    {
      family: 'serif',
      weight: 'normal',
      src: `${fontDir}noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf`,
    },
    { family: 'serif', weight: 'bold', src: `${fontDir}noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf` },
    { family: 'sans', weight: 'normal', src: `${fontDir}noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf` },
    { family: 'sans', weight: 'bold', src: `${fontDir}noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf` },
    { family: 'emoji', weight: 'normal', src: `${fontDir}noto-emoji/400Regular/NotoEmoji_400Regular.ttf` },
  ],
  fallback: ['sans', 'emoji'],
};

/** Register the test fonts with react-pdf (global) and return a function that clears them. */
export function registerTestFonts(fonts: FontSet = testFonts): () => void {
  for (const face of fonts.faces)
    Font.register({ family: face.family, fontWeight: face.weight, src: face.src });
  return () => Font.clear();
}
