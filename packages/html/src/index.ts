export { addLineBreaks } from './add-line-breaks.js';
export { horizontalCss, SANS_JA, SANS_LATIN, SERIF_JA, SERIF_LATIN } from './css/horizontal.js';
export { fontFaceCss, stylesheet } from './css/stylesheet.js';
export { verticalCss } from './css/vertical.js';
export { type EmbedFontsOptions, embedFonts } from './fonts/embed-fonts.js';
export { type FaceKey, type Stack, textByFace } from './fonts/text-by-face.js';
export { defaultHandlers } from './handlers/index.js';
export { throwUnknown, UnknownNodeError, warnUnknown } from './handlers/unknown.js';
export { type Labels, labelsFor } from './labels.js';
export { isSafeImageSrc, safeHref } from './links.js';
export { markTateChuYoko, splitShortNumbers } from './mark-tate-chu-yoko.js';
export type {
  FontFace,
  Handler,
  HandlerResult,
  Handlers,
  HtmlWarning,
  NodeHandlers,
  PartHandlers,
  ToHtmlOptions,
  UnknownHandler,
} from './options.js';
export {
  articleSections,
  type NumberedTarget,
  type OutlineEntry,
  type ResolvedIds,
  resolveIds,
} from './resolve-ids.js';
export type { BackLinks, State } from './state.js';
export { mergeHandlers, type ToHtmlWithFontsOptions, toHast, toHtml, toHtmlWithFonts } from './to-html.js';
export { toXhtml } from './to-xhtml.js';
