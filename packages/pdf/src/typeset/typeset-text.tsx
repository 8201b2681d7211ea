import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { isArtifact, type PdfTag } from '../tagging/tags.js';
import { composeLines } from './compose-lines.js';
import { HALT, JA_FORM } from './fonts.js';
import { shapeLine } from './shape-line.js';
import type { ComposedLine, ComposedSegment, FontSet, TypesetOptions, TypesetTextProps } from './types.js';

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
    ...(segment.halfWidth ? { fontFeatureSettings: HALT } : {}),
    // react-pdf hands this to fontkit as it is; an object switches a default feature off.
    ...(segment.japaneseForm ? { fontFeatureSettings: JA_FORM as unknown as string[] } : {}),
  };
}

/**
 * The `tag` props (read by the patched react-pdf when a run is drawn; untyped in react-pdf) of a
 * line's segments. Glyphs that read differently from the text (.notdef boxes, dropped selectors)
 * get a Span with the text as ActualText, inside the run's own element; neighbouring segments of
 * one run share it, since react-pdf may draw them in another order (right-to-left text).
 */
function tagProps(segments: ComposedSegment[]): object[] {
  const props: object[] = [];
  let span: PdfTag | undefined;
  let previous: ComposedSegment | undefined;
  for (const segment of segments) {
    if (segment.actualText !== undefined && !(segment.tag && isArtifact(segment.tag))) {
      if (span && previous?.actualText !== undefined && previous.runIndex === segment.runIndex) {
        span.actualText += segment.actualText;
      } else {
        span = {
          type: 'Span',
          actualText: segment.actualText,
          ...(segment.tag ? { parent: segment.tag } : {}),
        };
      }
      props.push({ tag: span });
    } else {
      span = undefined;
      props.push(segment.tag ? { tag: segment.tag } : {});
    }
    previous = segment;
  }
  return props;
}

function renderSegment(segment: ComposedSegment, key: number, tag: object): ReactElement {
  const style = segmentStyle(segment);
  if (segment.href) {
    // react-pdf ignores verticalAlign on a <Link> itself: a raised mark is a <Text> inside it.
    return (
      <Link key={key} src={segment.href} style={style} {...tag}>
        {segment.superscript ? <Text style={style}>{segment.text}</Text> : segment.text}
      </Link>
    );
  }
  return (
    <Text key={key} style={style} {...tag}>
      {segment.text}
    </Text>
  );
}

/**
 * A segment for textkit to shape: each character with 和欧間 after it a piece of its own whose
 * letter spacing carries the space. (Drawn as a gap between glyphs, which text extraction may
 * read as a space: the composer gives none to text `shapeLine` cannot shape, so this only draws
 * lines set to compare the two paths.)
 */
function splitAtSpaces(segment: ComposedSegment): ComposedSegment[] {
  if (!segment.spaceAfter) return [segment];
  const { spaceAfter: _spaces, ...plain } = segment;
  const pieces: ComposedSegment[] = [];
  let from = 0;
  const piece = (to: number, extra: number) => {
    if (to <= from) return;
    const text = segment.text.slice(from, to);
    pieces.push({
      ...plain,
      text,
      offset: segment.offset + from,
      letterSpacing: segment.letterSpacing + extra,
    });
    from = to;
  };
  for (const space of segment.spaceAfter) {
    piece(space.offset, 0);
    const char = String.fromCodePoint(segment.text.codePointAt(space.offset)!);
    piece(space.offset + char.length, space.width);
  }
  piece(segment.text.length, 0);
  return pieces;
}

/** Whether lines go to react-pdf already shaped (see `shape-line.ts`); off only to compare. */
let shapedLines = true;

/** Hand react-pdf nested `<Text>` runs to shape instead of shaped lines (tests compare the two). */
export function setShapedLines(on: boolean): void {
  shapedLines = on;
}

function renderLine(line: ComposedLine, options: TypesetOptions, fonts: FontSet, key: number): ReactElement {
  // An empty line (two newlines in a row) still takes its line of space.
  if (line.segments.length === 0) return <View key={key} style={{ height: options.lineHeight }} />;
  // The box is wider than the line (hanging punctuation, rounding) so react-pdf never re-breaks it.
  // No fixed height: react-pdf drops a line whose box is given a fractional height equal to it.
  const slack = 2 * line.fontSize + 2;
  const tags = tagProps(line.segments);
  const style = {
    marginLeft: line.x,
    width: options.width - line.x + slack,
    lineHeight: `${options.lineHeight}pt`,
    textAlign: 'left' as const,
    textIndent: 0,
    letterSpacing: 0,
  };
  const shaped = shapedLines ? shapeLine(line, options, fonts, tags) : undefined;
  if (shaped) {
    // Placed and drawn as shaped here; the text child is what the line says, for nothing to shape.
    const shapedText = { shapedText: () => shaped } as object;
    return (
      <Text key={key} wrap={false} hyphenationCallback={noHyphenation} style={style} {...shapedText}>
        {line.text}
      </Text>
    );
  }
  return (
    <Text key={key} wrap={false} hyphenationCallback={noHyphenation} style={style}>
      {line.segments.flatMap((segment, index) =>
        splitAtSpaces(segment).map((piece, at) => renderSegment(piece, index * 1000 + at, tags[index]!)),
      )}
    </Text>
  );
}

