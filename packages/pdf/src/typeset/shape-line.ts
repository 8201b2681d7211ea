import type { Glyph } from 'fontkit';
import { fontFor, HALT, hasGlyph, JA_FORM, type LoadedFont } from './fonts.js';
import { type ShapedRun as FontkitRun, shapeText } from './shaping-cache.js';
import type { ComposedLine, ComposedSegment, FontSet, TypesetOptions } from './types.js';

/**
 * A composed line as react-pdf's text layout holds it after shaping, handed to the patched
 * `@react-pdf/layout` through the `shapedText` prop of the line's `<Text>` (see
 * patches/README.md): react-pdf places and draws it without itemizing, shaping and breaking the
 * text a second time. The runs are split and shaped exactly as react-pdf's textkit splits and
 * shapes the line's nested `<Text>` fragments (at every fragment, font and script change), so the
 * PDF is the same either way; only the work is done once.
 */
export interface ShapedText {
  string: string;
  runs: ShapedRun[];
}

export interface ShapedRun {
  start: number;
  end: number;
  attributes: Record<string, unknown>;
  glyphs: Glyph[];
  positions: ScaledPosition[];
  stringIndices: number[];
  glyphIndices: number[];
}

interface ScaledPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number | undefined;
  /**
   * 和欧間 in pt, already in `xAdvance`: the patched renderer draws it as part of the glyph's
   * width (a widened copy of the glyph), so text extraction sees no gap (patches/README.md).
   */
  widthExtra?: number;
}

/**
 * Put each space of `spaces` (code-unit offsets in the segment) that falls in the piece
 * [start, end) on the last glyph of its character.
 */
function addSpaceAfter(
  spaces: { offset: number; width: number }[],
  start: number,
  end: number,
  glyphs: Glyph[],
  positions: ScaledPosition[],
): void {
  for (const space of spaces) {
    if (space.offset < start || space.offset >= end) continue;
    let at = start;
    let target = -1;
    for (let g = 0; g < glyphs.length && at <= space.offset; g++) {
      target = g;
      for (const codePoint of glyphs[g]?.codePoints ?? []) at += codePoint > 0xffff ? 2 : 1;
    }
    const position = positions[target];
    if (!position) continue;
    position.xAdvance += space.width;
    position.widthExtra = (position.widthExtra ?? 0) + space.width;
  }
}

/** Unicode scripts that continue the current shaping run (as textkit's script itemizer). */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
/**
 * Scripts shaped here, each in its own runs. A line with any other script, or with a bidi
 * control character, is left to textkit (it reorders right-to-left text and decomposes Indic
 * scripts before shaping).
 */
const SCRIPTS = ['Han', 'Hiragana', 'Katakana', 'Latin', 'Greek', 'Cyrillic', 'Hangul', 'Bopomofo'].map(
  // regex: one script property from the fixed list above, anchored, one character: constant time
  (name) => [name, new RegExp(`^\\p{Script=${name}}`, 'u')] as const,
);
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const OTHER = 'other';
const scripts = new Map<string, string | undefined>();

/** The script of one character, undefined for the neutral ones (punctuation, digits, marks). */
function scriptOf(char: string): string | undefined {
  let script = scripts.get(char);
  if (script !== undefined || scripts.has(char)) return script;
  if (BIDI_CONTROL.test(char)) script = OTHER;
  else if (!NEUTRAL.test(char)) script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? OTHER;
  if (scripts.size < 50_000) scripts.set(char, script);
  return script;
}

/**
 * Whether `shapeLine` can shape text of these characters (CJK, Latin, Greek, Cyrillic, Hangul
 * and neutral characters, no bidi controls); other lines are left to textkit.
 */
export function canShape(text: string): boolean {
  for (const char of text) if (scriptOf(char) === OTHER) return false;
  return true;
}

/** Shaped pieces are cached per font: the same short pieces recur on every page. */
const MAX_CACHED_RUNS = 100_000;
const runCaches = new WeakMap<LoadedFont, Map<string, FontkitRun>>();

function shapePiece(font: LoadedFont, text: string, halt: boolean, jaForm: boolean) {
  let cache = runCaches.get(font);
  if (!cache) {
    cache = new Map();
    runCaches.set(font, cache);
  }
  const key = halt ? `halt\u0000${text}` : jaForm ? `ja\u0000${text}` : text;
  let run = cache.get(key);
  if (!run) {
    // No features given is the same shaping as an empty list (fontkit's GlyphRun).
    const shaped = halt
      ? shapeText(font, text, HALT, 'halt')
      : jaForm
        ? shapeText(font, text, JA_FORM, 'ja')
        : shapeText(font, text, [], '');
    run = { glyphs: shaped.glyphs, positions: shaped.positions };
    if (cache.size >= MAX_CACHED_RUNS) cache.clear();
    cache.set(key, run);
  }
  return run;
}

