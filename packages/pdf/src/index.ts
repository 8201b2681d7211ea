export type { BlockPlace, JsonPath, RenderContext, RunStyle, SourcedRun } from './context.js';
export { type RenderEditionPdfOptions, renderEditionPdf } from './edition/render-edition-pdf.js';
export type { FontOptions, FontPair, FontSource } from './fonts/font-options.js';
export {
  type BlockHandler,
  type BlockNode,
  defaultHandlers,
  type HandlerOverrides,
  type Handlers,
  type PartHandlers,
  type PhrasingHandler,
} from './handlers/index.js';
export {
  type PrintOptions,
  type RenderPdfOptions,
  SIGNATURES,
  type Signature,
} from './options.js';
export { isPageSize, PAGE_SIZE_NAMES, PAGE_SIZES, type PageSize } from './page-sizes.js';
export type { FinishForPrintOptions, OutputIntent } from './pipeline/finish-for-print.js';
export { defaultOutputIntent, finishForPrint } from './pipeline/print-finishing.js';
export { type InkTable, inkTable } from './print/ink.js';
export { renderPdf } from './render-pdf.js';
export {
  artifact,
  headingType,
  type PdfArtifact,
  type PdfTag,
  type StructureType,
  type TagProp,
  tagged,
  tagProp,
} from './tagging/tags.js';
export {
  type Cmyk,
  defaultTheme,
  type PrintColors,
  type PrintTheme,
  rgbToCmyk,
  type Theme,
  type ThemeColors,
  type ThemeMargins,
  type ThemeOverrides,
} from './theme.js';
export { parseTheme, themeJsonSchema } from './theme-file.js';
export { useShapingCache } from './typeset/shaping-cache.js';
export { MIN_IMAGE_DPI, type PdfWarning, type PdfWarningCode } from './warnings.js';
