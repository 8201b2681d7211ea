import { isJapanese } from '@kiji/core';
import type { TagProp } from '../tagging/tags.js';
import {
  type BreakInput,
  balancedWidth,
  breakLines,
  type LineRange,
  lineWidth,
  prefixWidths,
} from './break-lines.js';
import { findBreaks } from './break-opportunities.js';
import { type Cluster, shapeRange, toClusters } from './clusters.js';
import { chunkAdvances } from './fonts.js';
import { hyphenatesLanguage, hyphenationLoaded, hyphenationPoints } from './hyphenate.js';
import {
  type Justification,
  justifyLine,
  latinShrinkRoom,
  MAX_CJK_GAP_EM,
  MIN_LATIN_SPACING,
} from './justify.js';
import { phraseBoundaries } from './phrases.js';
import { canShape } from './shape-line.js';
import type {
  ComposedLine,
  ComposedSegment,
  ComposeResult,
  FontSet,
  MissingGlyph,
  StyledRun,
  TypesetOptions,
} from './types.js';

function checkOptions(options: TypesetOptions): void {
  if (!(options.width > 0)) {
    throw new Error(`TypesetOptions.width must be a positive number of pt (got ${options.width}).`);
  }
  if (!(options.lineHeight > 0)) {
    throw new Error(`TypesetOptions.lineHeight must be a positive number of pt (got ${options.lineHeight}).`);
  }
}

/** The hyphen of a word broken at a line end is an artifact of the layout. */
const HYPHEN: TagProp = { artifact: 'Layout' };

/** Keep only breaks at BudouX phrase boundaries (and at spaces and newlines). */
function restrictToPhrases(clusters: Cluster[], breaks: Uint8Array, text: string): void {
  const boundaries = phraseBoundaries(text.replace(/\n/g, ' '));
  for (let i = 1; i < clusters.length; i++) {
    if (!breaks[i]) continue;
    const before = clusters[i - 1]!;
    if (before.space || before.newline) continue;
    if (!boundaries.has(clusters[i]!.position)) breaks[i] = 0;
  }
}

/** Width of a hyphen drawn after `cluster`, in its font and size. */
function hyphenWidth(cluster: Cluster): number {
  const advances = chunkAdvances(cluster.font, '-');
  return ((advances[0] ?? 0) * cluster.size) / cluster.font.unitsPerEm;
}

/** What is drawn for a character: a tab as a space. */
const drawn = (text: string): string => (text === '\t' ? ' ' : text);

interface SegmentDraft {
  segment: ComposedSegment;
  from: number;
  to: number;
  stretched: boolean;
  halt: boolean;
  jaForm: boolean;
  /** Space removed after each character (compressed punctuation), in pt. */
  trim: number;
  /** The text the segment's characters read as (`Cluster.actual` where there is one). */
  actual: string;
  /** Some character reads differently from what is drawn. */
  differs: boolean;
}

/**
 * Group a line's clusters into segments of one style, one font and one letter spacing: what
 * react-pdf receives as nested `<Text>` elements. The last character joins the segment before it
 * (spacing after the last glyph is invisible), so it keeps its kerning.
 */
