// Shared with @kiji/import-html, which reads the same outlets, dates, headings and furniture
// out of a page's markup: one table and one set of patterns for both importers.
export { type FoundDate, findFirstDate, isIsoDate, readDateLine } from './dates.js';
export { type ImportTextResult, importText } from './import-text.js';
export {
  findKnownOutlet,
  findOutletName,
  KNOWN_OUTLETS,
  knownOutletAtEnd,
  looksLikeOutlet,
  outletStem,
} from './outlets.js';
export {
  isConclusionHeading,
  matchNumberedHeading,
  type NumberedHeading,
  quoteIntroStrength,
} from './patterns.js';
export { classifyFurniture } from './steps/drop-boilerplate.js';
export { detectLanguage, endsSentence, endsWithEllipsis, lastSentence, withoutEllipsis } from './text.js';
export type { ImportTextOptions, ImportWarning, ImportWarningCode } from './types.js';
