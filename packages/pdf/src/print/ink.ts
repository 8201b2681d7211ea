import { type Cmyk, parseHex, rgbToCmyk, type ThemeColors } from '../theme.js';

/** How each RGB colour drawn on the page is printed: `rrggbb` -> CMYK (0–100). */
export type InkTable = ReadonlyMap<string, Cmyk>;

/** The ink table of a theme: each role's screen colour mapped to its stated print colour. */
export function inkTable(colors: ThemeColors, print: { [Role in keyof ThemeColors]: Cmyk }): InkTable {
  const table = new Map<string, Cmyk>([
    // react-pdf's default text colour and the page.
    ['000000', [0, 0, 0, 100]],
    ['ffffff', [0, 0, 0, 0]],
  ]);
  for (const role of Object.keys(colors) as (keyof ThemeColors)[]) {
    const rgb = parseHex(colors[role]);
    if (rgb) table.set(hexOf(rgb), print[role]);
  }
  return table;
}

const hexOf = (rgb: readonly number[]): string => rgb.map((v) => v.toString(16).padStart(2, '0')).join('');

/** A colour met in a content stream that no theme role has: converted, and reported. */
export interface UnlistedColor {
  rgb: string;
  cmyk: Cmyk;
}

// pdfkit sets every colour as `/DeviceRGB cs` (or CS) followed by `r g b scn` (or SCN).
const RGB_COLOR = /\/DeviceRGB (cs|CS)(\s+)([-+.\de]+) ([-+.\de]+) ([-+.\de]+) (scn|SCN)/g;
const num = (value: number): string => String(Math.round(value * 10000) / 10000);

/** Graphics states the rewritten content names: fills overprint, or knock out (the default). */
export const OVERPRINT = { on: 'KijiFillOverprint', off: 'KijiFillKnockout' } as const;

/**
 * Rewrite the RGB colours of a content stream as DeviceCMYK: each from the ink table, greys
 * not in it as K only, anything else converted naively and listed in `unlisted`.
 *
 * Fills in K100 overprint (スミノセ), every other fill knocks out: black text over a tint (the
 * aside background) then prints on it instead of leaving a white gap the size of each character
 * that shows at the slightest misregistration. Each fill colour is followed by the graphics state
 * (`OVERPRINT`, to be defined in the page's resources) that matches it, so q/Q keep them paired.
 */
export function toCmykContent(
  content: string,
  table: InkTable,
  unlisted: Map<string, UnlistedColor>,
): string {
  return content.replace(
    RGB_COLOR,
    (_all, space: string, gap: string, r: string, g: string, b: string, op: string) => {
      const rgb = hexOf([r, g, b].map((v) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255)));
      let cmyk = table.get(rgb);
      if (!cmyk) {
        cmyk = rgbToCmyk(`#${rgb}`);
        const grey = rgb.slice(0, 2) === rgb.slice(2, 4) && rgb.slice(2, 4) === rgb.slice(4, 6);
        if (!grey) unlisted.set(rgb, { rgb: `#${rgb}`, cmyk });
      }
      const components = cmyk.map((v) => num(v / 100)).join(' ');
      const set = `/DeviceCMYK ${space}${gap}${components} ${op}`;
      if (op !== 'scn') return set;
      const black = cmyk[0] === 0 && cmyk[1] === 0 && cmyk[2] === 0 && cmyk[3] >= 100;
      return `${set}\n/${black ? OVERPRINT.on : OVERPRINT.off} gs`;
    },
  );
}