function toSegments(
  runs: StyledRun[],
  clusters: Cluster[],
  range: LineRange,
  gaps: Set<number>,
  /** Share of each 和欧間's room closed (a pulled-in line). */
  latinShrink = 0,
): SegmentDraft[] {
  const drafts: SegmentDraft[] = [];
  let current: SegmentDraft | undefined;
  const lastIndex = range.contentEnd - 1;
  for (let i = range.start; i < range.contentEnd; i++) {
    const c = clusters[i]!;
    if (c.newline || c.hidden) continue;
    const stretched = i === lastIndex && current ? current.stretched : gaps.has(i);
    // Nothing follows the line's last character on this line: it keeps its full advance.
    const trim = i === lastIndex ? 0 : c.trim;
    // 和欧間 belongs between two characters of the line, never after its last.
    const extra = i === lastIndex ? 0 : closedUp(c, latinShrink);
    if (
      current &&
      current.segment.runIndex === c.runIndex &&
      current.segment.fontFamily === c.family &&
      current.halt === c.halt &&
      current.jaForm === c.jaForm &&
      current.stretched === stretched &&
      current.trim === trim &&
      current.to === i
    ) {
      if (extra > 0) {
        const space = { offset: current.segment.text.length, width: extra };
        current.segment.spaceAfter = [...(current.segment.spaceAfter ?? []), space];
      }
      current.segment.text += drawn(c.text);
      current.actual += c.actual ?? drawn(c.text);
      current.differs ||= c.actual !== undefined;
      current.to = i + 1;
      continue;
    }
    const run = runs[c.runIndex]!;
    const segment: ComposedSegment = {
      text: drawn(c.text),
      runIndex: c.runIndex,
      offset: c.offset,
      fontFamily: c.family,
      fontWeight: c.weight,
      fontSize: c.size,
      letterSpacing: trim === 0 ? 0 : -trim,
      width: 0,
    };
    if (run.color !== undefined) segment.color = run.color;
    if (run.href !== undefined) segment.href = run.href;
    if (run.superscript) segment.superscript = true;
    if (run.underline) segment.underline = true;
    if (run.tag !== undefined) segment.tag = run.tag;
    if (c.halt) segment.halfWidth = true;
    if (c.jaForm) segment.japaneseForm = true;
    if (extra > 0) segment.spaceAfter = [{ offset: 0, width: extra }];
    current = {
      segment,
      from: i,
      to: i + 1,
      stretched,
      halt: c.halt,
      jaForm: c.jaForm,
      trim,
      actual: c.actual ?? drawn(c.text),
      differs: c.actual !== undefined,
    };
    drafts.push(current);
  }
  if (range.hyphen && range.contentEnd > range.start) {
    // The hyphen of a word broken at the line end: drawn, not in the text.
    const last = clusters[range.contentEnd - 1]!;
    const run = runs[last.runIndex]!;
    const segment: ComposedSegment = {
      text: '-',
      runIndex: last.runIndex,
      offset: last.offset + last.text.length,
      fontFamily: last.family,
      fontWeight: last.weight,
      fontSize: last.size,
      letterSpacing: 0,
      width: hyphenWidth(last),
    };
    if (run.color !== undefined) segment.color = run.color;
    if (run.href !== undefined) segment.href = run.href;
    if (run.underline) segment.underline = true;
    // Drawn, not text: a reader reads the word whole.
    segment.tag = HYPHEN;
    drafts.push({
      segment,
      from: range.contentEnd,
      to: range.contentEnd,
      stretched: false,
      halt: false,
      jaForm: false,
      trim: 0,
      actual: '',
      differs: false,
    });
  }
  // Widths as react-pdf will shape each segment (kerning stops at segment boundaries).
  for (const draft of drafts) {
    if (draft.differs) draft.segment.actualText = draft.actual;
    if (draft.from === draft.to) continue;
    const spaces = draft.segment.spaceAfter?.reduce((sum, space) => sum + space.width, 0) ?? 0;
    draft.segment.width =
      shapeRange(clusters, draft.from, draft.to, false) - draft.trim * (draft.to - draft.from) + spaces;
  }
  return drafts;
}

/**
 * A cluster's 和欧間 with `share` of its room closed, in whole font units as the renderer draws
 * it (MIN_LATIN_SPACING of it stays).
 */
function closedUp(c: Cluster, share: number): number {
  if (c.extra === 0 || share <= 0) return c.extra;
  const unit = c.size / c.font.unitsPerEm;
  return Math.round((c.extra * (1 - share * (1 - MIN_LATIN_SPACING))) / unit) * unit;
}

interface LineFill {
  segments: ComposedSegment[];
  width: number;
  spacing: number;
  gaps: number;
  fill: ComposedLine['fill'];
}

