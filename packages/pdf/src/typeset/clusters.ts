import { isCjk } from '@kiji/core';
import { advanceOf, chunkAdvances, fontFor, hasGlyph, type LoadedFont } from './fonts.js';
import type { FontSet, MissingGlyph, StyledRun } from './types.js';

/** Superscripts (citation marks) are drawn at this fraction of the run's size. */
export const SUPERSCRIPT_SCALE = 0.6;

/** The smallest unit the composer places: one user-perceived character. */
export interface Cluster {
  text: string;
  runIndex: number;
  /** Code-unit offset in the run's text. */
  offset: number;
  /** Offset in the paragraph (all runs' text joined). */
  position: number;
  family: string;
  weight: 'normal' | 'bold';
  font: LoadedFont;
  size: number;
  width: number;
  cjk: boolean;
  /** A breaking space (ASCII space, tab, newline). U+00A0 is not one. */
  space: boolean;
  /** A newline: the line must end here. */
  newline: boolean;
  superscript: boolean;
  first: string;
  last: string;
}

/** Combining marks, joiners, variation selectors or surrogates: the text needs grapheme splitting. */
function needsSegmenter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x0300 && c <= 0x036f) ||
      (c >= 0x20d0 && c <= 0x20ff) ||
      c === 0x200d ||
      c === 0x3099 ||
      c === 0x309a ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0xfe00 && c <= 0xfe0f)
    ) {
      return true;
    }
  }
  return false;
}
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Split a run's text into grapheme clusters (fast path: one code unit each). */
function splitClusters(text: string): string[] {
  if (!needsSegmenter(text)) return text.split('');
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Code points that need a glyph of their own (joiners and variation selectors do not). */
function drawnCodePoints(text: string): number[] {
  const points: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) continue;
    points.push(cp);
  }
  return points;
}

const isBreakingSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

interface FaceChoice {
  family: string;
  font: LoadedFont;
  fallback: boolean;
  missing: boolean;
}

function chooseFace(
  fonts: FontSet,
  run: StyledRun,
  weight: 'normal' | 'bold',
  primary: LoadedFont,
  points: number[],
): FaceChoice {
  if (points.every((cp) => hasGlyph(primary, cp))) {
    return { family: run.fontFamily, font: primary, fallback: false, missing: false };
  }
  for (const family of fonts.fallback ?? []) {
    if (family === run.fontFamily) continue;
    const font = fontFor(fonts, family, weight);
    if (points.every((cp) => hasGlyph(font, cp))) return { family, font, fallback: true, missing: false };
  }
  return { family: run.fontFamily, font: primary, fallback: false, missing: true };
}

/**
 * Turn styled runs into measured clusters, choosing a fallback family for characters the run's
 * font lacks and reporting them in `missing`.
 */
export function toClusters(runs: StyledRun[], fonts: FontSet, missing: MissingGlyph[]): Cluster[] {
  const clusters: Cluster[] = [];
  let position = 0;
  runs.forEach((run, runIndex) => {
    const weight = run.fontWeight ?? 'normal';
    const primary = fontFor(fonts, run.fontFamily, weight);
    const size = run.superscript ? run.fontSize * SUPERSCRIPT_SCALE : run.fontSize;
    const superscript = run.superscript === true;
    let offset = 0;
    const runStart = clusters.length;
    for (const text of splitClusters(run.text)) {
      const space = isBreakingSpace(text);
      const choice = space
        ? { family: run.fontFamily, font: primary, fallback: false, missing: false }
        : chooseFace(fonts, run, weight, primary, drawnCodePoints(text));
      if (choice.fallback) missing.push({ char: text, runIndex, offset, fallback: choice.family });
      else if (choice.missing) missing.push({ char: text, runIndex, offset });
      clusters.push({
        text,
        runIndex,
        offset,
        position: position + offset,
        family: choice.family,
        weight,
        font: choice.font,
        size,
        width: 0,
        cjk: isCjk(text),
        space,
        newline: text === '\n',
        superscript,
        first: text[0]!,
        last: text.at(-1)!,
      });
      offset += text.length;
    }
    measure(clusters, runStart);
    position += run.text.length;
  });
  return clusters;
}

/**
 * Widths in pt. CJK characters and spaces use their advance (cached per code point); other text
 * is shaped in chunks of the same font as react-pdf shapes it, so kerning is counted.
 */
function measure(clusters: Cluster[], from: number): void {
  let i = from;
  while (i < clusters.length) {
    const cluster = clusters[i]!;
    const scale = cluster.size / cluster.font.unitsPerEm;
    if (cluster.newline) {
      i++;
      continue;
    }
    if (cluster.cjk || cluster.space) {
      let units = 0;
      for (const char of cluster.text) units += advanceOf(cluster.font, char.codePointAt(0)!);
      cluster.width = units * scale;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < clusters.length) {
      const next = clusters[end]!;
      if (next.cjk || next.space || next.font !== cluster.font) break;
      end++;
    }
    let chunk = '';
    for (let k = i; k < end; k++) chunk += clusters[k]!.text;
    const advances = chunkAdvances(cluster.font, chunk);
    let unit = 0;
    for (let k = i; k < end; k++) {
      const c = clusters[k]!;
      let units = 0;
      for (let u = 0; u < c.text.length; u++) units += advances[unit + u]!;
      unit += c.text.length;
      c.width = units * scale;
    }
    i = end;
  }
}
