import { isCjk } from '@kiji/core';
import { isVariationSelector, variantGlyph } from './fontkit-compat.js';
import { chunkAdvances, fontFor, hasGlyph, type LoadedFont } from './fonts.js';
import { markLatinSpacing } from './latin-spacing.js';
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
  /** Not drawn and zero width: carriage return, soft hyphen, zero-width space and joiners. */
  hidden: boolean;
  superscript: boolean;
  /** Set half-width with the font's `halt` feature (consecutive punctuation, 約物の詰め). */
  halt: boolean;
  /**
   * Drawn in the font's Japanese form even after Latin text (an ellipsis, …): with the Latin
   * script's `locl` substitution off, so 「THE …」 and 「出発…」 print the same centred dots.
   */
  jaForm: boolean;
  /**
   * Space taken away after this character, in pt, when the next one is on the same line: the
   * leading half-em blank of an opening bracket that follows (「『, ・「). Already subtracted from
   * `width`; drawn as negative letter spacing, so the bracket itself moves left.
   */
  trim: number;
  /**
   * 和欧間: space after this character, in pt, when a Latin letter or digit meets a Japanese
   * letter (`TypesetOptions.latinSpacing`). Already added to `width`; drawn as part of the glyph's
   * own advance, so text extraction sees no gap. Dropped at a line end.
   */
  extra: number;
  /**
   * The text when what is drawn reads differently: a .notdef box (extracts as U+FFFD), a
   * dropped variation selector, combining marks past the cap. Tagged PDFs carry it as ActualText.
   */
  actual?: string;
  /** Width when last on a line, without kerning toward the next character (computed lazily). */
  endWidth?: number;
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

/**
 * Combining marks drawn on one character: Unicode's stream-safe text format (UAX #15) allows 30
 * in a row, and no script needs more. fontkit positions each mark by looking back over the marks
 * before it, so a cluster of 100,000 marks took 34 s to shape; the marks past 30 are not drawn
 * (offsets stay those of the text as written).
 */
export const MAX_COMBINING_MARKS = 30;
const MARK = /\p{M}/u;

/** `text` with no more than {@link MAX_COMBINING_MARKS} combining marks in a row. */
export function capMarks(text: string): string {
  if (text.length <= MAX_COMBINING_MARKS + 2) return text;
  const kept: string[] = [];
  let run = 0;
  let dropped = false;
  for (const char of text) {
    run = MARK.test(char) ? run + 1 : 0;
    if (run <= MAX_COMBINING_MARKS) kept.push(char);
    else dropped = true;
  }
  return dropped ? kept.join('') : text;
}

/** Code points that need a glyph of their own (joiners and variation selectors do not). */
function drawnCodePoints(text: string): number[] {
  const points: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x200d || isVariationSelector(cp)) continue;
    points.push(cp);
  }
  return points;
}

/** Whether a cluster holds a variation selector (VS1–16 are BMP, VS17–256 surrogate pairs). */
const hasSelector = (text: string): boolean => /[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]/.test(text);

const isBreakingSpace = (char: string) => char === ' ' || char === '\t' || char === '\n';
/** Characters kept in the text (offsets stay true) but never drawn. */
const HIDDEN = new Set(['\r', '\u00ad', '\u200b', '\u2060', '\ufeff']);

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
  // Drawn as the .notdef box of an embedded font, never left to react-pdf's Helvetica.
  if (fonts.notdef) {
    return {
      family: fonts.notdef,
      font: fontFor(fonts, fonts.notdef, weight),
      fallback: false,
      missing: true,
    };
  }
  return { family: run.fontFamily, font: primary, fallback: false, missing: true };
}

/**
 * A variation sequence (葛󠄀: U+845B U+E0100) is kept when the font has a variant glyph for it,
 * which shaping then selects; otherwise the selector is dropped so the plain character is drawn
 * (a selector is never drawn on its own). Emoji presentation selectors go the same way.
 */
function withSupportedSelectors(text: string, font: LoadedFont): string {
  let out = '';
  let base = -1;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (isVariationSelector(cp)) {
      if (base >= 0 && variantGlyph(font.font, base, cp) !== 0) out += char;
      base = -1;
      continue;
    }
    base = cp;
    out += char;
  }
  return out;
}

