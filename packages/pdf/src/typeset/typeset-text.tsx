import { Link, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { isArtifact, type PdfTag } from '../tagging/tags.js';
import { composeLines } from './compose-lines.js';
import { HALT, JA_FORM } from './fonts.js';
import { type ShapedText, shapeLine } from './shape-line.js';
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

/**
 * How lines go to react-pdf: `'blocks'` (the default) draws each page-break group of shaped
 * lines as one `<Text>`; `'lines'` gives every shaped line a `<Text>` of its own; `'textkit'`
 * hands react-pdf nested `<Text>` runs to shape. The last two are only there to compare.
 */
export type LineMode = 'blocks' | 'lines' | 'textkit';
let lineMode: LineMode = 'blocks';

/** Set how lines go to react-pdf (tests compare the ways); `true` is `'blocks'`, `false` `'textkit'`. */
export function setShapedLines(mode: boolean | LineMode): void {
  lineMode = mode === true ? 'blocks' : mode === false ? 'textkit' : mode;
}

/** The box is wider than the line (hanging punctuation, rounding) so react-pdf never re-breaks it. */
const lineSlack = (line: ComposedLine): number => 2 * line.fontSize + 2;

/**
 * Lines drawn as one `<Text>` (the patched textkit's `layoutShaped`, patches/README.md): each
 * placed and finished exactly as a `<Text>` of its own would be, without the node, its style,
 * its yoga node and its drawing state for every line. The group never splits (`wrap={false}`).
 */
function renderShapedBlock(
  lines: ComposedLine[],
  shaped: ShapedText[],
  options: TypesetOptions,
  /** Its key among the block's children; none when it is the block itself. */
  key: number | undefined,
  presence: object,
  /** Where react-pdf may split the lines between pages; unsplittable without. */
  split?: { orphans: number; widows: number },
  /** The block's style and structure tag, when the `<Text>` is the block's own box. */
  block?: { style: Record<string, unknown> | undefined; tag: TypesetTextProps['tag'] },
): ReactElement {
  let width = 0;
  const placed = lines.map((line, index) => {
    const lineWidth = options.width - line.x + lineSlack(line);
    width = Math.max(width, line.x + lineWidth);
    return { x: line.x, width: lineWidth, ...shaped[index]! };
  });
  const style = {
    ...block?.style,
    width,
    lineHeight: `${options.lineHeight}pt`,
    textAlign: 'left' as const,
    textIndent: 0,
    letterSpacing: 0,
  };
  const shapedText = { shapedText: () => ({ lines: placed }) } as object;
  return (
    <Text
      key={key}
      {...(split ? split : { wrap: false })}
      hyphenationCallback={noHyphenation}
      style={style}
      {...presence}
      {...shapedText}
      {...(block?.tag ? ({ tag: block.tag } as object) : {})}
    >
      {lines.map((line) => line.text).join('\n')}
    </Text>
  );
}

function renderLine(line: ComposedLine, options: TypesetOptions, fonts: FontSet, key: number): ReactElement {
  // An empty line (two newlines in a row) still takes its line of space.
  if (line.segments.length === 0) return <View key={key} style={{ height: options.lineHeight }} />;
  // No fixed height: react-pdf drops a line whose box is given a fractional height equal to it.
  const slack = lineSlack(line);
  const tags = tagProps(line.segments);
  const style = {
    marginLeft: line.x,
    width: options.width - line.x + slack,
    lineHeight: `${options.lineHeight}pt`,
    textAlign: 'left' as const,
    textIndent: 0,
    letterSpacing: 0,
  };
  const shaped = lineMode !== 'textkit' ? shapeLine(line, options, fonts, tags) : undefined;
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
  const orphans = Math.max(1, props.orphans ?? 2);
  const widows = Math.max(1, props.widows ?? 2);
  const style = props.style as Record<string, unknown> | undefined;
  const top = edgeSpace(style, 'top');
  const lineGroups = breakGroups(lines, orphans, widows);
  const heights: BlockHeights = {
    head: top + (lineGroups[0]?.length ?? 0) * props.options.lineHeight,
    full: top + lines.length * props.options.lineHeight + edgeSpace(style, 'bottom'),
    groups: lineGroups.length,
    top,
    lines: lines.length,
    headLines: lineGroups[0]?.length ?? 0,
    tailLines: lineGroups.at(-1)?.length ?? 0,
    lineHeight: props.options.lineHeight,
  };
  // With one group the block itself carries the presence, else its last group (react-pdf
  // breaks before the element whose presence ahead does not fit).
  const presence = props.keepWithNext ? { minPresenceAhead: props.keepWithNext } : {};
  const single = lineGroups.length <= 1;
  const shaped = lineMode === 'blocks' ? shapeAll(lines, props.options, props.fonts) : undefined;
  let children: ReactElement[];
  if (shaped && (single || !props.keepWithNext)) {
    // The whole block one `<Text>` of already placed lines, which react-pdf splits between
    // lines with the same orphans and widows as the groups below.
    const split = single ? undefined : { orphans, widows };
    if (textCanCarry(style)) {
      // The block's own box is that `<Text>`: margins and the structure tag on it, no `<View>`.
      const block = renderShapedBlock(
        lines,
        shaped,
        props.options,
        undefined,
        single ? presence : {},
        split,
        {
          style,
          tag: props.tag,
        },
      );
      typesetHeights.set(block, heights);
      return block;
    }
    children = [renderShapedBlock(lines, shaped, props.options, 0, {}, split)];
  } else if (shaped) {
    // Each page-break group one `<Text>` of already placed lines.
    let at = 0;
    children = lineGroups.map((group, index) => {
      const from = at;
      at += group.length;
      const last = !single && index === lineGroups.length - 1;
      return renderShapedBlock(group, shaped.slice(from, at), props.options, index, last ? presence : {});
    });
  } else {
    const rendered = lines.map((line, index) => renderLine(line, props.options, props.fonts, index));
    const groups = breakGroups(rendered, orphans, widows);
    children = groups.map((group, index) =>
      group.length === 1 && (single || index < groups.length - 1 || !props.keepWithNext) ? (
        group[0]!
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
    );
  }
  const element = (
    <View
      style={props.style}
      {...(single ? presence : {})}
      {...(props.tag ? ({ tag: props.tag } as object) : {})}
    >
      {children}
    </View>
  );
  typesetHeights.set(element, heights);
  return element;
}

/**
 * Block styles a `<Text>` of the block's lines takes as a `<View>` around it would: what moves
 * the box, nothing drawn (a border or background would take the text's wider box) and no padding.
 */
const TEXT_BLOCK_STYLE = new Set(['flexShrink', 'marginTop', 'marginBottom', 'marginLeft']);

function textCanCarry(style: Record<string, unknown> | undefined): boolean {
  if (!style) return true;
  for (const key in style) if (!TEXT_BLOCK_STYLE.has(key)) return false;
  return true;
}

/**
 * Every line shaped (see `shape-line.ts`), or undefined when one is empty (a `<View>` of its
 * own) or is left to textkit (its paragraph is then drawn line by line).
 */
function shapeAll(lines: ComposedLine[], options: TypesetOptions, fonts: FontSet): ShapedText[] | undefined {
  const shaped: ShapedText[] = [];
  for (const line of lines) {
    if (line.segments.length === 0) return undefined;
    const one = shapeLine(line, options, fonts, tagProps(line.segments));
    if (!one) return undefined;
    shaped.push(one);
  }
  return shaped;
}
