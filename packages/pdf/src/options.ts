import type { FontOptions } from './fonts/font-options.js';
import type { HandlerOverrides } from './handlers/index.js';
import type { PageSize } from './page-sizes.js';
import type { OutputIntent } from './pipeline/finish-for-print.js';
import type { ThemeOverrides } from './theme.js';
import type { PdfWarning } from './warnings.js';

/** Options of one `renderPdf` call; nothing is kept between calls. */
export interface RenderPdfOptions {
  /** Page size (default `A4`). `JIS-B5` is 182 x 257 mm. */
  pageSize?: PageSize;
  /** Fonts as paths, URLs or bytes; missing roles use the bundled Noto fonts. */
  fonts?: FontOptions;
  /** Base size, leading, measure, colours and margins merged over `defaultTheme`. */
  theme?: ThemeOverrides;
  /** Replace the rendering of node types; the rest keep their defaults. */
  handlers?: HandlerOverrides;
  /**
   * The folder figure files may come from (the article's folder, or a project root above it).
   * Paths out of it — absolute, `file:`, `..`, symbolic links — are refused with an `InputError`.
   * Without a root no local file is read: figures with a local path show their alt text.
   */
  root?: string;
  /** Where relative figure paths start; default `root`. Must lie inside `root`. */
  baseDir?: string;
  /** The largest image file read, in bytes (default 20 MB); a larger one is an `InputError`. */
  maxImageBytes?: number;
  /**
   * Figure images as bytes (PNG or JPEG), by the figure's `src`: used before any file is looked
   * for, and the way to give images in a browser, which has no file system.
   */
  images?: Readonly<Record<string, Uint8Array>>;
  /** Called for each problem that does not stop the render (missing glyphs, unusable figures). */
  onWarning?: (warning: PdfWarning) => void;
  /**
   * Seconds since 1970 stamped as CreationDate and ModDate instead of the article's dates
   * (the reproducible-builds SOURCE_DATE_EPOCH convention). Defaults to `process.env.SOURCE_DATE_EPOCH` (none in a browser).
   */
  sourceDateEpoch?: string;
  /**
   * Pad the page count to a multiple of this (a saddle-stitched signature) with blank pages that
   * still carry their page number.
   */
  signature?: Signature;
  /** A print-ready PDF for a print shop (入稿データ): `true` for the defaults, or settings. */
  print?: boolean | PrintOptions;
  /**
   * A tagged PDF: a structure tree a screen reader follows, artifacts for page furniture
   * (default true). `false` leaves the tags out.
   */
  tagged?: boolean;
}

/** Pages per signature (折). */
export type Signature = 4 | 8 | 16;

/** The pages per signature `signature` accepts. */
export const SIGNATURES: readonly Signature[] = [4, 8, 16];

/** Settings of a print-ready PDF; every field optional. */
export interface PrintOptions {
  /** Bleed (塗り足し) in millimetres on every side; default 3. */
  bleed?: number;
  /** Japanese crop marks (トンボ) and centre marks; default true. */
  marks?: boolean;
  /** A slug line outside the bleed: title, date, page and edition; default false. */
  slug?: boolean;
  /** Edition name printed in the slug line. */
  edition?: string;
  /**
   * Binding side: `left` for horizontal text (the default), `right` for vertical writing
   * (ViewerPreferences /Direction /R2L, page numbers mirrored).
   */
  binding?: 'left' | 'right';
  /** The printing condition; default FOGRA39 coated offset with the bundled profile. */
  outputIntent?: OutputIntent;
}