/**
 * Turn styled runs into measured clusters, choosing a fallback family for characters the run's
 * font lacks and reporting them in `missing`.
 */
export function toClusters(
  runs: StyledRun[],
  fonts: FontSet,
  missing: MissingGlyph[],
  compressPunctuation: boolean,
  japaneseForms = false,
  /** 和欧間 in em (0: none). */
  latinSpacing = 0,
): Cluster[] {
  const clusters: Cluster[] = [];
  const runStarts: number[] = [];
  let position = 0;
  runs.forEach((run, runIndex) => {
    const weight = run.fontWeight ?? 'normal';
    const primary = fontFor(fonts, run.fontFamily, weight);
    const size = run.superscript ? run.fontSize * SUPERSCRIPT_SCALE : run.fontSize;
    const superscript = run.superscript === true;
    const primaryOnly: FaceChoice = {
      family: run.fontFamily,
      font: primary,
      fallback: false,
      missing: false,
    };
    let offset = 0;
    const runStart = clusters.length;
    for (const text of splitClusters(run.text)) {
      const space = isBreakingSpace(text);
      // Offsets stay those of the run's text; only what is drawn loses an unusable selector.
      const drawn =
        (text.length > 1 || isVariationSelector(text.charCodeAt(0))) && hasSelector(text)
          ? withSupportedSelectors(text, primary)
          : text;
      const hidden = HIDDEN.has(text) || drawn === '';
      const choice =
        space || hidden || (text.length === 1 && hasGlyph(primary, text.charCodeAt(0)))
          ? primaryOnly
          : chooseFace(fonts, run, weight, primary, drawnCodePoints(text));
      if (choice.fallback) missing.push({ char: text, runIndex, offset, fallback: choice.family });
      else if (choice.missing) {
        missing.push({
          char: text,
          runIndex,
          offset,
          ...(choice.family !== run.fontFamily ? { notdef: choice.family } : {}),
        });
      }
      const shown = hidden
        ? text
        : capMarks(choice.font === primary ? drawn : withSupportedSelectors(text, choice.font));
      // Every cluster is built with the same properties in the same order (one object shape).
      clusters.push({
        text: shown,
        actual: !hidden && !space && (choice.missing || shown !== text) ? text : undefined,
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
        hidden,
        superscript,
        halt: false,
        jaForm: japaneseForms && JA_FORM_CHARS.has(text),
        trim: 0,
        extra: 0,
        endWidth: undefined,
        first: text[0]!,
        last: text.at(-1)!,
      });
      offset += text.length;
    }
    runStarts.push(runStart);
    position += run.text.length;
  });
  if (compressPunctuation) markCompressedPunctuation(clusters);
  runStarts.forEach((start, index) => {
    shapeRange(clusters, start, runStarts[index + 1] ?? clusters.length, true);
  });
  markLatinSpacing(clusters, latinSpacing);
  for (const c of clusters) c.width += c.extra - c.trim;
  return clusters;
}

/** Characters whose Latin-script form differs from the Japanese one in Noto CJK (baseline dots). */
const JA_FORM_CHARS = new Set(['…', '‥']);

/** Opening brackets (JLReq cl-01): the glyph sits in the right half of the em box. */
const FULLWIDTH_OPENING = new Set('「『（［｛〔〈《【〘〖｟〝');
/** Closing brackets (cl-02), commas (cl-07) and full stops (cl-06): the glyph sits in the left half. */
const FULLWIDTH_CLOSING = new Set('」』）］｝〕〉》】〙〗｠〟、。，．');
/** Middle dots, colons and semicolons (cl-05): the glyph is centred with a quarter em on each side. */
const FULLWIDTH_MIDDLE = new Set('・：；');

/**
 * Consecutive Japanese punctuation (JLReq 3.1.4, table 3): the blank half of the em box between
 * two punctuation marks goes, so 。」 」「 「『 take one and a half ems, not two, and ・「 」・ one
 * and a quarter. Where the blank belongs to the mark before (a closing bracket, comma or full
 * stop followed by any of them) that mark is drawn half-width with the font's `halt` feature,
 * which only shortens its advance. Where it belongs to the mark after (an opening bracket after an
 * opening bracket or a middle dot) the opening bracket must lose its LEFT half, i.e. move left:
 * the character before it gets a negative `trim`, drawn as letter spacing. (halt would do it with
 * a glyph offset, which react-pdf does not draw.) No character is added or moved in the text.
 */
