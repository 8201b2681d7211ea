import { bundledFonts as fonts } from '@kiji/fonts';
import type { FontSource } from './font-options.js';

/**
 * The OFL fonts Kiji ships with (`@kiji/fonts`), as the URLs that package gives: `file:` URLs in
 * Node, asset URLs once bundled for a browser.
 */
export function bundledFonts(): {
  serif: { normal: FontSource; bold: FontSource };
  sans: { normal: FontSource; bold: FontSource };
  italic: { normal: FontSource; bold: FontSource };
  fallback: FontSource[];
} {
  return {
    serif: { normal: fonts.serif.normal.url, bold: fonts.serif.bold.url },
    sans: { normal: fonts.sans.normal.url, bold: fonts.sans.bold.url },
    // Source Serif is the Latin design of Noto Serif JP: its italic sets Latin emphasis.
    italic: { normal: fonts.italic.normal.url, bold: fonts.italic.bold.url },
    fallback: fonts.fallback.map((font) => font.url),
  };
}
