import { HANGING } from '@kiji/core';
import { canForceBreak } from './break-opportunities.js';
import { type Cluster, endWidthOf } from './clusters.js';

/** A line as a cluster range [start, end), trailing spaces excluded from `contentEnd`. */
export interface LineRange {
  start: number;
  /** One past the last cluster that is drawn (trailing spaces removed). */
  contentEnd: number;
  /** Where the next line starts (after the break spaces). */
  end: number;
  /** The line ended at a newline or at the paragraph end. */
  forced: boolean;
  /** The last cluster hangs past the measure. */
  hanging: boolean;
  /** The line ends inside a word: a hyphen is drawn after `contentEnd - 1`. */
  hyphen: boolean;
}

export interface BreakInput {
  clusters: Cluster[];
  /** prefix[i] = width of clusters [0, i). */
  prefix: Float64Array;
  /** Allowed breaks (for headings: phrase boundaries only). */
  breaks: Uint8Array;
  /** All breaks kinsoku and word rules allow, used when one phrase is wider than the line. */
  looseBreaks: Uint8Array;
  mustBreak: Uint8Array;
  hanging: boolean;
  /** Breaks inside words that draw a hyphen (English), used only when a line would be loose. */
  hyphens?: Uint8Array;
  /** Width of the hyphen drawn after cluster `index`. */
  hyphenWidth?: (index: number) => number;
}

/** A line whose word spaces would stretch more than this (in em) is hyphenated if it can be. */
const LOOSE_SPACE_EM = 0.15;

/** Floating-point slack when comparing widths, in pt. */
const EPSILON = 0.001;
const hangs = new Set(HANGING);

/**
 * For each position i, the first position at or after i where `marks` is set (`length + 1` when
 * none): scans jump from one break to the next instead of walking every character, which made a
 * word of thousands of characters without a break quadratic (each line walked to its end).
 */
function nextMarked(marks: Uint8Array, length: number): Int32Array {
  const next = new Int32Array(length + 2);
  next[length + 1] = length + 1;
  for (let i = length; i >= 0; i--) next[i] = marks[i] ? i : next[i + 1]!;
  return next;
}

export function prefixWidths(clusters: Cluster[]): Float64Array {
  const prefix = new Float64Array(clusters.length + 1);
  for (let i = 0; i < clusters.length; i++) prefix[i + 1] = prefix[i]! + clusters[i]!.width;
  return prefix;
}

/**
 * Width of clusters [start, end) set as one line: the last one without its kerning toward the
 * next character, which react-pdf will not see.
 */
export function lineWidth(
  input: Pick<BreakInput, 'clusters' | 'prefix'>,
  start: number,
  end: number,
): number {
  if (end <= start) return 0;
  return input.prefix[end - 1]! - input.prefix[start]! + endWidthOf(input.clusters[end - 1]!);
}

/** End of the drawn content of [start, end): trailing spaces are dropped at a break. */
function trimEnd(clusters: Cluster[], start: number, end: number): number {
  let e = end;
  while (e > start && clusters[e - 1]!.space) e--;
  return e;
}

/**
 * Greedy (first-fit) line breaking, the usual method for Japanese: fill each line as far as it
 * goes. When the next character does not fit and kinsoku forbids breaking before it:
 * 1. a 。、，． that overflows hangs past the measure (ぶら下げ), if `hanging`;
 * 2. otherwise the line breaks at the previous allowed position, pushing characters to the next
 *    line (追い出し).
 * A piece wider than the whole line (a long URL) is broken where kinsoku allows, without hyphen.
 */