/** Heights of a typeset block, for keeping a heading with what follows it. */
export interface BlockHeights {
  /** Height up to the end of the lines that must stay together at its start, with top spacing. */
  head: number;
  /** Whole height with margins. */
  full: number;
  /** Number of unbreakable line groups (1: the block never splits across pages). */
  groups: number;
  /** Space above the first line (margin, padding, border). */
  top: number;
  /** Lines in all, in the first group and in the last group. */
  lines: number;
  headLines: number;
  tailLines: number;
  lineHeight: number;
}

/** The heights of every block `TypesetText` returned (looked up by the returned element). */
export const typesetHeights = new WeakMap<object, BlockHeights>();

const num = (...values: unknown[]): number => {
  const found = values.find((value) => typeof value === 'number');
  return typeof found === 'number' ? found : 0;
};

/** Margin, padding and border above (`top`) or below (`bottom`) a box, from a react-pdf style. */
export function edgeSpace(style: Record<string, unknown> | undefined, side: 'top' | 'bottom'): number {
  if (!style) return 0;
  const Side = side === 'top' ? 'Top' : 'Bottom';
  return (
    num(style[`margin${Side}`], style.marginVertical, style.margin) +
    num(style[`padding${Side}`], style.paddingVertical, style.padding) +
    num(style[`border${Side}Width`], style.borderWidth)
  );
}

/**
 * Split lines into page-break groups: the first `orphans` and the last `widows` lines stay
 * together, so a page never ends with one lone first line or starts with one lone last line.
 */
function breakGroups<T>(lines: T[], orphans: number, widows: number): T[][] {
  if (lines.length <= orphans + widows) return [lines];
  const head = lines.slice(0, orphans);
  const tail = lines.slice(lines.length - widows);
  const middle = lines.slice(orphans, lines.length - widows).map((line) => [line]);
  return [head, ...middle, tail];
}

/**
 * Draw composed lines as react-pdf elements: one unbreakable `<Text>` per line, placed and
 * justified by the composer. Page breaks may fall between lines, never leaving fewer than
 * `orphans` (default 2) lines at a page end or `widows` (default 2) at a page start.
 */
export function TypesetText(props: TypesetTextProps): ReactElement {
  const { lines, missing } = composeLines(props.runs, props.options, props.fonts);
  if (missing.length > 0) props.onMissing?.(missing);
  const rendered = lines.map((line, index) => renderLine(line, props.options, props.fonts, index));
  const groups = breakGroups(rendered, Math.max(1, props.orphans ?? 2), Math.max(1, props.widows ?? 2));
  const style = props.style as Record<string, unknown> | undefined;
  const top = edgeSpace(style, 'top');
  const heights: BlockHeights = {
    head: top + (groups[0]?.length ?? 0) * props.options.lineHeight,
    full: top + lines.length * props.options.lineHeight + edgeSpace(style, 'bottom'),
    groups: groups.length,
    top,
    lines: lines.length,
    headLines: groups[0]?.length ?? 0,
    tailLines: groups.at(-1)?.length ?? 0,
    lineHeight: props.options.lineHeight,
  };
  // With one group the block itself carries the presence, else its last group (react-pdf
  // breaks before the element whose presence ahead does not fit).
  const presence = props.keepWithNext ? { minPresenceAhead: props.keepWithNext } : {};
  const single = groups.length <= 1;
  const element = (
    <View
      style={props.style}
      {...(single ? presence : {})}
      {...(props.tag ? ({ tag: props.tag } as object) : {})}
    >
      {groups.map((group, index) =>
        group.length === 1 && (single || index < groups.length - 1 || !props.keepWithNext) ? (
          group[0]
        ) : (
          <View
            // biome-ignore lint/suspicious/noArrayIndexKey: groups are positional
            key={`group-${index}`}
            wrap={false}
            {...(!single && index === groups.length - 1 ? presence : {})}
          >
            {group}
          </View>
        ),
      )}
    </View>
  );
  typesetHeights.set(element, heights);
  return element;
}
