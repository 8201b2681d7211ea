export type { JsonPath, RenderContext, RunStyle, SourcedRun } from './context.js';
export { type RenderEditionPdfOptions, renderEditionPdf } from './edition/render-edition-pdf.js';
export type { FontOptions, FontPair, FontSource } from './fonts/font-options.js';
export {
  type BlockHandler,
  type BlockNode,
  defaultHandlers,
  type HandlerOverrides,
  type Handlers,
  type PhrasingHandler,
} from './handlers/index.js';
export type { RenderPdfOptions } from './options.js';
export { isPageSize, PAGE_SIZE_NAMES, PAGE_SIZES, type PageSize } from './page-sizes.js';
export { renderPdf } from './render-pdf.js';
export {
  defaultTheme,
  type Theme,
  type ThemeColors,
  type ThemeMargins,
  type ThemeOverrides,
} from './theme.js';
export type { PdfWarning, PdfWarningCode } from './warnings.js';