/** String index of each code point's glyph, and glyph index of each character (textkit's). */
function indices(glyphs: Glyph[]): { stringIndices: number[]; glyphIndices: number[] } {
  const stringIndices: number[] = [];
  const glyphIndices: number[] = [];
  let glyph = 0;
  let char = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const count = glyphs[i]?.codePoints?.length ?? 0;
    for (let j = 0; j < count; j++) stringIndices.push(glyph);
    glyph += 1;
    glyphIndices.push(count === 0 ? glyphIndices[i - 1]! : char);
    char += count;
  }
  return { stringIndices, glyphIndices };
}

/** What react-pdf makes of the segment's `<Text>` style (its fragment's attributes). */
function segmentAttributes(segment: ComposedSegment, font: LoadedFont, options: TypesetOptions) {
  const color = segment.color ?? 'black';
  const attributes: Record<string, unknown> = {
    font: [font.font],
    scale: segment.fontSize / font.unitsPerEm,
    fontSize: segment.fontSize,
    color,
    lineHeight: options.lineHeight,
    direction: 'ltr',
    indent: 0,
    characterSpacing: segment.letterSpacing,
    underline: segment.underline === true,
    strike: false,
    underlineColor: color,
    strikeColor: color,
    align: 'left',
  };
  if (segment.href) attributes.link = segment.href;
  if (segment.superscript) attributes.verticalAlign = 'super';
  if (segment.halfWidth) attributes.features = HALT;
  if (segment.japaneseForm) attributes.features = JA_FORM;
  return attributes;
}

/**
 * The line shaped as react-pdf would shape its nested `<Text>` fragments, or undefined when
 * textkit must do it: a script other than CJK, Latin, Greek, Cyrillic and Hangul, or a character
 * the segment's font lacks (textkit would look for it in another font).
 */
export function shapeLine(
  line: ComposedLine,
  options: TypesetOptions,
  fonts: FontSet,
  /** Each segment's `tag` prop (tagged PDF), as its nested `<Text>` would carry it. */
  tags: { tag?: unknown }[] = [],
): ShapedText | undefined {
  const runs: ShapedRun[] = [];
  let string = '';
  // textkit itemizes scripts over the whole line: a neutral character continues the script
  // before it, across fragments; neutral characters that start the line are a run of their own.
  let script: string | undefined;
  for (const [index, segment] of line.segments.entries()) {
    const font = fontFor(fonts, segment.fontFamily, segment.fontWeight);
    const notdef = segment.fontFamily === fonts.notdef;
    const attributes = segmentAttributes(segment, font, options);
    const tag = tags[index]?.tag;
    if (tag) attributes.tag = tag;
    const scale = segment.fontSize / font.unitsPerEm;
    const text = segment.text;
    let pieceStart = 0;
    let at = 0;
    const flush = (end: number) => {
      if (end <= pieceStart) return;
      const piece = text.slice(pieceStart, end);
      const shaped = shapePiece(font, piece, segment.halfWidth === true, segment.japaneseForm === true);
      const positions: ScaledPosition[] = shaped.positions.map((position) => ({
        xAdvance: position.xAdvance * scale + segment.letterSpacing,
        yAdvance: position.yAdvance * scale,
        xOffset: position.xOffset * scale,
        yOffset: position.yOffset * scale,
        advanceWidth: (position as { advanceWidth?: number }).advanceWidth,
      }));
      if (segment.spaceAfter) addSpaceAfter(segment.spaceAfter, pieceStart, end, shaped.glyphs, positions);
      runs.push({
        start: string.length + pieceStart,
        end: string.length + end,
        attributes,
        glyphs: shaped.glyphs,
        positions,
        ...indices(shaped.glyphs),
      });
      pieceStart = end;
    };
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (!notdef && !hasGlyph(font, codePoint)) return undefined;
      const charScript = scriptOf(char);
      if (charScript === OTHER) return undefined;
      if (charScript !== undefined && charScript !== script) {
        // textkit also ends a run of neutral characters that starts the line here.
        flush(at);
        script = charScript;
      }
      at += char.length;
    }
    flush(text.length);
    string += text;
  }
  return { string, runs };
}
