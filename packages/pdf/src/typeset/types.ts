import type { View } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import type { TagProp } from '../tagging/tags.js';

/** A react-pdf style for a block (what `<View style>` accepts). */
export type BlockStyle = ComponentProps<typeof View>['style'];

/** One piece of inline text with its style. */
export interface StyledRun {
  text: string;
  /** A family key in the FontSet, e.g. `'serif'` or `'sans'`. */
  fontFamily: string;
  fontWeight?: 'normal' | 'bold';
  /** Font size in pt. */
  fontSize: number;
  color?: string;
  /** Link target, already checked with `isSafeUrl`. */
  href?: string;
  /** A small raised mark such as a citation `[1]`; set at 60 % of `fontSize`. */
  superscript?: boolean;
  underline?: boolean;
  /** The structure element the run belongs to inside its block (a link, a reference), or an artifact. */
  tag?: TagProp;
}

/** One font file registered with react-pdf under `family` and `weight`. */
export interface FontFace {
  family: string;
  weight: 'normal' | 'bold';
  /** Path of a TTF/OTF file (the same path given to `Font.register`). */
  src: string;
}

/** The fonts registered with react-pdf for this render. */
export interface FontSet {
  faces: FontFace[];
  /** Family keys tried, in order, for characters the run's own font lacks (emoji, rare kanji). */
  fallback?: string[];
  /**
   * Family that draws a character no font has, as the empty box of its font's .notdef glyph
   * (embedded like every other glyph). Without it such a character keeps the run's family.
   */
  notdef?: string;
}

export interface TypesetOptions {
  /** The measure in pt. */
  width: number;
  /** Baseline-to-baseline distance in pt. */
  lineHeight: number;
  align: 'justify' | 'start' | 'center';
  /** First-line indent in pt (one em for Japanese paragraphs). */
  firstLineIndent?: number;
  /** BCP 47 language of the paragraph. */
  language: string;
  /** Headings, bylines, labels: break only at phrase boundaries (`japanesePhrases`), never justify. */
  phrases?: boolean;
  /** With `phrases`, make the lines about equally long (headings). Default: true with `phrases`. */
  balance?: boolean;
  /**
   * 追い込み: pull a last line of one or two characters back into the line before by closing up
   * its gaps (at most 0.08 em each). Default: true for justified Japanese.
   */
  pullInShortLastLine?: boolean;
  /** Let 。、，． hang past the measure (ぶら下げ). Default: true for Japanese, false otherwise. */
  hanging?: boolean;
  /**
   * Set consecutive punctuation half-width (。」 」「 「『, JLReq 3.1.4) with the font's `halt`
   * feature. Default: true for Japanese.
   */
  compressPunctuation?: boolean;
  /**
   * 和欧間 (JLReq 3.2.4): space between a Japanese letter (kanji, kana) and a neighbouring Latin
   * letter or digit, in em (0.25 is JLReq's quarter em). Drawn inside the glyph's own advance
   * (`ComposedSegment.widthExtra`), so extracted text gains no space. Default 0 (none).
   */
  latinSpacing?: number;
  /**
   * Break English words at line ends with a hyphen (Liang's US English patterns) when the line
   * would otherwise have loose word spaces. Default: true for justified English (`en`, `en-*`)
   * paragraphs once `loadHyphenation()` has been awaited. Never in Japanese, never in headings
   * (`phrases`), other languages not yet.
   */
  hyphenate?: boolean;
}

