import { type FontFace, SANS_JA, SANS_LATIN, SERIF_JA, SERIF_LATIN, stylesheet } from '@kiji/html';
import { expandIsSelectors } from './expand-is-selectors.js';

/**
 * Rules for e-readers on top of the `@kiji/html` stylesheet: the reading system owns page colours
 * and margins (day, sepia and night themes), and Kiji's own pages get their layout.
 */
const EPUB_CSS = `/* EPUB: the reading system owns page colours and margins. */
body {
  color: inherit;
  background: transparent;
  font-family: ${SERIF_JA};
}
body:not(:lang(ja)) {
  font-family: ${SERIF_LATIN};
}
.kiji-article {
  max-inline-size: none;
  margin: 0;
  padding: 0;
  color: inherit;
}
.kiji-article.kiji-vertical {
  max-inline-size: none;
  padding: 0;
}
.kiji-doc-title {
  margin-block: 0 1.2em;
  font-family: ${SANS_JA};
  font-size: 1.5em;
  line-height: 1.4;
}
.kiji-article:not(:lang(ja)) .kiji-doc-title {
  font-family: ${SANS_LATIN};
}
.kiji-cover .kiji-masthead {
  border-block-end: none;
}
.kiji-edition-articles {
  list-style: none;
  margin-block: 1.5em 0;
  padding-inline-start: 0;
  font-family: ${SANS_JA};
}
.kiji-edition-articles li {
  margin-block: 0.6em;
}
.kiji-edition-articles a {
  color: inherit;
  text-decoration: none;
}
.kiji-edition-section {
  font-size: 0.8em;
  font-weight: 700;
}
.kiji-cover-image {
  margin-block: 0 1.5em;
  margin-inline: 0;
  text-align: center;
  text-indent: 0;
}
.kiji-cover-image img {
  max-width: 100%;
  max-height: 70vh;
}
nav {
  font-family: ${SANS_JA};
  line-height: 1.6;
}
nav:not(:lang(ja)) {
  font-family: ${SANS_LATIN};
}
nav ol {
  list-style: none;
  margin-block: 0;
  padding-inline-start: 1.2em;
}
nav > ol {
  padding-inline-start: 0;
}
nav li {
  margin-block: 0.3em;
}
nav a {
  color: inherit;
  text-decoration: none;
}
nav h1 {
  font-size: 1.4em;
}
.kiji-colophon dl {
  margin-block: 1em;
}
.kiji-colophon dt {
  font-family: ${SANS_JA};
  font-weight: 700;
}
.kiji-colophon dd {
  margin-block: 0 0.5em;
  margin-inline: 2em 0;
}
.kiji-colophon .kiji-identifier {
  font-family: ${SANS_LATIN};
  font-size: 0.85em;
  overflow-wrap: anywhere;
}
.kiji-license pre {
  font-family: ${SANS_LATIN};
  font-size: 0.75em;
  line-height: 1.5;
  white-space: pre-wrap;
}
`;

/**
 * The prefixed forms EPUB 3.0 defined and older reading systems (Adobe RMSDK, older Apple Books,
 * Kobo) still read: without them those readers set the vertical edition horizontally.
 */
const EPUB_VERTICAL_CSS = `html.kiji-vertical {
  -epub-writing-mode: vertical-rl;
  -webkit-writing-mode: vertical-rl;
}
.kiji-vertical .kiji-tcy {
  -epub-text-combine: horizontal;
  -webkit-text-combine: horizontal;
}
`;

/** `style.css`: `@font-face` rules, the `@kiji/html` stylesheet and the EPUB rules. */
export function epubStylesheet(options: { vertical: boolean; fontFaces: FontFace[] }): string {
  return expandIsSelectors(
    `${stylesheet({ vertical: options.vertical, fontFaces: options.fontFaces })}${EPUB_CSS}${options.vertical ? EPUB_VERTICAL_CSS : ''}`,
  );
}