export function breakLines(input: BreakInput, widthOf: (lineIndex: number) => number): LineRange[] {
  const { clusters, breaks, mustBreak } = input;
  const n = clusters.length;
  const lines: LineRange[] = [];
  const nextBreak = nextMarked(breaks, n);
  let nextLoose: Int32Array | undefined;
  let start = 0;
  while (start < n) {
    const available = widthOf(lines.length);
    let chosen = -1;
    let hanging = false;
    let forced = false;
    for (let e = nextBreak[start + 1]!; e <= n; e = nextBreak[e + 1]!) {
      const contentEnd = trimEnd(clusters, start, e);
      const width = lineWidth(input, start, contentEnd);
      if (width <= available + EPSILON) {
        chosen = e;
        if (mustBreak[e] || e === n) {
          forced = true;
          break;
        }
        continue;
      }
      const lastIndex = contentEnd - 1;
      if (
        input.hanging &&
        lastIndex > start &&
        hangs.has(clusters[lastIndex]!.text) &&
        lineWidth(input, start, lastIndex) <= available + EPSILON
      ) {
        chosen = e;
        hanging = true;
        forced = mustBreak[e] === 1 || e === n;
      }
      break;
    }
    if (!forced && !hanging && input.hyphens && !lines.at(-1)?.hyphen) {
      const at = hyphenBreak(input, start, chosen, available);
      if (at > 0) {
        lines.push({ start, contentEnd: at, end: at, forced: false, hanging: false, hyphen: true });
        start = at;
        continue;
      }
    }
    if (chosen < 0 && input.looseBreaks !== breaks) {
      nextLoose ??= nextMarked(input.looseBreaks, n);
      chosen = lastFitting(input, nextLoose, start, available);
    }
    if (chosen < 0) chosen = forceBreak(input, start, available);
    const contentEnd = trimEnd(clusters, start, chosen);
    let end = chosen;
    while (end < n && clusters[end]!.space && !clusters[end - 1]!.newline) end++;
    if (end >= n) forced = true;
    lines.push({ start, contentEnd, end, forced, hanging, hyphen: false });
    start = end;
  }
  return lines;
}

/**
 * A break inside the word that overflows the line, with a hyphen, when the line that ends at the
 * last space (`chosen`) would have its word spaces stretched by more than LOOSE_SPACE_EM, or when
 * no space break fits at all. The latest hyphenation point that fits wins. Never two hyphenated
 * lines in a row (checked by the caller). Returns -1 when the line stays as it is.
 */
function hyphenBreak(input: BreakInput, start: number, chosen: number, available: number): number {
  const { clusters, hyphens, hyphenWidth } = input;
  if (!hyphens || !hyphenWidth) return -1;
  let from = start + 1;
  if (chosen >= 0) {
    const contentEnd = trimEnd(clusters, start, chosen);
    let spaces = 0;
    for (let i = start; i < contentEnd; i++) if (clusters[i]!.space) spaces++;
    const leftover = available - lineWidth(input, start, contentEnd);
    const em = clusters[start]!.size;
    if (spaces > 0 && leftover / spaces <= LOOSE_SPACE_EM * em) return -1;
    from = chosen + 1;
  }
  let best = -1;
  for (let h = from; h < clusters.length; h++) {
    if (clusters[h]!.space || clusters[h]!.newline) break;
    if (!hyphens[h]) continue;
    if (lineWidth(input, start, h) + hyphenWidth(h - 1) > available + EPSILON) break;
    best = h;
  }
  return best;
}

/** The last loose break that fits, for a phrase wider than the line. */
function lastFitting(input: BreakInput, next: Int32Array, start: number, available: number): number {
  const { clusters } = input;
  let best = -1;
  for (let e = next[start + 1]!; e <= clusters.length; e = next[e + 1]!) {
    if (lineWidth(input, start, trimEnd(clusters, start, e)) > available + EPSILON) break;
    best = e;
  }
  return best;
}

/** Break inside a piece wider than the measure: the last position that fits, kinsoku allowing. */
function forceBreak(input: BreakInput, start: number, available: number): number {
  const { clusters } = input;
  let best = -1;
  for (let e = start + 1; e < clusters.length; e++) {
    if (lineWidth(input, start, e) > available + EPSILON) break;
    if (clusters[e - 1]!.newline) return e;
    if (canForceBreak(clusters[e - 1]!, clusters[e]!)) best = e;
  }
  if (best > start) return best;
  // Not even one allowed position fits: overflow to the first one kinsoku allows.
  for (let e = start + 1; e < clusters.length; e++) {
    if (canForceBreak(clusters[e - 1]!, clusters[e]!)) return e;
  }
  return clusters.length;
}

/**
 * Balance a multi-line heading: the narrowest measure that still needs the same number of lines,
 * so the lines come out about equally long instead of a full line and a stub.
 */
export function balancedWidth(input: BreakInput, width: number): number {
  const count = breakLines(input, () => width).length;
  if (count < 2) return width;
  // Never narrower than the widest phrase: balancing must not split a phrase that fits the measure.
  let widest = 0;
  let from = 0;
  for (let e = 1; e <= input.clusters.length; e++) {
    if (!input.breaks[e]) continue;
    widest = Math.max(widest, lineWidth(input, from, trimEnd(input.clusters, from, e)));
    from = e;
  }
  let low = Math.min(widest, width);
  if (breakLines(input, () => low).length <= count) return low;
  let high = width;
  for (let step = 0; step < 24 && high - low > 0.25; step++) {
    const middle = (low + high) / 2;
    if (breakLines(input, () => middle).length <= count) high = middle;
    else low = middle;
  }
  return high;
}