/** A piece of a line drawn with one style: what react-pdf receives as one nested `<Text>`. */
export interface ComposedSegment {
  text: string;
  /** Index of the StyledRun this text comes from. */
  runIndex: number;
  /** Code-unit offset of `text` in that run's text. */
  offset: number;
  /** The family actually drawn: the run's family, or a fallback family for missing glyphs. */
  fontFamily: string;
  fontWeight: 'normal' | 'bold';
  /** The size drawn, in pt (superscripts are already scaled down). */
  fontSize: number;
  color?: string;
  href?: string;
  superscript?: boolean;
  underline?: boolean;
  /** The run's structure element or artifact (tagged PDF). */
  tag?: TagProp;
  /** What the segment reads as when its glyphs read differently (.notdef boxes, dropped selectors). */
  actualText?: string;
  /** Punctuation set half-width: draw with `fontFeatureSettings: ['halt']`. */
  halfWidth?: boolean;
  /** An ellipsis in a Japanese paragraph: draw the Japanese form (`fontFeatureSettings: { locl: false }`). */
  japaneseForm?: boolean;
  /** Extra space after every character of the segment, in pt (justification; after the line's
   * last character it is invisible). Negative where an opening bracket follows and loses its
   * leading half-em blank (「『, ・「: compressed punctuation). */
  letterSpacing: number;
  /**
   * 和欧間: space in pt after the character at each code-unit `offset` of `text`, drawn as part
   * of that character's glyph (a copy of the glyph with a wider advance in the embedded font), not
   * as a gap between glyphs, which pdftotext and pdf.js would extract as a space. In `width`.
   */
  spaceAfter?: { offset: number; width: number }[];
  /** Natural width in pt as react-pdf shapes the segment, without justification spacing
   * (compressed punctuation already taken off). */
  width: number;
}

export interface ComposedLine {
  segments: ComposedSegment[];
  /** The characters drawn on the line (break spaces at its end and hidden characters left out). */
  text: string;
  /** Horizontal position of the line's first character from the block's left edge, in pt. */
  x: number;
  /** Natural width of the line in pt (sum of its segments), hanging punctuation included. */
  width: number;
  /** Width of punctuation hanging past the measure (0 when nothing hangs). */
  hangingWidth: number;
  /** Width the line is set to: the measure minus the indent. */
  available: number;
  /** Extra pt added at each stretched gap: between characters (Japanese) or at spaces (Latin). */
  spacing: number;
  /** Number of stretched gaps: the line is drawn `width + spacing * gaps` wide. */
  gaps: number;
  /** `justified`: spread to the measure; `ragged`: justification would have been visible, set flush start. */
  fill: 'justified' | 'natural' | 'ragged';
  /** True for the paragraph's last line. */
  last: boolean;
  /** The line ends inside a word: its text and last segment end in a drawn `-` not in the input. */
  hyphenated?: boolean;
  /** Where the line starts: run index and code-unit offset. */
  start: { runIndex: number; offset: number };
  /** The line's tallest font size in pt. */
  fontSize: number;
}

/** A character no font could draw (`fallback` absent), or one drawn from a fallback family. */
export interface MissingGlyph {
  char: string;
  runIndex: number;
  offset: number;
  /** The fallback family that drew it; absent when no font has the glyph (a tofu box would show). */
  fallback?: string;
  /** The family whose .notdef box drew it, when no font has it (`FontSet.notdef`). */
  notdef?: string;
}

export interface ComposeResult {
  lines: ComposedLine[];
  missing: MissingGlyph[];
}

export interface TypesetTextProps {
  runs: StyledRun[];
  options: TypesetOptions;
  fonts: FontSet;
  /** react-pdf style for the block (margins, …). */
  style?: BlockStyle;
  /** Fewest lines of the paragraph left at the end of a page (default 2). */
  orphans?: number;
  /** Fewest lines of the paragraph carried to the start of a page (default 2). */
  widows?: number;
  /** Called with the characters no font could draw, and those drawn from fallback fonts. */
  onMissing?: (missing: MissingGlyph[]) => void;
  /**
   * Room (points) the block after this one needs on the page of the last lines, such as a
   * quote's attribution: when it is not there, the last lines move to the next page with it.
   */
  keepWithNext?: number;
  /** The structure element of the whole block (tagged PDF): a `P`, a heading. */
  tag?: TagProp;
}
