import { isJapanese } from '@kiji/core';
import { type BreakInput, balancedWidth, breakLines, type LineRange, prefixWidths } from './break-lines.js';
import { findBreaks } from './break-opportunities.js';
import { type Cluster, toClusters } from './clusters.js';
import { justifyLine } from './justify.js';
import { phraseBoundaries } from './phrases.js';
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

/** Group a line's clusters into segments of one style and one letter spacing. */
function toSegments(
  runs: StyledRun[],
  clusters: Cluster[],
  range: LineRange,
  extra: Map<number, number>,
): ComposedSegment[] {
  const segments: ComposedSegment[] = [];
  let current: ComposedSegment | undefined;
  for (let i = range.start; i < range.contentEnd; i++) {
    const c = clusters[i]!;
    if (c.newline) continue;
    const spacing = extra.get(i) ?? 0;
    if (
      current &&
      current.runIndex === c.runIndex &&
      current.fontFamily === c.family &&
      current.letterSpacing === spacing &&
      current.offset + current.text.length === c.offset
    ) {
      current.text += c.text;
      current.width += c.width;
      continue;
    }
    const run = runs[c.runIndex]!;
    current = {
      text: c.text,
      runIndex: c.runIndex,
      offset: c.offset,
      fontFamily: c.family,
      fontWeight: c.weight,
      fontSize: c.size,
      letterSpacing: spacing,
      width: c.width,
    };
    if (run.color !== undefined) current.color = run.color;
    if (run.href !== undefined) current.href = run.href;
    if (run.superscript) current.superscript = true;
    if (run.underline) current.underline = true;
    segments.push(current);
  }
  return segments;
}

/**
 * Break styled text into lines Kiji places itself: kinsoku, hanging punctuation, phrase-aware
 * headings and justification, measured with the same font files react-pdf draws with.
 */
export function composeLines(runs: StyledRun[], options: TypesetOptions, fonts: FontSet): ComposeResult {
  checkOptions(options);
  const missing: MissingGlyph[] = [];
  const clusters = toClusters(runs, fonts, missing);
  const text = runs.map((run) => run.text).join('');
  if (clusters.length === 0) return { lines: [], missing };

  const japanese = isJapanese(options.language);
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
  const indent = options.firstLineIndent ?? 0;
  const measure = options.width;
  const breakWidth = options.phrases ? balancedWidth(input, measure - indent) + indent : measure;
  const ranges = breakLines(input, (index) => (index === 0 ? breakWidth - indent : breakWidth));

  const lines = ranges.map((range, index): ComposedLine => {
    const lineIndent = index === 0 ? indent : 0;
    const available = measure - lineIndent;
    const { prefix } = input;
    const width = prefix[range.contentEnd]! - prefix[range.start]!;
    const hangingWidth = range.hanging ? clusters[range.contentEnd - 1]!.width : 0;
    const last = index === ranges.length - 1;
    const spread = options.align === 'justify' && !range.forced && !options.phrases;
    const justification = spread
      ? justifyLine(clusters, range.start, range.contentEnd, available - (width - hangingWidth), japanese)
      : { gaps: [], spacing: 0, fill: 'natural' as const };
    const extra = new Map<number, number>();
    for (const gap of justification.gaps) extra.set(gap, justification.spacing);
    let x = lineIndent;
    if (options.align === 'center') x += Math.max(0, (available - (width - hangingWidth)) / 2);
    let fontSize = 0;
    let lineText = '';
    for (let i = range.start; i < range.contentEnd; i++) {
      const c = clusters[i]!;
      if (c.newline) continue;
      lineText += c.text;
      if (!c.superscript) fontSize = Math.max(fontSize, c.size);
    }
    const first = clusters[range.start]!;
    return {
      segments: toSegments(runs, clusters, range, extra),
      text: lineText,
      x,
      width,
      hangingWidth,
      available,
      spacing: justification.spacing,
      fill: justification.fill,
      last,
      start: { runIndex: first.runIndex, offset: first.offset },
      fontSize: fontSize || first.size,
    };
  });
  return { lines, missing };
}
