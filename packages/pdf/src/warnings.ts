/** What went wrong, without stopping the render. */
export type PdfWarningCode =
  | 'missing-glyph'
  | 'figure-unavailable'
  | 'unsafe-url'
  /** Print mode: a colour without a stated print value was converted to CMYK. */
  | 'rgb-converted'
  /** A figure drawn larger than its pixels allow at `MIN_IMAGE_DPI` (every mode). */
  | 'low-resolution-image';

/** Images drawn with fewer pixels per inch than this print soft and are reported. */
export const MIN_IMAGE_DPI = 150;

/** A problem found while rendering; the PDF is still produced. */
export interface PdfWarning {
  code: PdfWarningCode;
  /**
   * JSON path of the place in the article, e.g. `children[2].children[0].value` (checks of
   * finished pages name the page instead: `page 3`, for an edition's cover image in print mode).
   */
  path: string;
  /** What is wrong and what was done about it. */
  message: string;
}
