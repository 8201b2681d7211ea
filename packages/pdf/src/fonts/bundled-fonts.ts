import { fileURLToPath } from 'node:url';
import { bundledFonts as fonts } from '@kiji/fonts';

const path = (font: { url: URL }): string => fileURLToPath(font.url);

/** The OFL fonts Kiji ships with (`@kiji/fonts`), as file paths. */
export function bundledFonts(): {
  serif: { normal: string; bold: string };
  sans: { normal: string; bold: string };
  italic: { normal: string; bold: string };
  fallback: string[];
} {
  return {
    serif: { normal: path(fonts.serif.normal), bold: path(fonts.serif.bold) },
    sans: { normal: path(fonts.sans.normal), bold: path(fonts.sans.bold) },
    // Source Serif is the Latin design of Noto Serif JP: its italic sets Latin emphasis.
    italic: { normal: path(fonts.italic.normal), bold: path(fonts.italic.bold) },
    fallback: fonts.fallback.map(path),
  };
}
