import { Text } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { type ShapedText, shapeLine } from './shape-line.js';
import type { ComposedLine, FontSet, TypesetOptions } from './types.js';

/** How a one-line label (a page number, a running head) looks. */
export interface LabelStyle {
  fontFamily: string;
  fontSize: number;
  color: string;
  textAlign?: 'left' | 'center' | 'right';
  /** Cut to one line ending in an ellipsis by textkit when it does not fit. */
  maxLines?: number;
  textOverflow?: 'ellipsis';
  maxWidth?: string;
}

const noBreaks = (word: string): string[] => [word];

function shapeOne(
  text: string,
  style: LabelStyle,
  fonts: FontSet,
): { shaped: ShapedText; width: number } | undefined {
  if (!text) return undefined;
  const line = {
    segments: [
      {
        text,
        runIndex: 0,
        offset: 0,
        fontFamily: style.fontFamily,
        fontWeight: 'normal',
        fontSize: style.fontSize,
        color: style.color,
        letterSpacing: 0,
        width: 0,
      },
    ],
  } as unknown as ComposedLine;
  const shaped = shapeLine(line, { lineHeight: 0 } as TypesetOptions, fonts);
  if (!shaped) return undefined;
  let width = 0;
  for (const run of shaped.runs) {
    // As textkit takes the style: aligned in the box, the font's own line height.
    run.attributes.align = style.textAlign ?? 'left';
    delete run.attributes.lineHeight;
    for (const position of run.positions) width += position.xAdvance;
  }
  return { shaped, width };
}

/** Where a label too long for its width is cut (the same label on every page). */
const cuts = new Map<string, string>();

/**
 * The longest start of `text` that fits in `width` with an ellipsis after it, cut between
 * characters (textkit's own cut broke the last word with a hyphen, in Japanese too).
 */
function cutToFit(text: string, style: LabelStyle, fonts: FontSet, width: number): string | undefined {
  const key = `${width}\u0000${style.fontFamily}\u0000${style.fontSize}\u0000${text}`;
  if (cuts.has(key)) return cuts.get(key);
  const chars = [...text];
  let fits: string | undefined;
  let low = 1;
  let high = chars.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = `${chars.slice(0, middle).join('').trimEnd()}\u2026`;
    const shaped = shapeOne(candidate, style, fonts);
    if (!shaped) return undefined;
    if (shaped.width < width) {
      fits = candidate;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (cuts.size >= 1000) cuts.clear();
  if (fits) cuts.set(key, fits);
  return fits;
}

/**
 * A label of one line that never breaks, as a `<Text>` whose line Kiji shapes (the patched
 * layout's `shapedText`, patches/README.md) instead of textkit itemizing, shaping and breaking
 * it again on every page it is laid out on. Placed, aligned and drawn as the same `<Text>`
 * without the shaped line would be; text `shapeLine` leaves to textkit stays plain. A label
 * with `textOverflow: 'ellipsis'` too long for `fitWidth` is cut between characters, an
 * ellipsis after it.
 */
export function shapedLabel(
  text: string,
  style: LabelStyle,
  fonts: FontSet,
  /** Width the line has; a longer line is cut (`textOverflow`) or left to textkit. */
  fitWidth = Number.POSITIVE_INFINITY,
): ReactElement {
  let drawn = text;
  let one = shapeOne(text, style, fonts);
  if (one && one.width >= fitWidth && style.textOverflow === 'ellipsis') {
    const cut = cutToFit(text, style, fonts, fitWidth);
    if (cut) {
      drawn = cut;
      one = shapeOne(cut, style, fonts);
    }
  }
  const shapedText = one && one.width < fitWidth ? ({ shapedText: () => one.shaped } as object) : {};
  return (
    <Text hyphenationCallback={noBreaks} style={{ ...style }} {...shapedText}>
      {drawn}
    </Text>
  );
}