function markCompressedPunctuation(clusters: Cluster[]): void {
  for (let i = 0; i + 1 < clusters.length; i++) {
    const c = clusters[i]!;
    const next = clusters[i + 1]!;
    if (c.superscript || next.superscript || next.size !== c.size || next.font !== c.font) continue;
    if (FULLWIDTH_CLOSING.has(c.text)) {
      if (
        FULLWIDTH_CLOSING.has(next.text) ||
        FULLWIDTH_OPENING.has(next.text) ||
        FULLWIDTH_MIDDLE.has(next.text)
      )
        c.halt = true;
    } else if (
      (FULLWIDTH_OPENING.has(c.text) || FULLWIDTH_MIDDLE.has(c.text)) &&
      FULLWIDTH_OPENING.has(next.text)
    ) {
      c.trim = next.size / 2;
    }
  }
}

/** Scripts that continue the current shaping run instead of starting one (as react-pdf's itemizer). */
const NEUTRAL_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}]/u;
const SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Latin', 'Greek', 'Cyrillic', 'Hangul'].map(
  // regex: one script property from the fixed list above, anchored, one character: constant time
  (name) => [name, new RegExp(`^\\p{Script=${name}}`, 'u')] as const,
);

const scriptCache = new Map<string, string | undefined>();

function scriptOf(text: string): string | undefined {
  if (scriptCache.has(text)) return scriptCache.get(text);
  let script: string | undefined;
  if (!NEUTRAL_SCRIPT.test(text)) script = SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'Other';
  if (scriptCache.size < 20_000) scriptCache.set(text, script);
  return script;
}

/**
 * Shape clusters [from, to) as react-pdf shapes one text fragment: textkit splits it where the
 * script changes (punctuation, digits and spaces continue the current script) and lays each piece
 * out with fontkit, whose default features include kerning, also between kana. Pieces are cached
 * per font. Returns the width in pt; with `assign`, also stores each cluster's share in `width`.
 */
export function shapeRange(clusters: Cluster[], from: number, to: number, assign: boolean): number {
  let total = 0;
  let i = from;
  let script: string | undefined;
  while (i < to) {
    const first = clusters[i]!;
    script = scriptOf(first.text) ?? script;
    let end = i + 1;
    while (end < to) {
      const next = clusters[end]!;
      if (next.font !== first.font || next.size !== first.size || next.halt !== first.halt) break;
      if (next.jaForm !== first.jaForm) break;
      if (next.newline || first.newline || next.hidden || first.hidden) break;
      const nextScript = scriptOf(next.text);
      if (nextScript !== undefined && script !== undefined && nextScript !== script) break;
      script = nextScript ?? script;
      end++;
    }
    if (first.newline || first.hidden) {
      if (assign) first.width = 0;
      i = end;
      continue;
    }
    let chunk = '';
    // A tab is drawn as a space.
    for (let k = i; k < end; k++) chunk += clusters[k]!.text === '\t' ? ' ' : clusters[k]!.text;
    const advances = chunkAdvances(first.font, chunk, first.halt, first.jaForm);
    const scale = first.size / first.font.unitsPerEm;
    let unit = 0;
    for (let k = i; k < end; k++) {
      const c = clusters[k]!;
      let units = 0;
      for (let u = 0; u < c.text.length; u++) units += advances[unit + u]!;
      unit += c.text.length;
      total += units * scale;
      if (assign) c.width = units * scale;
    }
    i = end;
  }
  return total;
}

/**
 * A cluster's width when it ends a line: shaped alone, so kerning toward the character after it
 * (which moves to the next line) is not counted.
 */
export function endWidthOf(cluster: Cluster): number {
  if (cluster.endWidth === undefined) {
    if (cluster.newline || cluster.hidden) cluster.endWidth = 0;
    else {
      const text = cluster.text === '\t' ? ' ' : cluster.text;
      const advances = chunkAdvances(cluster.font, text, cluster.halt, cluster.jaForm);
      let units = 0;
      for (const advance of advances) units += advance;
      cluster.endWidth = (units * cluster.size) / cluster.font.unitsPerEm;
    }
  }
  return cluster.endWidth;
}
