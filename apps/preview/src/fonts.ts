// The fonts the preview draws with, served from the app's own assets (no CDN): `@kiji/fonts`
// names each file with `new URL(…, import.meta.url)`, which Vite copies into the build.
import { bundledFonts } from '@kiji/fonts';
import type { FontFace } from '@kiji/html';

const { serif, sans, fallback } = bundledFonts;

/** `@font-face` rules for the HTML view; `base` makes the URLs absolute (the view is an iframe). */
export function htmlFontFaces(base: string): FontFace[] {
  const at = (font: { url: URL }) => new URL(font.url.href, base).href;
  return [serif.normal, serif.bold, sans.normal, sans.bold, ...fallback].map((font) => ({
    family: font.family,
    src: at(font),
    weight: font.weight,
    format: 'truetype',
  }));
}