/** Build the line's segments and justify it against the widths react-pdf will really draw. */
function fillLine(
  runs: StyledRun[],
  clusters: Cluster[],
  range: LineRange,
  available: number,
  hangingWidth: number,
  justification: Justification,
): LineFill {
  const drafts = toSegments(runs, clusters, range, new Set(justification.gaps), justification.latinShrink);
  const width = drafts.reduce((sum, d) => sum + d.segment.width, 0);
  if (justification.fill !== 'justified') {
    return { segments: drafts.map((d) => d.segment), width, spacing: 0, gaps: 0, fill: justification.fill };
  }
  const gaps = justification.gaps.length;
  // Only 和欧間 closed up: the line is as wide as the measure, to within font units.
  if (gaps === 0)
    return { segments: drafts.map((d) => d.segment), width, spacing: 0, gaps: 0, fill: 'justified' };
  const spacing = (available - (width - hangingWidth)) / gaps;
  // A squeezed line (追い込み) has negative spacing; a spread one positive. Either way shaping must
  // not have moved the line by more than rounding.
  const planned = justification.spacing;
  const off = planned < 0 ? !(spacing <= 0.05 && spacing >= planned * 1.5 - 0.05) : !(spacing >= 0);
  if (off || spacing > Math.max(planned, 0) * 1.5 + 0.05) {
    // Shaping moved the line by more than rounding: set it ragged rather than guess.
    const plain = toSegments(runs, clusters, range, new Set());
    const plainWidth = plain.reduce((sum, d) => sum + d.segment.width, 0);
    return { segments: plain.map((d) => d.segment), width: plainWidth, spacing: 0, gaps: 0, fill: 'ragged' };
  }
  for (const draft of drafts) if (draft.stretched) draft.segment.letterSpacing = spacing - draft.trim;
  return { segments: drafts.map((d) => d.segment), width, spacing, gaps, fill: 'justified' };
}

interface LineContext {
  runs: StyledRun[];
  clusters: Cluster[];
  prefix: Float64Array;
  options: TypesetOptions;
  japanese: boolean;
  indent: number;
}

/** One broken line: justify it, place it and describe it for the renderer. */
function composeLine(context: LineContext, range: LineRange, index: number, count: number): ComposedLine {
  const { runs, clusters, prefix, options, japanese } = context;
  const lineIndent = index === 0 ? context.indent : 0;
  const available = options.width - lineIndent;
  const width =
    lineWidth({ clusters, prefix }, range.start, range.contentEnd) +
    (range.hyphen ? hyphenWidth(clusters[range.contentEnd - 1]!) : 0);
  const hangingWidth = range.hanging ? clusters[range.contentEnd - 1]!.width : 0;
  // A line wider than the measure was pulled in (追い込み): its gaps close up, even on the last line.
  const squeezed = width - hangingWidth > available + 0.01;
  const spread = (options.align === 'justify' && !range.forced && !options.phrases) || squeezed;
  const none: Justification = { gaps: [], spacing: 0, fill: 'natural' };
  const justification = spread
    ? justifyLine(clusters, range.start, range.contentEnd, available - (width - hangingWidth), japanese)
    : none;
  const filled = fillLine(runs, clusters, range, available, hangingWidth, justification);
  let x = lineIndent;
  if (options.align === 'center') x += Math.max(0, (available - (filled.width - hangingWidth)) / 2);
  let fontSize = 0;
  let text = '';
  for (let i = range.start; i < range.contentEnd; i++) {
    const c = clusters[i]!;
    if (c.newline || c.hidden) continue;
    text += c.text;
    if (!c.superscript) fontSize = Math.max(fontSize, c.size);
  }
  if (range.hyphen) text += '-';
  const first = clusters[range.start]!;
  return {
    segments: filled.segments,
    text,
    ...(range.hyphen ? { hyphenated: true } : {}),
    x,
    width: filled.width,
    hangingWidth,
    available,
    spacing: filled.spacing,
    gaps: filled.gaps,
    fill: filled.fill,
    last: index === count - 1,
    start: { runIndex: first.runIndex, offset: first.offset },
    fontSize: fontSize || first.size,
  };
}

/** A last line of this many characters or fewer is pulled back into the line before when it can be. */
export const SHORT_LAST_LINE = 2;

/** Characters drawn on a line (spaces and hidden characters not counted). */
function visibleCount(clusters: Cluster[], range: LineRange): number {
  let count = 0;
  for (let i = range.start; i < range.contentEnd; i++) {
    const c = clusters[i]!;
    if (!c.space && !c.hidden && !c.newline) count++;
  }
  return count;
}

/**
 * 追い込み: a paragraph whose last line would hold one or two characters has them pulled back
 * into the line before, which closes up its gaps between Japanese characters by at most
 * `MAX_CJK_GAP_EM` each (the same limit as spreading, so text extraction never sees a gap). The
 * lines before are unchanged; when the characters do not fit that way (or kinsoku would break
 * elsewhere) the paragraph keeps its short last line.
 */
