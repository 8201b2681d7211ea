import { Text } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { shapeLine } from './shape-line.js';
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

/**
 * A label of one line that never breaks, as a `<Text>` whose line Kiji shapes (the patched
 * layout's `shapedText`, patches/README.md) instead of textkit itemizing, shaping and breaking
 * it again on every page it is laid out on. Placed, aligned and drawn as the same `<Text>`
 * without the shaped line would be; text `shapeLine` leaves to textkit stays plain.
 */
export function shapedLabel(
  text: string,
  style: LabelStyle,
  fonts: FontSet,
  /** Width the line has; a longer line is left to textkit (cut with an ellipsis, or broken). */
  fitWidth = Number.POSITIVE_INFINITY,
): ReactElement {
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
  const shaped = text ? shapeLine(line, { lineHeight: 0 } as TypesetOptions, fonts) : undefined;
  let width = 0;
  for (const run of shaped?.runs ?? []) {
    // As textkit takes the style: aligned in the box, the font's own line height.
    run.attributes.align = style.textAlign ?? 'left';
    delete run.attributes.lineHeight;
    for (const position of run.positions) width += position.xAdvance;
  }
  const shapedText = shaped && width < fitWidth ? ({ shapedText: () => shaped } as object) : {};
  return (
    <Text hyphenationCallback={noBreaks} style={{ ...style }} {...shapedText}>
      {text}
    </Text>
  );
}
