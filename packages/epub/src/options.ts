/** A font file to embed instead of the bundled Noto fonts. */
export interface FontFile {
  /** CSS font-family name the stylesheet uses, e.g. `"Kiji Serif"`. */
  family: string;
  /** The font data (TrueType or OpenType), or a path to it. */
  data: Uint8Array | string;
  /** CSS font-weight, default 400. */
  weight?: number;
  /** CSS font-style, default `normal`. */
  style?: 'normal' | 'italic';
  /** What the face is used for: body text (serif) or headings and labels (sans). Default `serif`. */
  role?: 'serif' | 'sans';
}

/** Format of embedded fonts: TrueType (default; every reading system) or WOFF2 (about a quarter smaller). */
export type FontFormat = 'ttf' | 'woff2';

/** Something rendered differently from what the article asked for. */
export interface EpubWarning {
  /** JSON path of the node, e.g. `children[1].src`; empty when the warning is about the book. */
  path: string;
  /** What happened and how to fix it. */
  message: string;
}

/** How a warning reaches the caller. */
export type WarningHandler = (warning: EpubWarning) => void;

/** Options of `toEpub`. */
export interface EpubOptions {
  /** Vertical (縦書き) edition: `writing-mode: vertical-rl`, pages progress right to left. */
  vertical?: boolean;
  /** Embed fonts cut down to the characters used (Noto Serif JP / Noto Sans JP unless `fonts` is given). */
  embedFonts?: boolean;
  /** Font files to embed (implies `embedFonts`). */
  fonts?: FontFile[];
  /** Format of the embedded font subsets (default `ttf`). */
  fontFormat?: FontFormat;
  /**
   * Cover image: the bytes (JPEG, PNG, GIF or SVG) or a file path, read like a figure file: inside
   * `root` when one is given (absolute or relative to `baseDir`), a regular file of at most `maxImageBytes`.
   */
  cover?: string | Uint8Array;
  /**
   * The folder figure files may come from (the article's folder, or a project root above it).
   * Paths out of it — absolute, `file:`, `..`, symbolic links — are refused with an `InputError`.
   * Without a root no local file is read: figures with a local path show their alt text.
   */
  root?: string;
  /** Where relative figure paths (and a relative `cover` path) start; default `root`. */
  baseDir?: string;
  /** The largest image file read, in bytes (default 20 MB); a larger one is an `InputError`. */
  maxImageBytes?: number;
  /**
   * The modification date written to `dcterms:modified` and the zip entries. Default:
   * `SOURCE_DATE_EPOCH` when set, else the article's `meta.updated ?? meta.published`. An
   * undated article without either is refused (`InputError` at `meta.published`): no date is made up.
   */
  modified?: string | Date;
  /** Receives warnings (unsupported images, unsafe links shown as text, …). Default: ignored. */
  onWarning?: WarningHandler;
}
