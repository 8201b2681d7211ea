/** Selector list `wrap(item)` for each item (written out: EPUB checkers reject `:is()`). */
const each = (items: readonly string[], wrap: (item: string) => string) => items.map(wrap).join(',\n');

/** Headings: Gothic and bold. */
export const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Elements set in Gothic (sans) rather than the body's Mincho (serif). */
export const GOTHIC = [
  ...HEADINGS,
  '.kiji-kicker',
  '.kiji-subtitle',
  '.kiji-dateline',
  '.kiji-byline',
  '.kiji-publisher',
  'figcaption',
  'dt',
  '.kiji-aside-label',
  '.kiji-comment-meta',
];
const UNINDENTED = ['li', 'dd', 'blockquote', 'figcaption', 'aside', '.kiji-masthead', '.kiji-comment'];

/** Emoji fonts, after the generic family so their digit glyphs never replace the text's. */
const EMOJI = '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Noto Emoji"';
/** Mincho body text. */
export const SERIF_JA = `"Noto Serif JP", "Hiragino Mincho ProN", "Yu Mincho", YuMincho, "BIZ UDPMincho", serif, ${EMOJI}`;
/** Gothic headings and captions. */
export const SANS_JA = `"Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", YuGothic, "BIZ UDPGothic", sans-serif, ${EMOJI}`;
/** Latin body text. */
export const SERIF_LATIN = `"Noto Serif", "Source Serif 4", Charter, Georgia, "Times New Roman", serif, ${EMOJI}`;
/** Latin headings. */
export const SANS_LATIN = `"Noto Sans", "Source Sans 3", "Helvetica Neue", Arial, sans-serif, ${EMOJI}`;

/**
 * The base stylesheet (horizontal writing). Only logical properties for anything that must
 * turn with the writing mode, so the vertical edition reuses it unchanged.
 */
