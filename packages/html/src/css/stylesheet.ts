import type { FontFace } from '../options.js';
import { horizontalCss } from './horizontal.js';
import { verticalCss } from './vertical.js';

const cssString = (value: string) =>
  `"${value.replace(/["\\\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** `@font-face` rules for the given fonts. */
export function fontFaceCss(fontFaces: readonly FontFace[]): string {
  return fontFaces
    .map((font) => {
      const format = font.format ? ` format(${cssString(font.format)})` : '';
      const range = font.unicodeRange
        ? `\n  unicode-range: ${font.unicodeRange.replace(/[^0-9A-Fa-f?U+, -]/g, '')};`
        : '';
      return `@font-face {
  font-family: ${cssString(font.family)};
  src: url(${cssString(font.src)})${format};
  font-weight: ${font.weight ?? 'normal'};
  font-style: ${font.style ?? 'normal'};
  font-display: swap;${range}
}
`;
    })
    .join('');
}

/** The complete stylesheet: base rules, vertical rules when asked, and `@font-face` rules first. */
export function stylesheet(options: { vertical?: boolean; fontFaces?: readonly FontFace[] } = {}): string {
  return `${fontFaceCss(options.fontFaces ?? [])}${horizontalCss}${options.vertical ? verticalCss : ''}`;
}
