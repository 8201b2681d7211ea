/** What went wrong, without stopping the render. */
export type PdfWarningCode =
  | 'missing-glyph'
  | 'figure-unavailable'
  | 'unsafe-url'
  /** Print mode: a colour without a stated print value was converted to CMYK. */
  | 'rgb-converted'
  /** Print mode: an image printed under 150 dpi. */
  | 'low-resolution-image';

/** A problem found while rendering; the PDF is still produced. */
export interface PdfWarning {
  code: PdfWarningCode;
  /**
   * JSON path of the place in the article, e.g. `children[2].children[0].value` (print-mode
   * checks of the finished pages name the page instead: `page 3`).
   */
  path: string;
  /** What is wrong and what was done about it. */
  message: string;
}
