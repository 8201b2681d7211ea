import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { composeLines } from './compose-lines.js';
import type { ComposedLine, ComposedSegment, TypesetOptions, TypesetTextProps } from './types.js';

/** Lines are already broken: react-pdf must never split or hyphenate them. */
const noHyphenation = (word: string): string[] => [word];

function segmentStyle(segment: ComposedSegment) {
  return {
    fontFamily: segment.fontFamily,
    fontWeight: segment.fontWeight,
    fontSize: segment.fontSize,
    letterSpacing: segment.letterSpacing,
    color: segment.color ?? 'black',
    textDecoration: segment.underline ? ('underline' as const) : ('none' as const),
    ...(segment.superscript ? { verticalAlign: 'super' as const } : {}),
  };
}

function renderSegment(segment: ComposedSegment, key: number): ReactElement {
  const style = segmentStyle(segment);
  if (segment.href) {
    return (
      <Link key={key} src={segment.href} style={style}>
        {segment.text}
      </Link>
    );
  }
  return (
    <Text key={key} style={style}>
      {segment.text}
    </Text>
  );
}

function renderLine(line: ComposedLine, options: TypesetOptions, key: number): ReactElement {
  // The box is wider than the line (hanging punctuation, rounding) so react-pdf never re-breaks it.
  const slack = 2 * line.fontSize + 2;
  return (
    <Text
      key={key}
      wrap={false}
      hyphenationCallback={noHyphenation}
      style={{
        marginLeft: line.x,
        width: options.width - line.x + slack,
        lineHeight: `${options.lineHeight}pt`,
        textAlign: 'left',
        textIndent: 0,
        letterSpacing: 0,
      }}
    >
      {line.segments.map(renderSegment)}
    </Text>
  );
}

/**
 * Draw composed lines as react-pdf elements: one unbreakable `<Text>` per line, placed and
 * justified by the composer. Page breaks may fall between lines.
 */
export function TypesetText(props: TypesetTextProps): ReactElement {
  const { lines, missing } = composeLines(props.runs, props.options, props.fonts);
  if (missing.length > 0) props.onMissing?.(missing);
  return (
    <View style={props.style}>{lines.map((line, index) => renderLine(line, props.options, index))}</View>
  );
}
