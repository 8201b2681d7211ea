import { mm } from './units.js';

/** A straight mark from (x1, y1) to (x2, y2), in PDF user space (origin at the trim's lower left). */
export interface MarkLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Which mark it belongs to: a corner mark's trim (内) or bleed (外) line, or a centre mark. */
  kind: 'trim' | 'bleed' | 'centre';
}

/** Length of each mark line beyond the bleed (Japanese printers use about 10 mm). */
export const MARK_LENGTH = mm(10);
/** Line width of the marks, in points: fine enough not to be mistaken for content. */
export const MARK_WIDTH = 0.25;
/** Room kept outside the bleed: the marks plus a few millimetres for the slug line. */
export const MARK_ROOM = MARK_LENGTH + mm(3);

/**
 * Japanese crop marks (トンボ) for a trim box `width` x `height` with `bleed` on every side.
 *
 * Each corner gets the double mark: two lines across each edge's extension, one on the trim line
 * (内トンボ, where the sheet is cut) and one on the bleed line (外トンボ, how far the background
 * runs). Lines start at the bleed, so none prints into the area that is kept. Each edge gets a
 * centre mark (センタートンボ): a line on the centre axis and a bar across it.
 */
export function cropMarks(width: number, height: number, bleed: number): MarkLine[] {
  const lines: MarkLine[] = [];
  const near = bleed;
  const far = bleed + MARK_LENGTH;
  for (const [x0, sx] of [
    [0, -1],
    [width, 1],
  ] as const) {
    for (const [y0, sy] of [
      [0, -1],
      [height, 1],
    ] as const) {
      // Lines marking the vertical cut (constant x), above or below the page.
      for (const [offset, kind] of [
        [0, 'trim'],
        [bleed, 'bleed'],
      ] as const) {
        const x = x0 + sx * offset;
        lines.push({ x1: x, y1: y0 + sy * near, x2: x, y2: y0 + sy * far, kind });
        const y = y0 + sy * offset;
        lines.push({ x1: x0 + sx * near, y1: y, x2: x0 + sx * far, y2: y, kind });
      }
    }
  }
  const bar = MARK_LENGTH / 2;
  for (const [x, sy] of [
    [width / 2, -1],
    [width / 2, 1],
  ] as const) {
    const y0 = sy < 0 ? 0 : height;
    lines.push({ x1: x, y1: y0 + sy * near, x2: x, y2: y0 + sy * far, kind: 'centre' });
    const yBar = y0 + sy * (near + bar);
    lines.push({ x1: x - bar, y1: yBar, x2: x + bar, y2: yBar, kind: 'centre' });
  }
  for (const [y, sx] of [
    [height / 2, -1],
    [height / 2, 1],
  ] as const) {
    const x0 = sx < 0 ? 0 : width;
    lines.push({ x1: x0 + sx * near, y1: y, x2: x0 + sx * far, y2: y, kind: 'centre' });
    const xBar = x0 + sx * (near + bar);
    lines.push({ x1: xBar, y1: y - bar, x2: xBar, y2: y + bar, kind: 'centre' });
  }
  return lines;
}

const num = (value: number): string => String(Math.round(value * 1000) / 1000);

/**
 * Content-stream operators that stroke `lines` at `MARK_WIDTH` in the colour space resource
 * `colorSpace` (registration: every ink at 100 %).
 */
export function markOperators(lines: MarkLine[], colorSpace: string): string {
  const paths = lines.map((l) => `${num(l.x1)} ${num(l.y1)} m ${num(l.x2)} ${num(l.y2)} l`).join('\n');
  return `q\n/${colorSpace} CS 1 SCN\n${MARK_WIDTH} w 0 J [] 0 d\n${paths}\nS\nQ\n`;
}
