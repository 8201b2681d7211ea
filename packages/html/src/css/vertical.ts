/**
 * Additions for the vertical (縦書き) edition. The class `kiji-vertical` sits on `<html>` in a
 * document (EPUB reading systems read the writing mode from the root) and on the `<article>`.
 */
export const verticalCss = `html.kiji-vertical {
  writing-mode: vertical-rl;
}
.kiji-article.kiji-vertical {
  writing-mode: vertical-rl;
  max-inline-size: 42em;
  max-block-size: none;
  margin-block: 0;
  margin-inline: auto;
  padding-block: 1.5em;
  padding-inline: 1.5em;
  line-height: 1.75;
  text-orientation: mixed;
}
@media print {
  .kiji-article.kiji-vertical { max-inline-size: none; padding: 0; }
}
.kiji-vertical .kiji-tcy {
  text-combine-upright: all;
  -webkit-text-combine: horizontal;
}
.kiji-vertical .kiji-cite, .kiji-vertical .kiji-noteref {
  vertical-align: baseline;
  font-size: 0.7em;
  line-height: inherit;
}
.kiji-vertical .kiji-noteref {
  vertical-align: super;
}
.kiji-vertical .kiji-figure img {
  max-inline-size: 100%;
  max-block-size: 60vw;
  inline-size: auto;
}
.kiji-vertical a {
  text-underline-position: right;
}
.kiji-vertical .kiji-url {
  text-orientation: mixed;
}
.kiji-vertical .kiji-attribution {
  text-align: end;
}
/* A vertical article inside a horizontal page: wrap it in .kiji-vertical-frame, which scrolls
   sideways and starts at the right, where vertical text begins. */
.kiji-vertical-frame {
  writing-mode: vertical-rl;
  width: 100%;
  max-width: 100%;
  overflow-x: auto;
}
`;
