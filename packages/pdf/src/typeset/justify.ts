import type { Cluster } from './clusters.js';

/**
 * Largest extra space between two Japanese characters, in em. Justified Japanese spreads the
 * leftover evenly between characters; above this the line is set ragged instead. The limit is
 * below a quarter em (visibly letter-spaced) and below 0.1 em, where text extraction tools
 * (poppler's pdftotext) start reading the gap as a word space.
 */
export const MAX_CJK_GAP_EM = 0.08;
/** Largest extra width of a Latin word space, in em, before the line is set ragged. */
export const MAX_SPACE_STRETCH_EM = 0.5;

/**
 * 和欧間 closes up before anything else when a line is pulled in (追い込み), down to this fraction
 * of its set width (a quarter em becomes an eighth).
 */
export const MIN_LATIN_SPACING = 0.5;

export interface Justification {
  /** Extra pt after each listed cluster index. */
  gaps: number[];
  spacing: number;
  fill: 'justified' | 'natural' | 'ragged';
  /** Share (0–1) of each 和欧間's room to close (`Cluster.extra` down to MIN_LATIN_SPACING of it). */
  latinShrink?: number;
}

/** How much the 和欧間 of clusters [start, last) can close up, in pt. */
export function latinShrinkRoom(clusters: Cluster[], start: number, last: number): number {
  let room = 0;
  for (let i = start; i < last; i++) room += clusters[i]!.extra * (1 - MIN_LATIN_SPACING);
  return room;
}

function baseSize(clusters: Cluster[], start: number, end: number): number {
  let size = Number.POSITIVE_INFINITY;
  for (let i = start; i < end; i++) {
    const c = clusters[i]!;
    if (!c.superscript && !c.space) size = Math.min(size, c.size);
  }
  return Number.isFinite(size) ? size : (clusters[start]?.size ?? 10);
}

/**
 * Gaps between two characters at least one of which is Japanese: never inside a Latin word,
 * never at an ASCII space (a space in Japanese text must not turn into a stretchable gap).
 */
function cjkGaps(clusters: Cluster[], start: number, last: number): number[] {
  const gaps: number[] = [];
  for (let i = start; i < last; i++) {
    const a = clusters[i]!;
    const b = clusters[i + 1]!;
    if (a.superscript || b.superscript || a.space || b.space || a.hidden || b.hidden) continue;
    if (a.cjk || b.cjk) gaps.push(i);
  }
  return gaps;
}

function spaceGaps(clusters: Cluster[], start: number, last: number): number[] {
  const gaps: number[] = [];
  for (let i = start; i < last; i++) if (clusters[i]!.space && !clusters[i]!.newline) gaps.push(i);
  return gaps;
}

/**
 * How to fill a line to `available` pt. Japanese (`cjkFirst`): the leftover goes evenly to the
 * gaps next to Japanese characters; ASCII spaces are not stretched. Latin, and lines without any
 * Japanese character: word spaces stretch.
 * When the spread would be visible the line is set ragged (flush start) instead.
 */
export function justifyLine(
  clusters: Cluster[],
  start: number,
  contentEnd: number,
  leftover: number,
  cjkFirst: boolean,
): Justification {
  const none: Justification = { gaps: [], spacing: 0, fill: 'natural' };
  if (contentEnd - start < 2 || Math.abs(leftover) <= 0.01) return none;
  const last = contentEnd - 1;
  const em = baseSize(clusters, start, contentEnd);
  if (leftover < 0) {
    // Pulled in (追い込み): 和欧間 closes up first (to half its width), then the gaps next to
    // Japanese characters by the same limit as spreading.
    const latinRoom = latinShrinkRoom(clusters, start, last);
    if (latinRoom > 0 && -leftover <= latinRoom + 0.001) {
      return { gaps: [], spacing: 0, fill: 'justified', latinShrink: Math.min(1, -leftover / latinRoom) };
    }
    const cjk = cjkGaps(clusters, start, last);
    const spacing = (leftover + latinRoom) / Math.max(cjk.length, 1);
    if (cjk.length === 0 || -spacing > MAX_CJK_GAP_EM * em + 0.001) return { ...none, fill: 'ragged' };
    return { gaps: cjk, spacing, fill: 'justified', ...(latinRoom > 0 ? { latinShrink: 1 } : {}) };
  }
  const spaces = spaceGaps(clusters, start, last);
  const cjk = cjkGaps(clusters, start, last);
  // Japanese text spreads between characters; a line with no Japanese in it (an English
  // sentence quoted in a Japanese paragraph) is Latin and stretches its word spaces.
  if ((cjkFirst && cjk.length > 0) || spaces.length === 0) {
    if (cjk.length === 0) return { ...none, fill: 'ragged' };
    const spacing = leftover / cjk.length;
    if (spacing > MAX_CJK_GAP_EM * em) return { ...none, fill: 'ragged' };
    return { gaps: cjk, spacing, fill: 'justified' };
  }
  const spacing = leftover / spaces.length;
  if (spacing > MAX_SPACE_STRETCH_EM * em) return { ...none, fill: 'ragged' };
  return { gaps: spaces, spacing, fill: 'justified' };
}
