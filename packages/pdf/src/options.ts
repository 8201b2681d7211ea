import type { FontOptions } from './fonts/font-options.js';
import type { HandlerOverrides } from './handlers/index.js';
import type { PageSize } from './page-sizes.js';
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
  /** Directory that relative figure paths start from (default: the current directory; none in a browser). */
  baseDir?: string;
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
}