export const horizontalCss = `:root {
  color-scheme: light dark;
  --kiji-fg: #1a1a1a;
  --kiji-bg: #fdfcf8;
  --kiji-muted: #5c5c5c;
  --kiji-accent: #9b1c1c;
  --kiji-link: #1d4f91;
  --kiji-rule: #d4d0c8;
  --kiji-quote-bg: #f3f1ea;
  /* The font stacks, for stylesheets built on this one (the rules below use them written out). */
  --kiji-serif-ja: ${SERIF_JA};
  --kiji-sans-ja: ${SANS_JA};
  --kiji-serif-latin: ${SERIF_LATIN};
  --kiji-sans-latin: ${SANS_LATIN};
}
@media (prefers-color-scheme: dark) {
  :root {
    --kiji-fg: #e8e6e1;
    --kiji-bg: #17171a;
    --kiji-muted: #a9a59c;
    --kiji-accent: #f08a7e;
    --kiji-link: #8cb8f0;
    --kiji-rule: #45433f;
    --kiji-quote-bg: #222226;
  }
}
body {
  margin: 0;
  color: var(--kiji-fg);
  background: var(--kiji-bg);
}
.kiji-article {
  box-sizing: border-box;
  max-inline-size: 40em;
  margin-inline: auto;
  padding-block: 2em;
  padding-inline: 1.25em;
  font-family: ${SERIF_JA};
  font-size: 1.0625rem;
  line-height: 1.8;
  color: var(--kiji-fg);
  /* Ragged: a justified line spreads visibly when an unbreakable run (URL, Latin word, kana that
     may not start a line) moves down; Japanese breaks almost anywhere, so the edge stays even. */
  text-align: start;
  line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  hanging-punctuation: allow-end;
  hyphens: manual;
  font-kerning: normal;
}
.kiji-article:lang(en), .kiji-article:not(:lang(ja)) {
  font-family: ${SERIF_LATIN};
  line-height: 1.6;
}
.kiji-article:lang(en) {
  hyphens: auto;
  text-align: justify;
}
/* Headings break between phrases (文節); a phrase longer than the line wraps inside as usual. */
.kiji-phrase {
  display: inline-block;
  max-inline-size: 100%;
  text-indent: 0;
}
@supports (text-autospace: normal) {
  .kiji-article:lang(ja) { text-autospace: normal; }
}
@supports (text-spacing-trim: trim-start) {
  .kiji-article:lang(ja) { text-spacing-trim: space-first; }
  ${each([...HEADINGS, '.kiji-kicker', '.kiji-subtitle'], (x) => `.kiji-article:lang(ja) ${x}`)} { text-spacing-trim: trim-start; }
}
${each(GOTHIC, (x) => `.kiji-article ${x}`)} {
  font-family: ${SANS_JA};
  text-align: start;
  text-indent: 0;
}
${each(GOTHIC, (x) => `.kiji-article:not(:lang(ja)) ${x}`)} {
  font-family: ${SANS_LATIN};
}
${each(HEADINGS, (x) => `.kiji-article ${x}`)} {
  line-height: 1.4;
  font-weight: 700;
  hyphens: manual;
  break-after: avoid;
}
.kiji-article p {
  margin-block: 0;
  text-indent: 1em;
}
${each(HEADINGS, (x) => `.kiji-article ${x} + p`)},
.kiji-lede p:first-child,
${each(UNINDENTED, (x) => `.kiji-article ${x} p`)} {
  text-indent: 0;
}
.kiji-article blockquote p + p,
.kiji-article .kiji-comment p + p {
  text-indent: 1em;
}
.kiji-masthead {
  margin-block-end: 2em;
  padding-block-end: 1em;
  border-block-end: 2px solid var(--kiji-fg);
}
.kiji-kicker {
  display: inline-block;
  margin-block-end: 0.5em;
  padding-inline: 0.5em;
  color: var(--kiji-bg);
  background: var(--kiji-accent);
  font-size: 0.8em;
  font-weight: 700;
  letter-spacing: 0.05em;
}
.kiji-title {
  margin-block: 0.2em 0.3em;
  font-size: 1.9em;
}
.kiji-subtitle {
  margin-block-end: 0.8em;
  color: var(--kiji-muted);
  font-size: 1.15em;
}
.kiji-dateline, .kiji-byline, .kiji-publisher {
  color: var(--kiji-muted);
  font-size: 0.85em;
}
.kiji-lede {
  margin-block-end: 1.8em;
  padding-block-end: 1.2em;
  border-block-end: 1px solid var(--kiji-rule);
  font-size: 1.1em;
}
.kiji-section, .kiji-conclusion {
  margin-block-start: 2.2em;
}
.kiji-section .kiji-section {
  margin-block-start: 1.5em;
}
.kiji-article h2 {
  margin-block: 0 0.6em;
  padding-inline-start: 0.5em;
  border-inline-start: 0.3em solid var(--kiji-accent);
  font-size: 1.3em;
}
${each(['h3', 'h4', 'h5', 'h6'], (x) => `.kiji-article ${x}`)} {
  margin-block: 0 0.4em;
  font-size: 1.08em;
}
.kiji-number {
  color: var(--kiji-accent);
}
.kiji-conclusion {
  padding-block-start: 1em;
  border-block-start: 1px solid var(--kiji-rule);
}
/* Japanese emphasis: sesame dots (傍点) over the characters, never a slanted kanji. */
.kiji-article:lang(ja) em {
  font-style: normal;
  -webkit-text-emphasis: filled sesame;
  text-emphasis: filled sesame;
  -webkit-text-emphasis-position: over right;
  text-emphasis-position: over right;
}
.kiji-article a {
  color: var(--kiji-link);
  text-decoration-thickness: 0.06em;
  text-underline-offset: 0.15em;
}
.kiji-url, .kiji-article a[href^="http"], .kiji-article a[href^="mailto"] {
  overflow-wrap: anywhere;
  word-break: normal;
}
.kiji-url {
  word-break: break-all;
  font-family: ${SANS_LATIN};
  font-size: 0.9em;
  hyphens: none;
}
.kiji-cite {
  font-family: ${SANS_JA};
  font-size: 0.75em;
  vertical-align: 0.35em;
  line-height: 0;
  text-decoration: none;
  white-space: nowrap;
}
.kiji-noteref {
  font-family: ${SANS_JA};
  font-size: 0.75em;
  line-height: 0;
}
.kiji-noteref a {
  text-decoration: none;
}
.kiji-quote {
  margin-block: 1.2em;
  margin-inline: 0;
  padding-block: 0.8em;
  padding-inline: 1.2em 1em;
  border-inline-start: 0.25em solid var(--kiji-rule);
  background: var(--kiji-quote-bg);
}
.kiji-quote blockquote {
  margin: 0;
}
.kiji-attribution {
  margin-block-start: 0.5em;
  color: var(--kiji-muted);
  font-size: 0.85em;
  text-align: end;
}
.kiji-attribution cite {
  font-style: normal;
}
.kiji-truncated {
  color: var(--kiji-muted);
  white-space: nowrap;
}
.kiji-sr-only {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.kiji-list {
  margin-block: 0.8em;
  padding-inline-start: 1.8em;
}
.kiji-list .kiji-list {
  margin-block: 0.2em;
}
.kiji-list li + li {
  margin-block-start: 0.2em;
}
.kiji-terms {
  margin-block: 1em;
}
.kiji-terms dt {
  font-weight: 700;
}
.kiji-terms dt:not(:first-child) {
  margin-block-start: 0.6em;
}
.kiji-terms dd {
  margin-inline-start: 2em;
}
.kiji-figure {
  margin-block: 1.5em;
  margin-inline: 0;
}
.kiji-figure img {
  display: block;
  max-inline-size: 100%;
  block-size: auto;
  margin-inline: auto;
}
.kiji-figure figcaption {
  margin-block-start: 0.4em;
  color: var(--kiji-muted);
  font-size: 0.85em;
}
.kiji-credit {
  display: block;
  font-size: 0.9em;
  text-align: end;
}
.kiji-missing-image {
  padding: 1em;
  border: 1px dashed var(--kiji-rule);
  color: var(--kiji-muted);
}
.kiji-aside {
  margin-block: 1.5em;
  padding-block: 0.8em;
  padding-inline: 1em;
  border: 1px solid var(--kiji-rule);
  border-radius: 0.3em;
  font-size: 0.95em;
}
.kiji-aside-label {
  margin-block-end: 0.3em;
  color: var(--kiji-accent);
  font-weight: 700;
}
.kiji-sources, .kiji-notes, .kiji-comments {
  margin-block-start: 2.5em;
  font-size: 0.88em;
}
.kiji-sources h2, .kiji-notes h2, .kiji-comments h2 {
  font-size: 1.2em;
}
.kiji-sources ol, .kiji-notes ol {
  margin-block: 0;
  padding-inline-start: 2em;
  text-align: start;
}
.kiji-sources li + li, .kiji-notes li + li {
  margin-block-start: 0.5em;
}
.kiji-sources cite {
  font-style: normal;
}
.kiji-backlink {
  margin-inline-start: 0.3em;
  text-decoration: none;
}
.kiji-comment {
  margin-block-start: 1em;
  padding-inline-start: 1em;
  border-inline-start: 2px solid var(--kiji-rule);
}
.kiji-comment-meta {
  color: var(--kiji-muted);
  font-size: 0.9em;
}
.kiji-comment-author {
  font-weight: 700;
}
:target {
  scroll-margin-block: 2em;
  background-color: color-mix(in srgb, var(--kiji-accent) 12%, transparent);
}
@media print {
  :root {
    --kiji-fg: #000;
    --kiji-bg: #fff;
    --kiji-muted: #333;
    --kiji-link: #000;
    --kiji-quote-bg: transparent;
  }
  @page { margin: 18mm 16mm; }
  body { background: none; }
  .kiji-article { max-inline-size: 40em; padding: 0; font-size: 10.5pt; }
  /* Backgrounds are not printed by default: the kicker becomes an outlined label. */
  .kiji-kicker { color: #000; background: none; border: 0.5pt solid #000; }
  .kiji-article a { text-decoration: none; }
  .kiji-backlinks { display: none; }
  .kiji-quote, .kiji-figure, .kiji-aside, .kiji-terms dt { break-inside: avoid; }
  .kiji-sources { break-before: auto; }
}
`;