function pullInShortLastLine(
  input: BreakInput,
  ranges: LineRange[],
  widthOf: (index: number) => number,
): LineRange[] {
  const count = ranges.length;
  if (count < 2) return ranges;
  const last = ranges[count - 1]!;
  const before = ranges[count - 2]!;
  // A line ended by a newline keeps what follows it on its own line.
  if (before.forced || visibleCount(input.clusters, last) > SHORT_LAST_LINE) return ranges;
  const { clusters } = input;
  let gaps = 0;
  let em = Number.POSITIVE_INFINITY;
  for (let i = before.start; i < last.contentEnd - 1; i++) {
    const a = clusters[i]!;
    const b = clusters[i + 1]!;
    if (a.superscript || b.superscript || a.space || b.space || a.hidden || b.hidden) continue;
    if (a.cjk || b.cjk) gaps++;
    if (!a.superscript) em = Math.min(em, a.size);
  }
  if (gaps === 0 || !Number.isFinite(em)) return ranges;
  // 和欧間 closes up too, to half its width.
  const room = gaps * MAX_CJK_GAP_EM * em + latinShrinkRoom(clusters, before.start, last.contentEnd - 1);
  const pulled = breakLines(input, (index) => widthOf(index) + (index === count - 2 ? room : 0));
  if (pulled.length !== count - 1) return ranges;
  // The lines before the pulled one must stay as they were.
  for (let i = 0; i < count - 2; i++) {
    if (pulled[i]!.start !== ranges[i]!.start || pulled[i]!.end !== ranges[i]!.end) return ranges;
  }
  return pulled;
}

/**
 * Break styled text into lines Kiji places itself: kinsoku, hanging punctuation, phrase-aware
 * headings and justification, measured with the same font files react-pdf draws with.
 */
export function composeLines(runs: StyledRun[], options: TypesetOptions, fonts: FontSet): ComposeResult {
  checkOptions(options);
  const missing: MissingGlyph[] = [];
  const japanese = isJapanese(options.language);
  const text = runs.map((run) => run.text).join('');
  // 和欧間 is drawn into shaped glyphs; a paragraph react-pdf must shape itself goes without.
  const latinSpacing = options.latinSpacing && canShape(text) ? options.latinSpacing : 0;
  const clusters = toClusters(
    runs,
    fonts,
    missing,
    options.compressPunctuation ?? japanese,
    japanese,
    latinSpacing,
  );
  if (clusters.length === 0) return { lines: [], missing };

  const { breaks: looseBreaks, mustBreak } = findBreaks(clusters, text);
  let breaks = looseBreaks;
  if (options.phrases) {
    breaks = looseBreaks.slice();
    restrictToPhrases(clusters, breaks, text);
  }
  const input: BreakInput = {
    clusters,
    prefix: prefixWidths(clusters),
    breaks,
    looseBreaks,
    mustBreak,
    hanging: options.hanging ?? japanese,
  };
  if (options.hyphenate && !hyphenationLoaded()) {
    throw new Error('TypesetOptions.hyphenate needs the patterns: await loadHyphenation() once first.');
  }
  const hyphenate =
    options.hyphenate ??
    (options.align === 'justify' && hyphenatesLanguage(options.language) && hyphenationLoaded());
  if (hyphenate && !japanese && !options.phrases && hyphenatesLanguage(options.language)) {
    input.hyphens = hyphenationPoints(clusters);
    input.hyphenWidth = (index) => hyphenWidth(clusters[index]!);
  }
  const indent = options.firstLineIndent ?? 0;
  const balance = options.phrases && options.balance !== false;
  const breakWidth = balance ? balancedWidth(input, options.width - indent) + indent : options.width;
  const widthOf = (index: number) => (index === 0 ? breakWidth - indent : breakWidth);
  const ranges = breakLines(input, widthOf);
  const context: LineContext = { runs, clusters, prefix: input.prefix, options, japanese, indent };
  const compose = (set: LineRange[]) =>
    set.map((range, index) => composeLine(context, range, index, set.length));
  if (japanese && options.align === 'justify' && !options.phrases && options.pullInShortLastLine !== false) {
    const pulled = pullInShortLastLine(input, ranges, widthOf);
    if (pulled !== ranges) {
      const lines = compose(pulled);
      // Shaping decides: a pulled-in line that could not close up enough keeps the short line.
      const fits = lines.every(
        (line) => line.x + line.width + line.spacing * line.gaps - line.hangingWidth <= options.width + 0.05,
      );
      if (fits) return { lines, missing };
    }
  }
  return { lines: compose(ranges), missing };
}
