/**
 * A font file: a path or a `file:` URL (Node), an http(s) or relative URL (a browser fetches it),
 * or the file's bytes (anywhere).
 */
export type FontSource = string | URL | Uint8Array;

/** A regular face and an optional bold face (the regular one is used when bold is missing). */
export interface FontPair {
  normal: FontSource;
  bold?: FontSource;
}

/**
 * Fonts for one render. `serif` (Mincho) sets body text, `sans` (Gothic) headings, captions and
 * labels, `italic` emphasis in Latin-script articles; `fallback` fonts draw characters the main
 * fonts lack (emoji, rare kanji), in order.
 * Anything not given comes from the bundled Noto fonts.
 */
export interface FontOptions {
  serif?: FontPair;
  sans?: FontPair;
  italic?: FontPair;
  fallback?: FontSource[];
}
